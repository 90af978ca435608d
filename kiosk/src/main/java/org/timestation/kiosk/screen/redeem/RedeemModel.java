package org.timestation.kiosk.screen.redeem;

import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timestation.merchant.IssuedVoucher;
import org.timestation.merchant.Merchant;

/** 兑换: which merchant, how much (in steps of half an hour), what was issued. */
final class RedeemModel {
    enum Step { CHOOSE, AMOUNT, DONE }

    static final long STEP = 30;
    final ObservableList<Merchant> merchants = FXCollections.observableArrayList();
    final ObjectProperty<Merchant> merchant = new SimpleObjectProperty<>();
    final LongProperty minutes = new SimpleLongProperty(STEP);
    final LongProperty available = new SimpleLongProperty();
    final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    final ObjectProperty<IssuedVoucher> issued = new SimpleObjectProperty<>();
    /** Whether the printer can print the voucher (checked when a shop is chosen and again before the voucher is made). */
    final javafx.beans.property.BooleanProperty printerReady = new javafx.beans.property.SimpleBooleanProperty(true);
    /** The voucher's code to show large on screen (the printer could not print it), or null. */
    final ObjectProperty<String> onScreen = new SimpleObjectProperty<>();

    void loaded(List<Merchant> ms, long availableMinutes) {
        if (!merchants.equals(ms)) {
            merchants.setAll(ms); // the cards are rebuilt only when the shops changed
        }
        available.set(availableMinutes);
        step.set(Step.CHOOSE);
    }

    void choose(Merchant m) {
        merchant.set(m);
        minutes.set(Math.min(STEP, m.perVisitMinutes()));
        step.set(Step.AMOUNT);
    }

    long max() {
        Merchant m = merchant.get();
        return m == null ? 0 : Math.min(m.perVisitMinutes(), Math.max(0, available.get() / STEP * STEP));
    }

    void more() {
        minutes.set(Math.min(max(), minutes.get() + STEP));
    }

    void less() {
        minutes.set(Math.max(STEP, minutes.get() - STEP));
    }

    /** Forgets what this resident chose; keeps the shops (nothing personal) so their cards need not be rebuilt. */
    void restart() {
        printerReady.set(true);
        onScreen.set(null);
        merchant.set(null);
        minutes.set(STEP);
        available.set(0);
        issued.set(null);
        step.set(Step.CHOOSE);
    }

    void clear() {
        printerReady.set(true);
        onScreen.set(null);
        merchants.clear();
        merchant.set(null);
        minutes.set(STEP);
        available.set(0);
        issued.set(null);
        step.set(Step.CHOOSE);
    }
}
