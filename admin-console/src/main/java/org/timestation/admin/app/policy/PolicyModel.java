package org.timestation.admin.app.policy;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Every rule with its value, since when the rules in force apply, and the last change's result or refusal. */
final class PolicyModel extends org.timestation.admin.ui.ActionState<PolicyModel.Rule> {
    /** A rule as listed: its field name (kept), what it means and its value with the unit, in words. */
    record Rule(String field, String meaning, String value, String raw) {
    }

    final StringProperty since = new SimpleStringProperty("");
    final BooleanProperty manager = new SimpleBooleanProperty(false);
}
