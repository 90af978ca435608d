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
    /** The minutes the requester confirms (at most the timer's, in steps of 5). */
    final org.timestation.kiosk.widget.MinutesChoice confirmMinutes = new org.timestation.kiosk.widget.MinutesChoice(5);

    final ObservableList<Request> open = FXCollections.observableArrayList();
    final ObservableList<Request> tasks = FXCollections.observableArrayList();
    /** Building id → name, for the cards. */
    Map<String, String> buildings = Map.of();
    /** The ended task whose requester should tap their card to confirm, or null. */
    final ObjectProperty<Request> confirming = new SimpleObjectProperty<>();
    /** The settled exchange to rate now (by the requester at the kiosk, or by this volunteer), or null. */
    final ObjectProperty<Request> rating = new SimpleObjectProperty<>();
    /** Who gives the stars for {@link #rating}: the requester who just confirmed, or the volunteer signed in. */
    String ratingBy;
    /** Member id → name and masked phone of the other side of each task (to call within an hour). */
    Map<String, String> contacts = Map.of();
    /** Settled exchanges this volunteer has not rated yet (asked one at a time). */
    final ObservableList<Request> toRate = FXCollections.observableArrayList();
    /** Now, in epoch millis, ticking each second while a task is in service (the big clock). */
    final LongProperty now = new SimpleLongProperty();

    void loaded(List<Request> openRequests, List<Request> myTasks, Map<String, String> names, Map<String, String> people,
                List<Request> unrated, long nowMillis) {
        buildings = names;
        contacts = people;
        toRate.setAll(unrated);
        now.set(nowMillis);
        open.setAll(openRequests);
        tasks.setAll(myTasks);
    }

    void clear() {
        open.clear();
        tasks.clear();
        buildings = Map.of();
        contacts = Map.of();
        toRate.clear();
        confirming.set(null);
        rating.set(null);
        ratingBy = null;
    }
}
