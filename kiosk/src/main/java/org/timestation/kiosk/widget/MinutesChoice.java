package org.timestation.kiosk.widget;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The minutes being picked (UI state, held in a screen's model): a value between a floor and a ceiling,
 * moved in steps. The controller resets it and moves it; {@link MinutesPicker} shows it.
 */
public final class MinutesChoice {
    private final IntegerProperty minutes = new SimpleIntegerProperty();
    private final IntegerProperty floor = new SimpleIntegerProperty();
    private final IntegerProperty ceiling = new SimpleIntegerProperty();
    private final int step;

    public MinutesChoice(int step) {
        this.step = step;
    }

    /** Starts at {@code value}, allowing {@code floor} to {@code ceiling}. */
    public void reset(int value, int floor, int ceiling) {
        this.floor.set(floor);
        this.ceiling.set(ceiling);
        minutes.set(Math.max(floor, Math.min(ceiling, value)));
    }

    public void less() {
        minutes.set(Math.max(floor.get(), minutes.get() - step));
    }

    public void more() {
        minutes.set(Math.min(ceiling.get(), minutes.get() + step));
    }

    public int value() {
        return minutes.get();
    }

    public ReadOnlyIntegerProperty minutes() {
        return minutes;
    }

    public ReadOnlyIntegerProperty floor() {
        return floor;
    }

    public ReadOnlyIntegerProperty ceiling() {
        return ceiling;
    }
}
