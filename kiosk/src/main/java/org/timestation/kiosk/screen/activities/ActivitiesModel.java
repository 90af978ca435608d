package org.timestation.kiosk.screen.activities;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timestation.activity.Activity;

/** This week's activities and trainings, as loaded; cleared at sign-out. */
final class ActivitiesModel {
    final ObservableList<Activity> activities = FXCollections.observableArrayList();
    long now;

    void loaded(List<Activity> list, long nowMillis) {
        now = nowMillis;
        activities.setAll(list);
    }

    void clear() {
        activities.clear();
    }
}
