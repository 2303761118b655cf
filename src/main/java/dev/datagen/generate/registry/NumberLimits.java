package dev.datagen.generate.registry;

import dev.datagen.generate.ValueOut;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a number column may hold: the type's range narrowed by its CHECK constraints (inclusive, at
 * the column's scale), the range used when the settings give none, and the number of decimals.
 * Values are handled as unscaled longs (12.34 at scale 2 is 1234).
 *
 * @param source what the limits come from, for messages: "integer" or "integer and CHECK (qty > 0)"
 */
public record NumberLimits(BigDecimal min, BigDecimal max, BigDecimal defaultMin, BigDecimal defaultMax, int scale,
        String source) {
    /** Beyond this the unscaled arithmetic could overflow; no generated value comes near it. */
    private static final BigDecimal UNSCALED_LIMIT = BigDecimal.valueOf(1L << 62);

    /**
     * The range asked for by {@code min}/{@code max} of the settings (one may be left out), within
     * these limits: clamped when it sticks out, an error when nothing of it is left. Without either
     * key: the default range.
     */
    public BigDecimal[] range(GeneratorConfig config) {
        BigDecimal lo = config.decimal("min");
        BigDecimal hi = config.decimal("max");
        if (lo == null && hi == null) {
            return new BigDecimal[] {defaultMin, defaultMax};
        }
        BigDecimal width = defaultMax.subtract(defaultMin);
        BigDecimal from = lo != null ? lo : hi.subtract(width).max(defaultMin.min(hi));
        BigDecimal to = hi != null ? hi : lo.add(width);
        if (from.compareTo(to) > 0) {
            throw config.error("min", from.toPlainString() + " is greater than max " + to.toPlainString());
        }
        BigDecimal clampedFrom = from.max(min).setScale(scale, RoundingMode.CEILING);
        BigDecimal clampedTo = to.min(max).setScale(scale, RoundingMode.FLOOR);
        if (clampedFrom.compareTo(clampedTo) > 0) {
            throw new IllegalArgumentException(describe(lo, hi, config) + " lies outside what " + source + " allows ("
                    + min.toPlainString() + " to " + max.toPlainString() + ")");
        }
        return new BigDecimal[] {clampedFrom, clampedTo};
    }

    private static String describe(BigDecimal lo, BigDecimal hi, GeneratorConfig config) {
        if (lo != null && hi != null) {
            return "the range " + config.name("min") + " " + lo.toPlainString() + " to " + config.name("max") + " " + hi.toPlainString();
        }
        return lo != null ? config.name("min") + " " + lo.toPlainString() : config.name("max") + " " + hi.toPlainString();
    }

    /** An error when {@code value} is outside the limits; {@code what} names it in the message. */
    public void require(BigDecimal value, String what) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " " + value.stripTrailingZeros().toPlainString() + " is outside what " + source
                    + " allows (" + min.toPlainString() + " to " + max.toPlainString() + ")");
        }
    }

    /** {@code value} at this scale, as an unscaled long (rounded half up). */
    public long unscaled(BigDecimal value) {
        BigDecimal u = value.movePointRight(scale).setScale(0, RoundingMode.HALF_UP);
        return u.max(UNSCALED_LIMIT.negate()).min(UNSCALED_LIMIT).longValueExact();
    }

    /** The nearest unscaled value to {@code value} within [lo, hi]. */
    public long clamp(double value, long lo, long hi) {
        double u = Math.rint(value * Math.pow(10, scale));
        return u <= lo ? lo : u >= hi ? hi : (long) u;
    }

    /** The value as a double in units (1234 at scale 2 → 12.34). */
    public double units(long unscaled) {
        return unscaled / Math.pow(10, scale);
    }

    public void write(long unscaled, ValueOut out) {
        out.decimal(unscaled, scale);
    }
}
