package org.timestation.admin.app.team;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The staff screen's state: the staff and managers, whether the one signed in may change them, and the last result or refusal. */
final class TeamModel extends org.timestation.admin.ui.ActionState<TeamModel.Row> {
    /** A staff member or manager as listed. */
    record Row(String id, String name, String role, String account) {
    }

    final BooleanProperty manager = new SimpleBooleanProperty(false);
}
