package dev.datagen.generate.semantic;

import java.math.BigDecimal;

/**
 * What a column can hold, as far as a semantic generator needs to know: its family, the longest
 * text (-1 = no limit), the inclusive number range at the column's scale (type limits and CHECK
 * bounds already applied by the planner), and whether timestamps carry a zone.
 */
public record Target(Family family, int maxLength, BigDecimal min, BigDecimal max, int scale, boolean withZone) {
    /** Decimals drawn; a wider scale is padded with zeros (keeps the unscaled value in a long). */
    static final int MAX_DRAWN_SCALE = 9;

    public static Target text(int maxLength) {
        return new Target(Family.TEXT, maxLength, null, null, 0, false);
    }

    public static Target number(Family family, BigDecimal min, BigDecimal max, int scale) {
        return new Target(family, -1, min, max, scale, false);
    }

    public static Target time(Family family, boolean withZone) {
        return new Target(family, -1, null, null, 0, withZone);
    }

    /** Whether a number range is narrow enough to draw from (its unscaled bounds fit a long with room to spare). */
    public boolean isDrawable() {
        return drawable(min) && drawable(max);
    }

    private boolean drawable(BigDecimal v) {
        return v.movePointRight(Math.min(scale, MAX_DRAWN_SCALE)).abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 4)) < 0;
    }

    /** Whether {@code length} characters fit. */
    public boolean fits(int length) {
        return maxLength < 0 || length <= maxLength;
    }
}
