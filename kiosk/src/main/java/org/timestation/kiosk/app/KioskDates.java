package org.timestation.kiosk.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A day as a resident reads it, the same on every screen: 11月30日, with the year only when it is not
 * this year (2025年11月30日); in English 30 Nov (30 Nov 2025). The screens once said 2026-11-30, 12/1
 * and 12月2日 in three places; a paper receipt keeps the full date and time.
 */
public final class KioskDates {
    private KioskDates() {
    }

    /** {@code day} as a resident reads it, {@code today} deciding whether the year is said. */
    public static String day(LocalDate day, LocalDate today, Locale locale) {
        String pattern = KioskText.BUNDLE.get(locale, day.getYear() == today.getYear() ? "date.day" : "date.day-year");
        return DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }

    /** The day of {@code epochMillis} in {@code zone}. */
    public static String day(long epochMillis, ZoneId zone, LocalDate today, Locale locale) {
        return day(LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone), today, locale);
    }
}
