package org.timestation.kiosk.screen.activities;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timestation.activity.Activity;

/** This week's activities and trainings, as loaded; cleared at sign-out. */
final class ActivitiesModel {
    final ObservableList<Activity> activities = FXCollections.observableArrayList();
    long now;

    /** Counts every load and clear: the screen redraws on each, also when an empty week follows an empty list (no list change then). */
    final javafx.beans.property.IntegerProperty loads = new javafx.beans.property.SimpleIntegerProperty();

    void loaded(List<Activity> list, long nowMillis) {
        now = nowMillis;
        activities.setAll(list);
        loads.set(loads.get() + 1);
    }

    void clear() {
        activities.clear();
        loads.set(loads.get() + 1);
    }
}
