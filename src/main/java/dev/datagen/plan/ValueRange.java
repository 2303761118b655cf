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

    /** Applies CHECK bounds as defaults do: a bound outside this range moves the range rather than emptying it. */
    ValueRange apply(CheckRules.Bounds b, int scale) {
        if (b == null) {
            return this;
        }
        BigDecimal lo = low(b, scale);
        BigDecimal hi = high(b, scale);
        ValueRange r = this;
        if (lo != null && lo.compareTo(r.max) > 0) {
            r = new ValueRange(lo, lo.add(BigDecimal.valueOf(1000)));
        }
        if (hi != null && hi.compareTo(r.min) < 0) {
            r = new ValueRange(hi.subtract(BigDecimal.valueOf(1000)), hi);
        }
        return r.narrow(lo, hi);
    }

    /** The part of this range the CHECK bounds allow (possibly empty). */
    ValueRange within(CheckRules.Bounds b, int scale) {
        return b == null ? this : narrow(low(b, scale), high(b, scale));
    }

    /** The smallest value at this scale the bounds allow; exclusive bounds move by one unit of the scale. */
    private static BigDecimal low(CheckRules.Bounds b, int scale) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        return b.min == null ? null : b.minExclusive ? b.min.setScale(scale, RoundingMode.FLOOR).add(unit) : b.min.setScale(scale, RoundingMode.CEILING);
    }

    private static BigDecimal high(CheckRules.Bounds b, int scale) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        return b.max == null ? null : b.maxExclusive ? b.max.setScale(scale, RoundingMode.CEILING).subtract(unit) : b.max.setScale(scale, RoundingMode.FLOOR);
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
