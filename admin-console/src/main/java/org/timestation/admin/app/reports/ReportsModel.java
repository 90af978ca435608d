package org.timestation.admin.app.reports;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The months to choose from, the one chosen, and what the last export came to. */
final class ReportsModel {
    final ObservableList<String> months = FXCollections.observableArrayList();
    final StringProperty month = new SimpleStringProperty("");
    final StringProperty result = new SimpleStringProperty("");
    final StringProperty refusal = new SimpleStringProperty("");
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
