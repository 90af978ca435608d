package org.timestation.kiosk.widget;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.timestation.credit.Minutes;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;

/**
 * − [1 小时 30 分钟] +: picks a number of minutes between a floor and a ceiling in steps (the
 * requester confirming fewer minutes than the timer). No typing: two big keys and the amount in words.
 */
public final class MinutesPicker {
    private final IntegerProperty minutes = new SimpleIntegerProperty();
    private final HBox root;
    private int floor;
    private int ceiling;
    private final int step;

    public MinutesPicker(Session s, String idPrefix, int step) {
        this.step = step;
        Button less = Ui.button(Ui.text(s, "picker.less"), Styles.KEY, idPrefix + "-less", () -> set(minutes.get() - this.step));
        Button more = Ui.button(Ui.text(s, "picker.more"), Styles.KEY, idPrefix + "-more", () -> set(minutes.get() + this.step));
        for (Button b : new Button[] {less, more}) {
            b.setStyle("-fx-min-width: 200px;"); // inline: the stylesheet's key width would override setMinWidth
            b.setWrapText(false);
        }
        Label amount = Ui.label(Ui.text(s, () -> Minutes.of(minutes.get()).text(s.locale().get()), minutes), Styles.BIG_NUMBER,
                idPrefix + "-amount");
        amount.setMinWidth(420);
        amount.setAlignment(Pos.CENTER);
        less.disableProperty().bind(minutes.lessThanOrEqualTo(javafx.beans.binding.Bindings.createIntegerBinding(() -> floor, minutes)));
        more.disableProperty().bind(minutes.greaterThanOrEqualTo(javafx.beans.binding.Bindings.createIntegerBinding(() -> ceiling, minutes)));
        root = new HBox(24, less, amount, more);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    /** Starts at {@code value}, allowing {@code floor} to {@code ceiling}. */
    public void reset(int value, int floor, int ceiling) {
        this.floor = floor;
        this.ceiling = ceiling;
        minutes.set(-1); // the bindings recompute even when the value is the same
        minutes.set(Math.max(floor, Math.min(ceiling, value)));
    }

    private void set(int value) {
        minutes.set(Math.max(floor, Math.min(ceiling, value)));
    }

    public int value() {
        return minutes.get();
    }

    public HBox root() {
        return root;
    }
}
