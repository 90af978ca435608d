package org.timestation.kiosk.screen.register;

import java.util.EnumSet;
import java.util.Set;
import javafx.scene.Node;
import org.timestation.device.CardData;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.kiosk.screen.register.RegisterModel.Step;
import org.timestation.kiosk.widget.NumberPad;
import org.timestation.member.Registration;
import org.timestation.member.Role;

/**
 * 自助登记 for a card the station does not know: the card's data, the phone on our pad, a PIN typed
 * twice, whether they also want to volunteer (then the pledge is shown); the application waits for
 * the staff. The card data is held only while this screen is open.
 */
public final class RegisterController implements Screen {
    private final KioskContext ctx;
    private final RegisterModel model = new RegisterModel();
    private final RegisterView view;
    /** How long the "what happens next" screen stays before the attract screen comes back. */
    private final javafx.animation.PauseTransition backHome = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(30));

    public RegisterController(KioskContext ctx) {
        this.ctx = ctx;
        backHome.setOnFinished(e -> {
            if (model.step.get() == Step.DONE && ctx.nav().current().get() == this) {
                leave();
            }
        });
        view = new RegisterView(model, this, ctx);
    }

    /** An unknown card was tapped: start a registration with its data. */
    @Override
    public boolean onNewCard(CardData data) {
        begin(data);
        return true;
    }

    private void begin(CardData data) {
        clear();
        if (data.expiredOn(ctx.now().toLocalDate())) { // checked as the card is read: nobody types a phone and a PIN for nothing
            ctx.message().set(new org.timestation.text.DomainException(org.timestation.text.ErrorCode.ID_CARD_EXPIRED, data.validTo()).text());
            return;
        }
        model.card.set(data);
        ctx.nav().go(id());
    }

    /** A key on the pad: the phone, the PIN, the PIN again; a whole PIN moves on by itself. */
    void key(int k) {
        switch (model.step.get()) {
            case PHONE -> NumberPad.type(model.phone, k, 11);
            case PIN -> {
                if (NumberPad.type(model.pin, k, 6)) {
                    model.step.set(Step.PIN_AGAIN);
                }
            }
            case PIN_AGAIN -> {
                if (NumberPad.type(model.pinAgain, k, 6)) {
                    model.step.set(Step.VOLUNTEER);
                }
            }
            default -> { }
        }
    }

    /** 下一步 after the phone (the button shows only once 11 digits are typed). */
    void phoneTyped() {
        if (model.step.get() == Step.PHONE && model.phone.get().length() == 11) {
            model.step.set(Step.PIN);
        }
    }

    /** They want to volunteer too: the pledge first. */
    void wantsToVolunteer() {
        model.step.set(Step.PLEDGE);
    }

    void submit(boolean asVolunteer) {
        model.volunteer.set(asVolunteer);
        CardData c = model.card.get();
        Set<Role> roles = asVolunteer ? EnumSet.of(Role.MEMBER, Role.VOLUNTEER) : EnumSet.of(Role.MEMBER);
        Registration r = new Registration(c.name(), c.gender(), c.birth(), c.address(), c.idNumber(), model.phone.get(), roles, c.validTo());
        String p1 = model.pin.get();
        String p2 = model.pinAgain.get();
        ctx.run(community -> community.members().apply(r, p1, p2), done -> {
            model.card.set(null);
            model.step.set(Step.DONE);
            backHome.playFromStart(); // the attract screen again after a while, for the next person
            ctx.say(KioskContext.text("register.done"));
        }, refused -> {
            model.pin.set("");
            model.pinAgain.set("");
            model.step.set(refused.code() == org.timestation.text.ErrorCode.MALFORMED_PHONE ? Step.PHONE : Step.PIN);
        });
    }

    void leave() {
        backHome.stop();
        clear();
        ctx.nav().reset();
    }

    @Override
    public String id() {
        return "register";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
    }

    @Override
    public String speech() {
        return ctx.t("register.q." + model.step.get().name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void clear() {
        model.clear();
    }
}
