package org.timestation.admin.app.members;

import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.timestation.admin.ui.ActionState;
import org.timestation.catalogue.ServiceType;
import org.timestation.member.Role;

/** Every member as listed, the one chosen (what the forms start from), and the last act's result or refusal. */
final class MembersModel extends ActionState<MemberRow> {
    /**
     * The chosen member: masked name, roles, hardship, the volunteer profile (null when not a volunteer)
     * and the latest statement lines, already in the console's language.
     */
    record Detail(String id, String maskedName, String balance, Set<Role> roles, boolean hardship, Volunteer volunteer, List<String> statement,
                  boolean nameInBulletin) {
    }

    /** What a volunteer offers and what the station has checked. */
    record Volunteer(Set<ServiceType> services, boolean verified, boolean pledgeSigned, boolean cleanRecord, boolean suspended) {
    }

    final ObjectProperty<Detail> chosen = new SimpleObjectProperty<>();
    /** The member number an ID card on the desk reader found (the table shows that member), or "". */
    final javafx.beans.property.StringProperty found = new javafx.beans.property.SimpleStringProperty("");
    /** What the desk reader is doing, in words. */
    final javafx.beans.property.StringProperty reader = new javafx.beans.property.SimpleStringProperty("");
    /** Demo mode: the demo people whose cards can be laid on the simulated reader (masked names); empty otherwise. */
    final javafx.collections.ObservableList<String> demoCards = javafx.collections.FXCollections.observableArrayList();
}
