package org.timestation.kiosk.screen.captain;

import javafx.scene.Node;
import org.timestation.device.CardData;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.member.Identified;
import org.timestation.member.Member;

/**
 * 楼长代办: the signed-in captain asks the elder to tap their own ID card; from then on, until the
 * captain ends it, redeem and ask-for-help work for the elder, every screen shows the 代办 banner,
 * and the ledger records the captain and how the elder was identified.
 */
public final class CaptainController implements Screen {
    private final KioskContext ctx;
    private final CaptainModel model = new CaptainModel();
    private final CaptainView view;

    public CaptainController(KioskContext ctx) {
        this.ctx = ctx;
        this.view = new CaptainView(model, this, ctx);
    }

    /** While the screen waits for the elder's card, the next card tapped is the elder's (instead of signing in). */
    @Override
    public boolean onCard(CardData card) {
        if (!model.waiting.get()) {
            return false;
        }
        elderTapped(card);
        return true;
    }

    /** The elder's card on the reader: the elder is identified now, and the captain acts for them. */
    private void elderTapped(CardData card) {
        Member captain = ctx.session().member().get();
        ctx.run(c -> {
            Identified proof = c.members().identifyByCard(card.idNumber());
            return new Object[] {proof, c.members().byId(proof.memberId()).orElseThrow()};
        }, r -> {
            Member elder = (Member) r[1];
            if (elder.id().equals(captain.id())) {
                ctx.say(KioskContext.text("captain.not-yourself"));
                return;
            }
            ctx.session().actFor(elder, (Identified) r[0]);
            model.waiting.set(false);
        });
    }

    void go(String screen) {
        ctx.nav().go(screen);
    }

    void end() {
        ctx.session().endProxy();
        model.waiting.set(true);
        ctx.nav().home();
    }

    @Override
    public String id() {
        return "captain";
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.waiting.set(ctx.session().elder().get() == null);
    }

    @Override
    public String speech() {
        return ctx.session().elder().get() == null ? ctx.t("captain.tap-elder") : ctx.t("captain.acting", ctx.session().elder().get().name());
    }

    @Override
    public void clear() {
        model.waiting.set(true);
    }
}
