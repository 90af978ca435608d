package org.timestation.kiosk.screen.devices;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timestation.device.station.StationDevices;
import org.timestation.kiosk.staffcall.StaffCalls;
import org.timestation.text.Bilingual;

/** What the devices screen shows: each device's state, the last test's result, receipts kept, ports, notices, open staff calls. */
final class DevicesModel {
    final ObservableList<StationDevices.State> states = FXCollections.observableArrayList();
    /** The last test's result: a text key and its arguments, shown in the session's language (empty: nothing). */
    final ObjectProperty<Object[]> test = new SimpleObjectProperty<>(new Object[0]);
    final IntegerProperty kept = new SimpleIntegerProperty();
    final StringProperty ports = new SimpleStringProperty("");
    final ObservableList<Bilingual> notices = FXCollections.observableArrayList();
    /** The residents' calls for staff nobody has answered yet. */
    final ObservableList<StaffCalls.Call> calls = FXCollections.observableArrayList();
    /** Who called, as staff greet them: member id → masked name (张*国), read from the ledger. */
    final javafx.beans.property.ObjectProperty<java.util.Map<String, String>> callers = new javafx.beans.property.SimpleObjectProperty<>(java.util.Map.of());
    /** A devices.properties that could not be used, in words (empty when it is fine). */
    final StringProperty configError = new SimpleStringProperty("");
}
