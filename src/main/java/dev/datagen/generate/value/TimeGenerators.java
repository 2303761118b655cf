package dev.datagen.generate.value;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;

/** Dates, times, timestamps and intervals, relative to the run's reference instant. */
public final class TimeGenerators {
    private static final long DAY = 86400;

    private TimeGenerators() {
    }

    /** A timestamp uniform in [fromEpochSecond, toEpochSecond]; with time zone it prints "+00". */
    public static ColumnGenerator timestamp(long columnKey, long fromEpochSecond, long toEpochSecond, boolean withZone) {
        return (row, out) -> out.text(format(row.rng(columnKey).between(fromEpochSecond, toEpochSecond), withZone));
    }

    public static ColumnGenerator date(long columnKey, long fromEpochDay, long toEpochDay) {
        return (row, out) -> {
            StringBuilder sb = new StringBuilder(10);
            Dates.appendDate(sb, row.rng(columnKey).between(fromEpochDay, toEpochDay));
            out.text(sb);
        };
    }

    /** A distinct date per row: consecutive days from a start, permuted. */
    public static ColumnGenerator uniqueDate(long columnKey, long startEpochDay, long rowCount) {
        Permutation p = new Permutation(rowCount, columnKey);
        return (row, out) -> {
            StringBuilder sb = new StringBuilder(10);
            Dates.appendDate(sb, startEpochDay + p.apply(row.row()));
            out.text(sb);
        };
    }

    /** A distinct timestamp per row: one second apart from a start, permuted. */
    public static ColumnGenerator uniqueTimestamp(long columnKey, long startEpochSecond, long rowCount, boolean withZone) {
        Permutation p = new Permutation(rowCount, columnKey);
        return (row, out) -> out.text(format(startEpochSecond + p.apply(row.row()), withZone));
    }

    public static ColumnGenerator time(long columnKey, boolean withZone) {
        return (row, out) -> {
            StringBuilder sb = new StringBuilder(11);
            Dates.appendTime(sb, row.rng(columnKey).nextLong(DAY));
            if (withZone) {
                sb.append("+00");
            }
            out.text(sb);
        };
    }

    /** Intervals such as "3 days 04:05:06". */
    public static ColumnGenerator interval(long columnKey) {
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            StringBuilder sb = new StringBuilder(24);
            sb.append(r.nextInt(60)).append(" days ");
            Dates.appendTime(sb, r.nextLong(DAY));
            out.text(sb);
        };
    }

    public static String format(long epochSecond, boolean withZone) {
        StringBuilder sb = new StringBuilder(22);
        Dates.appendTimestamp(sb, epochSecond);
        if (withZone) {
            sb.append("+00");
        }
        return sb.toString();
    }

    public static String dateOf(long epochSecond) {
        StringBuilder sb = new StringBuilder(10);
        Dates.appendDate(sb, Math.floorDiv(epochSecond, DAY));
        return sb.toString();
    }
}
