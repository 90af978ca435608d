package org.timestation.kiosk.screen.captain;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;

/** "Ask the elder to tap their card", then what the captain can do for them: redeem, ask for help, end. */
final class CaptainView {
    private final VBox root;

    CaptainView(CaptainModel model, CaptainController controller, KioskContext ctx) {
        var s = ctx.session();
        Label heading = Ui.label(Ui.text(s, () -> s.elder().get() == null ? ctx.t("captain.tap-elder")
                : ctx.t("captain.acting", s.elder().get().name()), s.elder()), Styles.HEADING, "captain-heading");
        Label hint = Ui.label(Ui.text(s, "captain.hint"), Styles.BODY, "captain-hint");
        hint.visibleProperty().bind(model.waiting);
        Button redeem = Ui.button(Ui.text(s, "captain.redeem"), Styles.PRIMARY, "captain-redeem", () -> controller.go("redeem"));
        Button ask = Ui.button(Ui.text(s, "captain.ask"), Styles.PRIMARY, "captain-ask", () -> controller.go("ask"));
        Button end = Ui.button(Ui.text(s, "captain.end"), Styles.PRIMARY, "captain-end", controller::end);
        // a row that wraps: three long English labels on a 1280-wide screen take two rows, never squeezed
        FlowPane actions = new FlowPane(32, 24, redeem, ask, end);
        actions.visibleProperty().bind(s.elder().isNotNull());
        root = new VBox(36, heading, hint, actions);
        root.setPadding(new Insets(48));
        root.setAlignment(Pos.TOP_LEFT);
        root.setId("captain-screen");
    }

    Node root() {
        return root;
    }
}
