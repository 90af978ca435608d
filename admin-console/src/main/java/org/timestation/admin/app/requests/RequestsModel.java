package org.timestation.admin.app.requests;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The requests of the list chosen (open, unmatched, in service), and which list that is. */
final class RequestsModel extends org.timestation.admin.ui.ActionState<RequestsModel.Row> {
    /** Which requests are listed. */
    enum Which { OPEN, UNMATCHED, IN_SERVICE }

    /** A request as listed: people masked, times and waits in words. */
    record Row(String id, String service, String requester, String volunteer, String wanted, String building, String state, String waiting,
               String proxy) {
    }

    final ObjectProperty<Which> which = new SimpleObjectProperty<>(Which.OPEN);
}
