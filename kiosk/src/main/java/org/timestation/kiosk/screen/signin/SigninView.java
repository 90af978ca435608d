package org.timestation.kiosk.screen.signin;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.kiosk.widget.NumberPad;
import org.timestation.kiosk.widget.OneLine;
import org.timestation.member.Member;

/** Phone number, then PIN, on our own number pad; the PIN shows as dots. */
final class SigninView {
    private final HBox root;

    SigninView(SigninModel m, Session s, IntConsumer onKey, Runnable onNext, Consumer<Member> onChoose) {
        Label heading = Ui.label(Ui.text(s, () -> KioskText.BUNDLE.get(s.locale().get(), switch (m.step.get()) {
            case PHONE -> "signin.phone";
            case CHOOSE -> "signin.choose";
            case PIN -> "signin.pin";
        }, m.chosen.get() == null ? "" : m.chosen.get().maskedName()), m.step, m.chosen), Styles.HEADING, "signin-heading");
        Label typed = Ui.label(Ui.text(s, () -> m.step.get() == SigninModel.Step.PIN ? "●".repeat(m.pin.get().length())
                + "○".repeat(6 - m.pin.get().length()) : NumberPad.phoneAsTyped(m.phone.get()), m.step, m.phone, m.pin), Styles.BIG_NUMBER, "signin-typed");
        Button next = Ui.button(Ui.text(s, "signin.next"), Styles.PRIMARY, "signin-next", onNext);
        next.visibleProperty().bind(m.step.isEqualTo(SigninModel.Step.PHONE));
        next.disableProperty().bind(m.phone.length().lessThan(11));
        VBox choices = new VBox(16);
        choices.setId("signin-choices");
        m.candidates.addListener((ListChangeListener<Member>) c -> {
            choices.getChildren().clear();
            int i = 0;
            for (Member who : m.candidates) {
                // anyone can type any number: the names behind it are shown masked until the PIN proves who it is
                Button b = Ui.button(Ui.text(s, who::maskedName), Styles.PRIMARY, "signin-choice-" + i++, () -> onChoose.accept(who));
                choices.getChildren().add(b);
            }
        });
        choices.visibleProperty().bind(m.step.isEqualTo(SigninModel.Step.CHOOSE));
        Label hint = Ui.label(Ui.text(s, "signin.hint"), Styles.BODY, "signin-hint");
        VBox left = new VBox(28, heading, new OneLine(typed), next, choices, hint);
        left.setPrefWidth(820);
        left.setAlignment(Pos.CENTER_LEFT);
        Node pad = NumberPad.create(s, "pad", onKey);
        pad.visibleProperty().bind(m.step.isNotEqualTo(SigninModel.Step.CHOOSE));
        root = new HBox(80, left, pad);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(40));
        root.setId("signin-screen");
    }

    Node root() {
        return root;
    }
}
