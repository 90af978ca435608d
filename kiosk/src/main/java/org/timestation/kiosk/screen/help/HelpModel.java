package org.timestation.kiosk.screen.help;

import java.util.List;
import java.util.Map;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timestation.exchange.Request;

/** 我能帮忙: open requests near the volunteer, their own tasks, the task waiting for the requester's card. */
final class HelpModel {
    final ObservableList<Request> open = FXCollections.observableArrayList();
    final ObservableList<Request> tasks = FXCollections.observableArrayList();
    /** Building id → name, for the cards. */
    Map<String, String> buildings = Map.of();
    /** The ended task whose requester should tap their card to confirm, or null. */
    final ObjectProperty<Request> confirming = new SimpleObjectProperty<>();
    /** The settled exchange the requester (at the kiosk) may now rate, or null. */
    final ObjectProperty<Request> rating = new SimpleObjectProperty<>();
    /** Now, in epoch millis, ticking each second while a task is in service (the big clock). */
    final LongProperty now = new SimpleLongProperty();

    void loaded(List<Request> openRequests, List<Request> myTasks, Map<String, String> names, long nowMillis) {
        buildings = names;
        now.set(nowMillis);
        open.setAll(openRequests);
        tasks.setAll(myTasks);
    }

    void clear() {
        open.clear();
        tasks.clear();
        buildings = Map.of();
        confirming.set(null);
        rating.set(null);
    }
}
