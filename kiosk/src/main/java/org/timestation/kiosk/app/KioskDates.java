package org.timestation.kiosk.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A day as a resident reads it, the same on every screen: 11月30日, with the year only when it is not
 * this year (2025年11月30日); in English 30 Nov (30 Nov 2025). The screens once said 2026-11-30, 12/1
 * and 12月2日 in three places; a paper receipt keeps the full date and time. A moment shown with its time
 * ({@link #when}) follows the same rule about the year.
 */
public final class KioskDates {
    private KioskDates() {
    }

    /** {@code day} as a resident reads it, {@code today} deciding whether the year is said. */
    public static String day(LocalDate day, LocalDate today, Locale locale) {
        return format(day, day.getYear() == today.getYear(), "date.day", locale);
    }

    /**
     * A moment with its day, weekday and time (12月2日 星期三 09:00; Wed 2 Dec, 09:00), the year said only
     * when it is not this year's: a request 13 days ahead in late December is next year's.
     */
    public static String when(long epochMillis, ZoneId zone, long nowMillis, Locale locale) {
        java.time.ZonedDateTime at = Instant.ofEpochMilli(epochMillis).atZone(zone);
        return format(at, at.getYear() == Instant.ofEpochMilli(nowMillis).atZone(zone).getYear(), "activities.time-pattern", locale);
    }

    /** Formats by the bundle's pattern {@code key}, or its {@code key-year} form when the year is to be said. */
    private static String format(java.time.temporal.TemporalAccessor t, boolean thisYear, String key, Locale locale) {
        return DateTimeFormatter.ofPattern(KioskText.BUNDLE.get(locale, thisYear ? key : key + "-year"), locale).format(t);
    }

    /** The day of {@code epochMillis} in {@code zone}. */
    public static String day(long epochMillis, ZoneId zone, LocalDate today, Locale locale) {
        return day(LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone), today, locale);
    }
}
