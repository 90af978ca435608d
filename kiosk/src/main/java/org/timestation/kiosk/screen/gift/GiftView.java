package org.timestation.kiosk.screen.gift;

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
import org.timestation.credit.Minutes;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.kiosk.widget.NumberPad;
import org.timestation.kiosk.widget.OneLine;
import org.timestation.member.Member;

/** Phone of the family member on the pad; then the amount with − and +; then the PIN. */
final class GiftView {
    private final HBox root;
    private final Session s;

    GiftView(GiftModel m, Session s, IntConsumer onKey, Runnable onFind, Consumer<Member> onChoose, Runnable onAmountDone, Runnable onLess,
             Runnable onMore) {
        this.s = s;
        Label heading = Ui.label(Ui.text(s, () -> switch (m.step.get()) {
            case PHONE -> t("gift.phone");
            case CHOOSE -> t("gift.choose");
            case AMOUNT -> t("gift.amount", m.to.get() == null ? "" : m.to.get().maskedName());
            case PIN -> t("gift.pin", Minutes.of(m.minutes.get()).text(s.locale().get()), m.to.get() == null ? "" : m.to.get().maskedName());
            case DONE -> t("gift.done", Minutes.of(m.minutes.get()).text(s.locale().get()), m.to.get() == null ? "" : m.to.get().maskedName());
        }, m.step, m.to, m.minutes), Styles.HEADING, "gift-heading");
        Label typed = Ui.label(Ui.text(s, () -> m.step.get() == GiftModel.Step.PIN ? "●".repeat(m.pin.get().length())
                + "○".repeat(6 - m.pin.get().length()) : NumberPad.phoneAsTyped(m.phone.get()), m.step, m.phone, m.pin),
                Styles.BIG_NUMBER, "gift-typed");
        typed.visibleProperty().bind(m.step.isEqualTo(GiftModel.Step.PHONE).or(m.step.isEqualTo(GiftModel.Step.PIN)));
        typed.managedProperty().bind(typed.visibleProperty());
        Button find = Ui.button(Ui.text(s, "signin.next"), Styles.PRIMARY, "gift-find", onFind);
        find.visibleProperty().bind(m.step.isEqualTo(GiftModel.Step.PHONE));
        find.managedProperty().bind(find.visibleProperty());
        find.disableProperty().bind(m.phone.length().lessThan(11));
        VBox choices = new VBox(16);
        choices.setId("gift-choices");
        m.candidates.addListener((ListChangeListener<Member>) c -> {
            choices.getChildren().clear();
            int i = 0;
            for (Member who : m.candidates) {
                choices.getChildren().add(Ui.button(Ui.text(s, () -> who.maskedName() + "  " + who.phone().masked()), Styles.PRIMARY,
                        "gift-choice-" + i++, () -> onChoose.accept(who)));
            }
        });
        choices.visibleProperty().bind(m.step.isEqualTo(GiftModel.Step.CHOOSE));
        choices.managedProperty().bind(choices.visibleProperty());
        Button less = Ui.button(Ui.text(s, "redeem.less"), Styles.KEY, "gift-less", onLess);
        Button more = Ui.button(Ui.text(s, "redeem.more"), Styles.KEY, "gift-more", onMore);
        for (Button b : new Button[] {less, more}) {
            b.setStyle("-fx-min-width: 280px;");
        }
        Label amount = Ui.label(Ui.text(s, () -> Minutes.of(m.minutes.get()).text(s.locale().get()), m.minutes), Styles.BIG_NUMBER,
                "gift-amount");
        HBox picker = new HBox(32, less, new OneLine(amount), more);
        picker.setAlignment(Pos.CENTER_LEFT);
        Button next = Ui.button(Ui.text(s, "gift.next"), Styles.PRIMARY, "gift-next", onAmountDone);
        // said before the gift is made: no receipt this time, the gift still arrives
        Label noPaper = Ui.label(Ui.text(s, "gift.printer-down"), Styles.WARNING, "gift-printer-down");
        noPaper.visibleProperty().bind(m.printerReady.not());
        noPaper.managedProperty().bind(noPaper.visibleProperty());
        VBox amountBox = new VBox(24, picker, noPaper, next);
        amountBox.visibleProperty().bind(m.step.isEqualTo(GiftModel.Step.AMOUNT));
        amountBox.managedProperty().bind(amountBox.visibleProperty());
        VBox left = new VBox(28, heading, new OneLine(typed), find, choices, amountBox);
        // without the number pad (the amount step) the amount and its two buttons take the room it left
        left.prefWidthProperty().bind(javafx.beans.binding.Bindings.when(m.step.isEqualTo(GiftModel.Step.AMOUNT)).then(1140).otherwise(900));
        left.setAlignment(Pos.CENTER_LEFT);
        Node pad = NumberPad.create(s, "gpad", onKey);
        pad.visibleProperty().bind(m.step.isEqualTo(GiftModel.Step.PHONE).or(m.step.isEqualTo(GiftModel.Step.PIN)));
        pad.managedProperty().bind(pad.visibleProperty()); // no pad: the amount and its buttons have the whole width
        root = new HBox(60, left, pad);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(32));
        root.setId("gift-screen");
    }

    private String t(String key, Object... args) {
        return KioskText.BUNDLE.get(s.locale().get(), key, args);
    }

    Node root() {
        return root;
    }
}
