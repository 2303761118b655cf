package dev.datagen.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Inclusive numeric bounds for a column, from its type, generator_config and CHECK constraints. */
record ValueRange(BigDecimal min, BigDecimal max) {
    static ValueRange of(long min, long max) {
        return new ValueRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /** Narrows to [min, max] when given (null = unchanged). */
    ValueRange narrow(BigDecimal newMin, BigDecimal newMax) {
        BigDecimal lo = newMin == null || newMin.compareTo(min) < 0 ? min : newMin;
        BigDecimal hi = newMax == null || newMax.compareTo(max) > 0 ? max : newMax;
        return new ValueRange(lo, hi);
    }

    /** Applies CHECK bounds; exclusive bounds move by one unit of the column's scale. */
    ValueRange apply(CheckRules.Bounds b, int scale) {
        if (b == null) {
            return this;
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal lo = b.min == null ? null : b.minExclusive ? b.min.setScale(scale, RoundingMode.FLOOR).add(unit) : b.min.setScale(scale, RoundingMode.CEILING);
        BigDecimal hi = b.max == null ? null : b.maxExclusive ? b.max.setScale(scale, RoundingMode.CEILING).subtract(unit) : b.max.setScale(scale, RoundingMode.FLOOR);
        // a bound outside the default range replaces it rather than emptying it
        ValueRange r = this;
        if (lo != null && lo.compareTo(r.max) > 0) {
            r = new ValueRange(lo, lo.add(BigDecimal.valueOf(1000)));
        }
        if (hi != null && hi.compareTo(r.min) < 0) {
            r = new ValueRange(hi.subtract(BigDecimal.valueOf(1000)), hi);
        }
        return r.narrow(lo, hi);
    }

    boolean isEmpty() {
        return min.compareTo(max) > 0;
    }

    long minLong() {
        return min.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    long maxLong() {
        return max.setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
