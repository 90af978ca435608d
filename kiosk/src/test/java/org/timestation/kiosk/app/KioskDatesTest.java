package org.timestation.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.timestation.text.Text;

/** One way to say a day on every screen: month and day, the year only when it is another year's. */
class KioskDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void thisYearsDayHasNoYearAnotherYearsHasIt() {
        assertThat(KioskDates.day(LocalDate.of(2026, 12, 2), TODAY, Text.ZH)).isEqualTo("12月2日");
        assertThat(KioskDates.day(LocalDate.of(2027, 1, 3), TODAY, Text.ZH)).isEqualTo("2027年1月3日");
        assertThat(KioskDates.day(LocalDate.of(2025, 11, 30), TODAY, Text.ZH)).isEqualTo("2025年11月30日");
        assertThat(KioskDates.day(LocalDate.of(2026, 12, 2), TODAY, Text.EN)).isEqualTo("2 Dec");
        assertThat(KioskDates.day(LocalDate.of(2027, 1, 3), TODAY, Text.EN)).isEqualTo("3 Jan 2027");
    }

    @Test
    void aMomentWithItsTimeSaysTheYearOnlyForAnotherYear() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        long now = ZonedDateTime.of(2026, 12, 20, 10, 0, 0, 0, shanghai).toInstant().toEpochMilli();
        long soon = ZonedDateTime.of(2026, 12, 23, 9, 0, 0, 0, shanghai).toInstant().toEpochMilli();
        long nextYear = ZonedDateTime.of(2027, 1, 3, 9, 0, 0, 0, shanghai).toInstant().toEpochMilli();
        assertThat(KioskDates.when(soon, shanghai, now, Text.ZH)).isEqualTo("12月23日 星期三 09:00");
        assertThat(KioskDates.when(nextYear, shanghai, now, Text.ZH)).isEqualTo("2027年1月3日 星期日 09:00");
        assertThat(KioskDates.when(nextYear, shanghai, now, Text.EN)).isEqualTo("Sun 3 Jan 2027, 09:00");
    }

    @Test
    void aMomentIsDatedInTheStationsZone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        long lateUtc = ZonedDateTime.of(2026, 11, 30, 17, 0, 0, 0, ZoneId.of("UTC")).toInstant().toEpochMilli();
        assertThat(KioskDates.day(lateUtc, shanghai, TODAY, Text.ZH)).as("01:00 on 1 December in Shanghai").isEqualTo("12月1日");
        assertThat(KioskDates.day(lateUtc, ZoneId.of("UTC"), TODAY, Text.ZH)).isEqualTo("11月30日");
    }
}
