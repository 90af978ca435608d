package org.timestation.kiosk.theme;

import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;

/** Small builders for views: every text bound to the session's language, every control with an id and a style. */
public final class Ui {
    private Ui() {
    }

    public static StringBinding text(Session s, String key) {
        return Bindings.createStringBinding(() -> KioskText.BUNDLE.get(s.locale().get(), key), s.locale());
    }

    /** A text computed from the model, recomputed when the language or any of {@code deps} changes. */
    public static StringBinding text(Session s, Supplier<String> compute, Observable... deps) {
        Observable[] all = new Observable[deps.length + 1];
        System.arraycopy(deps, 0, all, 0, deps.length);
        all[deps.length] = s.locale();
        return Bindings.createStringBinding(compute::get, all);
    }

    public static Label label(StringBinding text, String style, String id) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add(style);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    public static Button button(StringBinding text, String style, String id, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(text);
        b.getStyleClass().add(style);
        b.setId(id);
        b.setWrapText(true);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
