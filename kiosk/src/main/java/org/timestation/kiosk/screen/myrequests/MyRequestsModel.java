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
    final ObservableList<Request> requests = FXCollections.observableArrayList();
    /** Settled help the resident has not rated yet (asked one at a time). */
    final ObservableList<Request> toRate = FXCollections.observableArrayList();
    /** The ended request whose minutes the resident is confirming, or null. */
    final ObjectProperty<Request> confirming = new SimpleObjectProperty<>();
    /** Building id → name; volunteer id → name and masked phone. */
    Map<String, String> buildings = Map.of();
    Map<String, String> volunteers = Map.of();

    void loaded(List<Request> under, List<Request> unrated, Map<String, String> names, Map<String, String> people) {
        buildings = names;
        volunteers = people;
        confirming.set(null);
        toRate.setAll(unrated);
        requests.setAll(under);
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
