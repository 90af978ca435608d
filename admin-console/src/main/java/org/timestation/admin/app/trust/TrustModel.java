package org.timestation.admin.app.trust;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timestation.admin.ui.ActionState;

/** Scores (the rows), incidents, the monthly board, the chosen party's reasons, and the last act's result or refusal. */
final class TrustModel extends ActionState<TrustModel.Score> {
    /** A scored member or merchant: shown masked (a shop by its name), found also by the full name. */
    record Score(String partyKey, String who, String side, String score, String incidents, String searchKey) {
    }

    /** An incident in the record, with what it does now (suspended until, resolved, removed). */
    record IncidentRow(String id, String date, String who, String level, String reason, String state, String operator, boolean open) {
    }

    final ObservableList<IncidentRow> incidents = FXCollections.observableArrayList();
    final StringProperty board = new SimpleStringProperty("");
    /** Why the chosen party's score is what it is: every change and incident, one per line. */
    final StringProperty reasons = new SimpleStringProperty("");
}
