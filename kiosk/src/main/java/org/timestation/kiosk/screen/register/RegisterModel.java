package org.timestation.kiosk.screen.register;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.timestation.device.CardData;

/** A registration under way: the card read (held only while the screen is open), the step, what was typed, volunteering. */
final class RegisterModel {
    enum Step { PHONE, PIN, PIN_AGAIN, VOLUNTEER, PLEDGE, DONE }

    final ObjectProperty<CardData> card = new SimpleObjectProperty<>();
    final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.PHONE);
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty pin = new SimpleStringProperty("");
    final StringProperty pinAgain = new SimpleStringProperty("");
    final BooleanProperty volunteer = new SimpleBooleanProperty();

    void clear() {
        card.set(null);
        phone.set("");
        pin.set("");
        pinAgain.set("");
        volunteer.set(false);
        step.set(Step.PHONE);
    }
}
