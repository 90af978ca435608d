package org.timestation.kiosk.widget;

import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;

/**
 * Our own big number pad (no system keyboard): digits 0–9, 删除 (delete one) and 清空 (clear).
 * Keys have ids {@code <prefix>-0} … {@code <prefix>-9}, {@code <prefix>-del}, {@code <prefix>-clear}.
 */
public final class NumberPad {
    /** Key codes passed to the listener besides the digits. */
    public static final int DELETE = -1;
    public static final int CLEAR = -2;

    private NumberPad() {
    }

    public static GridPane create(Session s, String prefix, IntConsumer onKey) {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(16);
        g.setAlignment(Pos.CENTER);
        int[] order = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        for (int i = 0; i < order.length; i++) {
            int digit = order[i];
            g.add(key(String.valueOf(digit), prefix + "-" + digit, () -> onKey.accept(digit)), i % 3, i / 3);
        }
        Button clear = Ui.button(Ui.text(s, "pad.clear"), Styles.KEY, prefix + "-clear", () -> onKey.accept(CLEAR));
        Button del = Ui.button(Ui.text(s, "pad.delete"), Styles.KEY, prefix + "-del", () -> onKey.accept(DELETE));
        clear.getStyleClass().add(Styles.KEY_WORD);
        del.getStyleClass().add(Styles.KEY_WORD);
        g.add(clear, 0, 3);
        g.add(key("0", prefix + "-0", () -> onKey.accept(0)), 1, 3);
        g.add(del, 2, 3);
        for (javafx.scene.Node n : g.getChildren()) {
            ((Button) n).setMaxWidth(Double.MAX_VALUE); // every key as wide as its column: an even pad
        }
        return g;
    }

    /** A phone number as it is typed, in the groups people say it in (138 0000 0001), or a dash while nothing is typed. */
    public static String phoneAsTyped(String digits) {
        if (digits.isEmpty()) {
            return "—";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i == 3 || i == 7) {
                sb.append(' ');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** Applies key {@code k} to a typed field of at most {@code max} digits; true when the field is now full. */
    public static boolean type(javafx.beans.property.StringProperty field, int k, int max) {
        String v = field.get();
        if (k == CLEAR) {
            field.set("");
        } else if (k == DELETE) {
            field.set(v.isEmpty() ? "" : v.substring(0, v.length() - 1));
        } else if (v.length() < max) {
            field.set(v + k);
        }
        return field.get().length() == max;
    }

    private static Button key(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.getStyleClass().add(Styles.KEY);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
