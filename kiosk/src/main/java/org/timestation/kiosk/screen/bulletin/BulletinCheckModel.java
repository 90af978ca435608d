package org.timestation.kiosk.screen.bulletin;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.timestation.sync.BulletinCheck;

/** The check of the bulletin held to the scanner: running (null) or what it found. */
final class BulletinCheckModel {
    final ObjectProperty<BulletinCheck.Result> result = new SimpleObjectProperty<>();
}
