package org.timestation.kiosk.screen.gift;

import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timestation.member.Member;

/** 转赠: to whom (by phone), how much, confirmed with the giver's PIN. */
final class GiftModel {
    enum Step { PHONE, CHOOSE, AMOUNT, PIN, DONE }

    static final long STEP = 30;
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty pin = new SimpleStringProperty("");
    final ObservableList<Member> candidates = FXCollections.observableArrayList();
    final ObjectProperty<Member> to = new SimpleObjectProperty<>();
    final LongProperty minutes = new SimpleLongProperty(STEP);
    final LongProperty available = new SimpleLongProperty();
    final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.PHONE);
    /** Whether the receipt would print (asked when the amount is chosen; the gift itself does not depend on it). */
    final javafx.beans.property.BooleanProperty printerReady = new javafx.beans.property.SimpleBooleanProperty(true);

    void found(List<Member> members) {
        candidates.setAll(members);
        if (members.size() == 1) {
            choose(members.get(0));
        } else {
            step.set(Step.CHOOSE);
        }
    }

    void choose(Member m) {
        to.set(m);
        minutes.set(Math.min(STEP, Math.max(STEP, available.get())));
        step.set(Step.AMOUNT);
    }

    long max() {
        return Math.max(STEP, available.get() / STEP * STEP);
    }

    void more() {
        minutes.set(Math.min(max(), minutes.get() + STEP));
    }

    void less() {
        minutes.set(Math.max(STEP, minutes.get() - STEP));
    }

    void clear() {
        phone.set("");
        pin.set("");
        candidates.clear();
        to.set(null);
        minutes.set(STEP);
        available.set(0);
        step.set(Step.PHONE);
    }
}
