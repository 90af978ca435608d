package org.timestation.kiosk.screen.myrequests;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timestation.exchange.Request;

/** 我的求助: the resident's requests under way, the one being confirmed, the help waiting for their stars. */
final class MyRequestsModel {
    /** The minutes the requester confirms (at most the timer's, in steps of 5). */
    final org.timestation.kiosk.widget.MinutesChoice confirmMinutes = new org.timestation.kiosk.widget.MinutesChoice(5);

    final ObservableList<Request> requests = FXCollections.observableArrayList();
    /** Settled help the resident has not rated yet (asked one at a time). */
    final ObservableList<Request> toRate = FXCollections.observableArrayList();
    /** The ended request whose minutes the resident is confirming, or null. */
    final ObjectProperty<Request> confirming = new SimpleObjectProperty<>();
    /** Building id → name; volunteer id → name and masked phone. */
    Map<String, String> buildings = Map.of();
    Map<String, String> volunteers = Map.of();
    /** The kiosk's time when the list was loaded (its clock, not the machine's): the order and "this year" are counted from it. */
    long now;

    void loaded(List<Request> under, List<Request> unrated, Map<String, String> names, Map<String, String> people, long now) {
        this.now = now;
        buildings = names;
        volunteers = people;
        confirming.set(null);
        toRate.setAll(unrated);
        requests.setAll(under.stream().sorted(order(now)).toList());
    }

    /**
     * 我的求助's order at {@code now}: what waits for the resident first (help ended, to confirm; a
     * request that closed by itself, to be told of), then help under way, then what is still to come,
     * the soonest first (tomorrow's 陪诊 above the fourth week of a repeat), then the past, newest first.
     */
    static java.util.Comparator<Request> order(long now) {
        return java.util.Comparator
                .comparingInt((Request r) -> switch (r.state()) {
                    case ENDED -> 0;
                    case LAPSED -> 1; // closed by itself: the resident is told first thing
                    case IN_SERVICE -> 2;
                    case DISPUTED -> 3;
                    default -> r.startAt() >= now ? 4 : 5;
                })
                .thenComparingLong(r -> r.startAt() >= now ? r.startAt() : -r.startAt())
                .thenComparing(Request::id);
    }

    Request rating() {
        return toRate.isEmpty() ? null : toRate.get(0);
    }

    void clear() {
        requests.clear();
        toRate.clear();
        confirming.set(null);
        buildings = Map.of();
        volunteers = Map.of();
    }
}
