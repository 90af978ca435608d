package org.timestation.kiosk.screen.attract;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.timestation.text.Text;

/** UI state of the attract screen only: language, status line, demo badge. */
final class AttractModel {
    private final ObjectProperty<Locale> locale;
    private final StringProperty statusKey = new SimpleStringProperty("status.opening");
    private final BooleanProperty demo = new SimpleBooleanProperty();
    private final BooleanProperty simulatedDevices = new SimpleBooleanProperty();

    AttractModel(ObjectProperty<Locale> sessionLocale) {
        this.locale = sessionLocale;
    }

    ReadOnlyObjectProperty<Locale> locale() {
        return locale;
    }

    ReadOnlyStringProperty statusKey() {
        return statusKey;
    }

    ReadOnlyBooleanProperty demo() {
        return demo;
    }

    ReadOnlyBooleanProperty simulatedDevices() {
        return simulatedDevices;
    }

    void setLocale(Locale l) {
        locale.set(l);
    }

    void setStatusKey(String key) {
        statusKey.set(key);
    }

    void setDemo(boolean d, boolean simulated) {
        demo.set(d);
        simulatedDevices.set(simulated);
    }
}
