package org.timestation.kiosk.widget;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.timestation.credit.Minutes;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;

/**
 * − [1 小时 30 分钟] +: shows the minutes being picked (a {@link MinutesChoice} in the screen's model) between
 * its floor and ceiling (the requester confirming fewer minutes than the timer). No typing: two big keys,
 * each a call to the controller, and the amount in words.
 */
public final class MinutesPicker {
    private final HBox root;

    public MinutesPicker(Session s, String idPrefix, MinutesChoice choice, Runnable onLess, Runnable onMore) {
        Button less = Ui.button(Ui.text(s, "picker.less"), Styles.KEY, idPrefix + "-less", onLess);
        Button more = Ui.button(Ui.text(s, "picker.more"), Styles.KEY, idPrefix + "-more", onMore);
        for (Button b : new Button[] {less, more}) {
            b.setStyle("-fx-min-width: 200px;"); // inline: the stylesheet's key width would override setMinWidth
            b.setWrapText(false);
        }
        Label amount = Ui.label(Ui.text(s, () -> Minutes.of(choice.minutes().get()).text(s.locale().get()), choice.minutes()), Styles.BIG_NUMBER,
                idPrefix + "-amount");
        amount.setMinWidth(420);
        amount.setAlignment(Pos.CENTER);
        less.disableProperty().bind(choice.minutes().lessThanOrEqualTo(choice.floor()));
        more.disableProperty().bind(choice.minutes().greaterThanOrEqualTo(choice.ceiling()));
        root = new HBox(24, less, amount, more);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    public HBox root() {
        return root;
    }
}
