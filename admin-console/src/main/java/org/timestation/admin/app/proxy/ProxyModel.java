package org.timestation.admin.app.proxy;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A month's proxy acts (rows), the same by captain and elder, the month shown and its totals in words. */
final class ProxyModel extends org.timestation.admin.ui.ActionState<ProxyModel.Act> {
    /** One act as listed: people masked. */
    record Act(String when, String captain, String elder, String kind, String ref, String identifiedBy) {
    }

    /** How many acts a captain did for an elder in the month. */
    record Pair(String captain, String elder, String posts, String redemptions) {
    }

    final ObservableList<Pair> pairs = FXCollections.observableArrayList();
    final StringProperty month = new SimpleStringProperty("");
    final StringProperty totals = new SimpleStringProperty("");
}
