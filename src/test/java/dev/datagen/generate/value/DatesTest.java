package dev.datagen.generate.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DatesTest {
    /** Years 0 to 9999 read as ISO dates, the same as java.time writes them. */
    @Test
    void datesMatchJavaTimeForFourDigitYears() {
        long first = LocalDate.of(0, 1, 1).toEpochDay();
        long last = LocalDate.of(9999, 12, 31).toEpochDay();
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 50_000; i++) {
            long day = i < 2 ? (i == 0 ? first : last) : first + (long) (random.nextDouble() * (last - first + 1));
            StringBuilder sb = new StringBuilder();
            Dates.appendDate(sb, day);
            assertThat(sb.toString()).isEqualTo(LocalDate.ofEpochDay(day).toString());
        }
    }

    /** Outside years 0–9999 the fast path steps aside and the general padding writes what it always wrote. */
    @Test
    void datesOutsideFourDigitYearsKeepTheGeneralForm() {
        long[] days = {LocalDate.of(0, 1, 1).toEpochDay() - 1, LocalDate.of(-1, 3, 1).toEpochDay(),
            LocalDate.of(10000, 1, 1).toEpochDay(), LocalDate.of(123456, 7, 8).toEpochDay()};
        for (long day : days) {
            long ymd = Dates.civil(day);
            StringBuilder expected = new StringBuilder();
            Dates.pad(expected, ymd / 10000, 4).append('-');
            Dates.pad(expected, ymd / 100 % 100, 2).append('-');
            Dates.pad(expected, ymd % 100, 2);
            StringBuilder sb = new StringBuilder();
            Dates.appendDate(sb, day);
            assertThat(sb.toString()).isEqualTo(expected.toString());
        }
        StringBuilder sb = new StringBuilder();
        Dates.appendDate(sb, LocalDate.of(10000, 1, 1).toEpochDay());
        assertThat(sb.toString()).isEqualTo("10000-01-01");
    }

    @Test
    void everySecondOfTheDayMatchesJavaTime() {
        for (int s = 0; s < 86400; s++) {
            StringBuilder sb = new StringBuilder();
            Dates.appendTime(sb, s);
            LocalTime t = LocalTime.ofSecondOfDay(s);
            assertThat(sb.toString()).isEqualTo(String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
        }
        StringBuilder sb = new StringBuilder();
        Dates.appendTime(sb, 100 * 3600 + 61); // beyond a day: the general form, as before
        assertThat(sb.toString()).isEqualTo("100:01:01");
    }

    @Test
    void timestampsAroundTheEpochAndBeforeIt() {
        StringBuilder sb = new StringBuilder();
        Dates.appendTimestamp(sb, -1);
        sb.append('|');
        Dates.appendTimestamp(sb, 0);
        sb.append('|');
        Dates.appendTimestamp(sb, 1_767_225_599L);
        assertThat(sb.toString()).isEqualTo("1969-12-31 23:59:59|1970-01-01 00:00:00|2025-12-31 23:59:59");
    }
}
