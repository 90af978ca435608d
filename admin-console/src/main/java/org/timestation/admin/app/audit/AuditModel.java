package org.timestation.admin.app.audit;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The alerts (the rows), the log's signed checkpoints, and the last verification: its progress, verdict and findings. */
final class AuditModel extends org.timestation.admin.ui.ActionState<AuditModel.Alert> {
    /** An alert as listed, in words. */
    record Alert(String when, String kind, String node, String detail) {
    }

    /** A signed checkpoint of the community log as listed. */
    record Checkpoint(String size, String signedAt, String root, String cosigners) {
    }

    final ObservableList<Checkpoint> checkpoints = FXCollections.observableArrayList();
    /** 0..1 while a verification runs; -1 (indeterminate) while it starts. */
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    final StringProperty verdict = new SimpleStringProperty("");
    final StringProperty findings = new SimpleStringProperty("");
    final StringProperty latest = new SimpleStringProperty("");
}
