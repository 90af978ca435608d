package org.timestation.admin.app.approvals;

/** The registrations waiting for the staff, and the last decision's result or refusal. */
final class ApprovalsModel extends org.timestation.admin.ui.ActionState<ApprovalsModel.Row> {
    /** An application as listed: the name and phone masked, the ID number to its last four. */
    record Row(String applicationId, String maskedName, String idMasked, String maskedPhone, String address, String roles, String submitted,
               String searchKey) {
    }

    /** The application an ID card on the desk reader matched (the table selects it), or "". */
    final javafx.beans.property.StringProperty matched = new javafx.beans.property.SimpleStringProperty("");
}
