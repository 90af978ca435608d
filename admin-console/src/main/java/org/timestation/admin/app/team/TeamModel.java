package org.timestation.admin.app.team;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The staff screen's state: the staff and managers, whether the one signed in may change them, and the last result or refusal. */
final class TeamModel {
    /** A staff member or manager as listed. */
    record Row(String id, String name, String role, String account) {
    }

    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final BooleanProperty manager = new SimpleBooleanProperty(false);
    final StringProperty result = new SimpleStringProperty("");
    final StringProperty refusal = new SimpleStringProperty("");
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
