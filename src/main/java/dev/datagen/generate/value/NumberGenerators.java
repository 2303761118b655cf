package dev.datagen.generate.value;

import dev.datagen.generate.ColumnGenerator;
import java.math.BigDecimal;

/** Integers, decimals and floats within a range. */
public final class NumberGenerators {
    private NumberGenerators() {
    }

    /** Uniform integer in [min, max]. */
    public static ColumnGenerator integer(long columnKey, long min, long max) {
        return (row, out) -> out.raw(row.rng(columnKey).between(min, max));
    }

    /** Row number + start: serial and sequential keys. */
    public static ColumnGenerator sequential(long start) {
        return (row, out) -> out.raw(start + row.row());
    }

    /** Distinct integers: offset + a permutation of the row numbers. */
    public static ColumnGenerator uniqueInteger(long columnKey, long offset, long rowCount) {
        Permutation p = new Permutation(rowCount, columnKey);
        return (row, out) -> out.raw(offset + p.apply(row.row()));
    }

    /**
     * A decimal with {@code scale} digits after the point, uniform in [min, max] (values given in
     * units, e.g. 1.00 .. 2000.00). Computed on the unscaled long so it stays exact.
     */
    public static ColumnGenerator decimal(long columnKey, BigDecimal min, BigDecimal max, int scale) {
        long lo = min.movePointRight(scale).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
        long hi = max.movePointRight(scale).setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        return (row, out) -> out.decimal(row.rng(columnKey).between(lo, hi), scale);
    }

    /** Distinct decimals: (offset + permuted row) at the given scale. */
    public static ColumnGenerator uniqueDecimal(long columnKey, long offset, long rowCount, int scale) {
        Permutation p = new Permutation(rowCount, columnKey);
        return (row, out) -> out.raw((offset + p.apply(row.row())) + (scale > 0 ? "." + "0".repeat(scale) : ""));
    }

    public static ColumnGenerator floating(long columnKey, double min, double max, int decimals) {
        double factor = Math.pow(10, decimals);
        return (row, out) -> {
            double v = min + row.rng(columnKey).nextDouble() * (max - min);
            out.decimal(Math.round(v * factor), decimals);
        };
    }
}
