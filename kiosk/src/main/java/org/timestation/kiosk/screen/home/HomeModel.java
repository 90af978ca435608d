package org.timestation.kiosk.screen.home;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** What home shows beyond its six tiles: 楼长代办 for a captain, and the resident's requests (under way, waiting for them, lapsed). */
final class HomeModel {
    final BooleanProperty captain = new SimpleBooleanProperty();
    /** Requests under way. */
    final IntegerProperty under = new SimpleIntegerProperty();
    /** Finished services waiting for the resident's confirmation or stars. */
    final IntegerProperty waiting = new SimpleIntegerProperty();
    /** Requests that closed by themselves (nobody took them) which the resident has not been told of. */
    final IntegerProperty lapsed = new SimpleIntegerProperty();

    void clear() {
        captain.set(false);
        under.set(0);
        waiting.set(0);
        lapsed.set(0);
    }
}
