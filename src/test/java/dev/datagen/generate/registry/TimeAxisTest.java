package dev.datagen.generate.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The weighted time axis: its inverse distribution stays in the span, never lands on a weightless hour, and grows with u. */
class TimeAxisTest {
    private static final long START = Instant.parse("2025-03-03T10:30:00Z").getEpochSecond(); // a Monday
    private static final long END = Instant.parse("2025-03-10T15:45:00Z").getEpochSecond();

    @Test
    void fractionsMapIntoTheSpanInOrderAndOnlyOntoWeightedTimes() {
        double[] hours = new double[24];
        Arrays.fill(hours, 9, 17, 1.0); // 9:00 to 17:00 only
        double[] weekdays = {1, 1, 1, 1, 1, 0, 0}; // no weekends
        TimeAxis axis = new TimeAxis(START, END, hours, weekdays, ones(12), 2.0);
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < 10_000; i++) {
            long t = axis.at(i / 10_000.0);
            assertThat(t).isBetween(START, END - 1).isGreaterThanOrEqualTo(previous);
            var time = Instant.ofEpochSecond(t).atOffset(ZoneOffset.UTC);
            assertThat(time.getHour()).isBetween(9, 16);
            assertThat(time.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
            previous = t;
        }
    }

    @Test
    void aFlatAxisIsUniform() {
        TimeAxis axis = new TimeAxis(START, END, ones(24), ones(7), ones(12), 1.0);
        assertThat(axis.at(0)).isEqualTo(START);
        assertThat((double) axis.at(0.5)).isCloseTo((START + END) / 2.0, org.assertj.core.data.Offset.offset(2.0));
        assertThat(axis.at(Math.nextDown(1.0))).isEqualTo(END - 1);
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }
}
