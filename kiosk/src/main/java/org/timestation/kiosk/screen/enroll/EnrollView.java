package org.timestation.kiosk.screen.enroll;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;

/** For staff: this station is not enrolled; scan the code the console shows. Then: joining; or what went wrong. */
final class EnrollView {
    private final VBox root;

    EnrollView(EnrollModel m, KioskContext ctx) {
        var s = ctx.session();
        Label title = Ui.label(Ui.text(s, "enroll.title"), Styles.HEADING, "enroll-title");
        title.setStyle("-fx-text-fill: -ts-accent; -fx-font-size: 56px; -fx-font-weight: bold;");
        title.setWrapText(true);
        Label how = Ui.label(Ui.text(s, "enroll.how"), Styles.BODY, "enroll-how");
        how.setWrapText(true);
        Label residents = Ui.label(Ui.text(s, "enroll.residents"), Styles.WARNING, "enroll-residents");
        residents.setWrapText(true);
        Label state = Ui.label(Ui.text(s, () -> m.problem.get() != null
                ? (s.locale().get().getLanguage().equals("zh") ? m.problem.get().zh() : m.problem.get().en())
                : ctx.t(m.joining.get() ? "enroll.joining" : "enroll.waiting"), m.problem, m.joining), Styles.HEADING, "enroll-state");
        state.setWrapText(true);
        // the technician who installs it may not read Chinese: the same, in English, always shown
        Label english = Ui.label(Ui.text(s, () -> org.timestation.kiosk.app.KioskText.BUNDLE.get(org.timestation.text.Text.EN, "enroll.title")
                + ". " + org.timestation.kiosk.app.KioskText.BUNDLE.get(org.timestation.text.Text.EN, "enroll.how")), Styles.BODY, "enroll-english");
        english.setWrapText(true);
        root = new VBox(20, title, residents, how, state, english); // all of it on a 1280×800 screen, in a real window
        root.setAlignment(Pos.TOP_LEFT);
        root.setStyle("-fx-background-color: #fffaf0; -fx-padding: 56 72 56 72;"); // over the whole window, the attract screen under it
        root.setId("enroll-screen");
    }

    Node root() {
        return root;
    }
}
