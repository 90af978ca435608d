package org.timestation.kiosk.screen.bulletin;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.sync.BulletinCheck;

/** In large words: the bulletin matches the community's ledger, or it does not (tell staff), or it cannot be checked now. */
final class BulletinCheckView {
    private final VBox root;

    BulletinCheckView(BulletinCheckModel m, BulletinCheckController controller, KioskContext ctx) {
        var s = ctx.session();
        Label verdict = Ui.label(Ui.text(s, () -> ctx.t(key(m.result.get())), m.result), Styles.BIG_NUMBER, "bulletin-verdict");
        verdict.setWrapText(true);
        Label detail = Ui.label(Ui.text(s, () -> ctx.t(key(m.result.get()) + "-detail",
                m.result.get() == null ? 0 : m.result.get().bulletinSize()), m.result), Styles.BODY, "bulletin-detail");
        detail.setWrapText(true);
        Button done = Ui.button(Ui.text(s, "bulletin.done"), Styles.PRIMARY, "bulletin-done", controller::done);
        root = new VBox(36, verdict, detail, done);
        root.setPadding(new Insets(48));
        root.setAlignment(Pos.TOP_LEFT);
        root.setId("bulletin-screen");
    }

    static String key(BulletinCheck.Result r) {
        if (r == null) {
            return "bulletin.checking";
        }
        return switch (r.verdict()) {
            case MATCHES -> "bulletin.matches";
            case DOES_NOT_MATCH -> "bulletin.does-not-match";
            case CANNOT_CHECK_NOW -> "bulletin.cannot-check";
        };
    }

    Node root() {
        return root;
    }
}
