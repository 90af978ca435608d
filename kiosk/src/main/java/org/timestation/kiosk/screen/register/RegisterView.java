package org.timestation.kiosk.screen.register;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.screen.register.RegisterModel.Step;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.kiosk.widget.NumberPad;
import org.timestation.kiosk.widget.OneLine;
import org.timestation.member.IdNumber;

/** The card read (name, number to its last four), the step's question, what was typed, the number pad; the pledge; what happens next. */
final class RegisterView {
    private final HBox root;

    RegisterView(RegisterModel m, RegisterController controller, KioskContext ctx) {
        var s = ctx.session();
        Label who = Ui.label(Ui.text(s, () -> m.card.get() == null ? "" : ctx.t("register.card", m.card.get().name(),
                IdNumber.parse(m.card.get().idNumber()).masked()), m.card), Styles.BODY, "register-card");
        Label question = Ui.label(Ui.text(s, () -> ctx.t("register.q." + m.step.get().name().toLowerCase(java.util.Locale.ROOT)), m.step),
                Styles.HEADING, "register-question");
        Label typed = Ui.label(Ui.text(s, () -> switch (m.step.get()) {
            case PHONE -> NumberPad.phoneAsTyped(m.phone.get());
            case PIN -> dots(m.pin.get());
            case PIN_AGAIN -> dots(m.pinAgain.get());
            default -> "";
        }, m.step, m.phone, m.pin, m.pinAgain), Styles.BIG_NUMBER, "register-typed");
        Button next = Ui.button(Ui.text(s, "signin.next"), Styles.PRIMARY, "register-next", controller::phoneTyped);
        next.visibleProperty().bind(m.step.isEqualTo(Step.PHONE));
        next.disableProperty().bind(m.phone.length().lessThan(11));
        next.managedProperty().bind(next.visibleProperty());
        typed.visibleProperty().bind(m.step.isEqualTo(Step.PHONE).or(m.step.isEqualTo(Step.PIN)).or(m.step.isEqualTo(Step.PIN_AGAIN)));
        typed.managedProperty().bind(typed.visibleProperty());
        Button yes = Ui.button(Ui.text(s, "register.volunteer-yes"), Styles.PRIMARY, "register-volunteer-yes", controller::wantsToVolunteer);
        Button no = Ui.button(Ui.text(s, "register.volunteer-no"), Styles.PRIMARY, "register-volunteer-no", () -> controller.submit(false));
        HBox choice = new HBox(32, yes, no);
        choice.visibleProperty().bind(m.step.isEqualTo(Step.VOLUNTEER));
        choice.managedProperty().bind(choice.visibleProperty());
        Label pledge = Ui.label(Ui.text(s, "register.pledge"), Styles.BODY, "register-pledge");
        pledge.getStyleClass().add(Styles.SUMMARY);
        Button promise = Ui.button(Ui.text(s, "register.promise"), Styles.PRIMARY, "register-promise", () -> controller.submit(true));
        VBox pledgeBox = new VBox(24, pledge, promise);
        pledgeBox.visibleProperty().bind(m.step.isEqualTo(Step.PLEDGE));
        pledgeBox.managedProperty().bind(pledgeBox.visibleProperty());
        Button cancel = Ui.button(Ui.text(s, "register.cancel"), Styles.BUTTON, "register-cancel", controller::leave);
        cancel.getStyleClass().add(Styles.BUTTON_NAV);
        cancel.visibleProperty().bind(m.step.isNotEqualTo(Step.DONE)); // once sent, nothing reads like "cancel my application"
        cancel.managedProperty().bind(cancel.visibleProperty());
        Label next1 = Ui.label(Ui.text(s, "register.what-next"), Styles.BODY, "register-what-next");
        Button finished = Ui.button(Ui.text(s, "register.finished"), Styles.PRIMARY, "register-finished", controller::leave);
        VBox doneBox = new VBox(24, next1, finished);
        doneBox.visibleProperty().bind(m.step.isEqualTo(Step.DONE));
        doneBox.managedProperty().bind(doneBox.visibleProperty());
        VBox left = new VBox(24, who, question, new OneLine(typed), next, choice, pledgeBox, doneBox, cancel);
        left.setPrefWidth(960);
        Node pad = NumberPad.create(s, "rpad", controller::key);
        pad.visibleProperty().bind(m.step.isEqualTo(Step.PHONE).or(m.step.isEqualTo(Step.PIN)).or(m.step.isEqualTo(Step.PIN_AGAIN)));
        root = new HBox(60, left, pad);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(32));
        root.setId("register-screen");
    }

    private static String dots(String p) {
        return "●".repeat(p.length()) + "○".repeat(6 - p.length());
    }

    Node root() {
        return root;
    }
}
