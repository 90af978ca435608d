package org.timestation.kiosk.screen.captain;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Whether the screen waits for the elder's card (the elder acted for is the session's). */
final class CaptainModel {
    final BooleanProperty waiting = new SimpleBooleanProperty(true);
}
