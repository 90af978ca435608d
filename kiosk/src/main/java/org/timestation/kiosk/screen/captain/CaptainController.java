package org.timestation.kiosk.screen.captain;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timestation.device.CardData;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.member.Identified;
import org.timestation.member.Member;

/**
 * 楼长代办: the signed-in captain asks the elder to tap their own ID card; from then on, until the
 * captain ends it, redeem and ask-for-help work for the elder, every screen shows the 代办 banner,
 * and the ledger records the captain and how the elder was identified. (The model is two fields,
 * kept here: whether the screen waits for the elder's card.)
 */
public final class CaptainController implements Screen {
    private final KioskContext ctx;
    private final BooleanProperty waiting = new SimpleBooleanProperty(true);
    private final VBox root;

    public CaptainController(KioskContext ctx) {
        this.ctx = ctx;
        var s = ctx.session();
        Label heading = Ui.label(Ui.text(s, () -> ctx.session().elder().get() == null ? ctx.t("captain.tap-elder")
                : ctx.t("captain.acting", ctx.session().elder().get().name()), s.elder()), Styles.HEADING, "captain-heading");
        Label hint = Ui.label(Ui.text(s, "captain.hint"), Styles.BODY, "captain-hint");
        hint.visibleProperty().bind(waiting);
        Button redeem = Ui.button(Ui.text(s, "captain.redeem"), Styles.PRIMARY, "captain-redeem", () -> ctx.nav().go("redeem"));
        Button ask = Ui.button(Ui.text(s, "captain.ask"), Styles.PRIMARY, "captain-ask", () -> ctx.nav().go("ask"));
        Button end = Ui.button(Ui.text(s, "captain.end"), Styles.PRIMARY, "captain-end", this::end);
        // a row that wraps: three long English labels on a 1280-wide screen take two rows, never squeezed
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(32, 24, redeem, ask, end);
        actions.visibleProperty().bind(s.elder().isNotNull());
        root = new VBox(36, heading, hint, actions);
        root.setPadding(new Insets(48));
        root.setAlignment(Pos.TOP_LEFT);
        root.setId("captain-screen");
    }

    /** While the screen waits for the elder's card, the next card tapped is the elder's (instead of signing in). */
    @Override
    public boolean onCard(CardData card) {
        if (!waiting.get()) {
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
            waiting.set(false);
        });
    }

    private void end() {
        ctx.session().endProxy();
        waiting.set(true);
        ctx.nav().home();
    }

    @Override
    public String id() {
        return "captain";
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onActivate() {
        waiting.set(ctx.session().elder().get() == null);
    }

    @Override
    public String speech() {
        return ctx.session().elder().get() == null ? ctx.t("captain.tap-elder") : ctx.t("captain.acting", ctx.session().elder().get().name());
    }

    @Override
    public void clear() {
        waiting.set(true);
    }
}
