package org.timestation.kiosk.screen.enroll;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.timestation.text.Bilingual;

/** The enrollment's state: waiting for a code, joining the hub, or what went wrong (null while nothing did). */
final class EnrollModel {
    final BooleanProperty joining = new SimpleBooleanProperty();
    final ObjectProperty<Bilingual> problem = new SimpleObjectProperty<>();
}
