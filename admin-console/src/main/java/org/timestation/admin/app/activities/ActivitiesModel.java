package org.timestation.admin.app.activities;

/** Every activity and training (proposals waiting first), and the last act's result or refusal. */
final class ActivitiesModel extends org.timestation.admin.ui.ActionState<ActivitiesModel.Row> {
    /** An activity as listed: when, what, who organised it, where it stands, how many came, its summary and rewards in words. */
    record Row(String id, String when, String kind, String theme, String organiser, String place, String state, String people, String summary,
               String rewards, boolean proposed, boolean training, boolean open) {
    }
}
