package org.timestation.kiosk.screen.ask;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timestation.exchange.Request;
import org.timestation.catalogue.ServiceType;
import org.timestation.member.Gender;

/**
 * 我要求助, one question per screen: what, which day, which part of the day, once or again every
 * week or month, where, anything special, who; then the summary.
 */
final class AskModel {
    enum Step { SERVICE, DAY, PART, REPEAT, WHERE, SPECIAL, WHO, SUMMARY, DONE }

    /** Said on the request when the resident chose to meet at the station rather than at home (stored in Chinese, as the chips are). */
    static final String AT_STATION = "ask.where.station-requirement";

    /** Morning 9:00, afternoon 14:00, evening 19:00. */
    static final LocalTime[] PARTS = {LocalTime.of(9, 0), LocalTime.of(14, 0), LocalTime.of(19, 0)};
    static final List<String> SPECIALS = List.of("ask.special.mobility", "ask.special.hearing", "ask.special.tools", "ask.special.call-first");

    final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.SERVICE);
    final ObjectProperty<ServiceType> service = new SimpleObjectProperty<>();
    final IntegerProperty dayOffset = new SimpleIntegerProperty(-1);
    final IntegerProperty part = new SimpleIntegerProperty(-1);
    /** Once, or again every week / every month (chosen on the summary, before anything is posted). */
    final ObjectProperty<org.timestation.exchange.ExchangeService.Repeat> repeat =
            new SimpleObjectProperty<>(org.timestation.exchange.ExchangeService.Repeat.ONCE);
    /** How many days ahead the calendar reaches (today and the next 13 days). */
    static final int DAYS_AHEAD = 14;
    final ObservableList<String> specials = FXCollections.observableArrayList();
    final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    final ObjectProperty<String> home = new SimpleObjectProperty<>();
    /** Meet at the station instead of at home (the request keeps the home building for distance). */
    final javafx.beans.property.BooleanProperty atStation = new javafx.beans.property.SimpleBooleanProperty();
    final ObjectProperty<Request> posted = new SimpleObjectProperty<>();
    /** What the help will cost this resident: what they hold now and whether the mutual-aid pool covers a shortfall (null until loaded). */
    final ObjectProperty<Cost> cost = new SimpleObjectProperty<>();

    /** The resident's standing when asking: minutes they can spend now, the policy's floor, whether the pool covers them. */
    record Cost(long availableMinutes, long floorMinutes, boolean poolCovers) {
    }

    ZonedDateTime startAt(LocalDate today, ZoneId zone) {
        return today.plusDays(dayOffset.get()).atTime(PARTS[part.get()]).atZone(zone);
    }

    /** Parts of the day still ahead (a start in the past cannot be asked for). */
    boolean partOpen(int p, LocalDate today, ZonedDateTime now) {
        return dayOffset.get() > 0 || today.atTime(PARTS[p]).atZone(now.getZone()).isAfter(now.minusMinutes(30));
    }

    void back() {
        Step[] all = Step.values();
        if (step.get().ordinal() > 0 && step.get() != Step.DONE) {
            step.set(all[step.get().ordinal() - 1]);
        }
    }

    List<String> specialsCopy() {
        return new ArrayList<>(specials);
    }

    void clear() {
        step.set(Step.SERVICE);
        service.set(null);
        dayOffset.set(-1);
        part.set(-1);
        repeat.set(org.timestation.exchange.ExchangeService.Repeat.ONCE);
        specials.clear();
        gender.set(null);
        home.set(null);
        atStation.set(false);
        posted.set(null);
        cost.set(null);
    }
}
