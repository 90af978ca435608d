package org.timestation.admin.app.disputes;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The disputes queue (soonest deadline first), and the last result or refusal. */
final class DisputesModel {
    /** An open dispute as listed: the people masked, the time left in words. */
    record Row(String requestId, String service, String requester, String volunteer, String claimed, String reason, String deadline,
               String left, boolean overdue) {
    }

    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final StringProperty result = new SimpleStringProperty("");
    final StringProperty refusal = new SimpleStringProperty("");
    final BooleanProperty working = new SimpleBooleanProperty(false);
}
