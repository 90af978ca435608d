package org.timestation.kiosk.screen.signin;

import javafx.scene.Node;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.kiosk.widget.NumberPad;
import org.timestation.member.Member;
import org.timestation.text.ErrorCode;

/** Sign-in without a card: phone number, then the six-digit PIN. */
public final class SigninController implements Screen {
    private final KioskContext ctx;
    private final SigninModel model = new SigninModel();
    private final SigninView view;

    public SigninController(KioskContext ctx) {
        this.ctx = ctx;
        this.view = new SigninView(model, ctx.session(), this::key, this::next, this::choose);
    }

    private void key(int k) {
        boolean pin = model.step.get() == SigninModel.Step.PIN;
        if (NumberPad.type(pin ? model.pin : model.phone, k, pin ? 6 : 11) && pin) {
            submitPin();
        }
    }

    private void next() {
        String phone = model.phone.get();
        ctx.run(c -> c.members().byPhone(phone), found -> {
            if (found.isEmpty()) {
                ctx.say(KioskContext.text("signin.unknown-phone"));
            } else {
                model.found(found);
            }
        });
    }

    private void choose(Member m) {
        model.chosen.set(m);
        model.step.set(SigninModel.Step.PIN);
    }

    private void submitPin() {
        Member m = model.chosen.get();
        String pin = model.pin.get();
        model.pin.set("");
        ctx.run(c -> c.members().identifyByPin(m.id(), pin), proof -> {
            model.clear();
            ctx.session().signIn(m, proof);
            ctx.nav().home();
        }, refused -> {
            if (refused.code() == ErrorCode.PIN_LOCKED || refused.code() == ErrorCode.NO_PIN) {
                model.clear();
            }
        });
    }

    @Override
    public String id() {
        return "signin";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.clear();
    }

    @Override
    public String speech() {
        return ctx.t(model.step.get() == SigninModel.Step.PIN ? "signin.pin-spoken" : "signin.phone"); // no name read aloud before the PIN
    }

    @Override
    public void clear() {
        model.clear();
    }

    @Override
    public boolean backToAttract() {
        return true;
    }

    @Override
    public boolean back() {
        if (model.step.get() == SigninModel.Step.PIN) { // from the PIN back to the phone number
            model.clear();
            return true;
        }
        return false;
    }

}
