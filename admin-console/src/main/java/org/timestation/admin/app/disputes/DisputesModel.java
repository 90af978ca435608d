package org.timestation.admin.app.disputes;


/** The disputes queue (soonest deadline first), and the last result or refusal. */
final class DisputesModel extends org.timestation.admin.ui.ActionState<DisputesModel.Row> {
    /** An open dispute as listed: the people masked, the time left in words. */
    record Row(String requestId, String service, String requester, String volunteer, String claimed, String reason, String deadline,
               String left, boolean overdue) {
    }

}
