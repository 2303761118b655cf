package dev.datagen.generate.semantic;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.semantic.Semantic.Kind;
import dev.datagen.generate.value.Dates;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers with a meaning: amounts spread on a log scale, prices with shop cents, small quantities,
 * ratings leaning high, ages from the row's person, coordinates from its place. Values are drawn as
 * unscaled longs inside the target's range (which already honours the type and CHECK bounds), so
 * they never leave it.
 */
final class NumberKinds {
    private static final long[] WELL_KNOWN_PORTS = {80, 443, 8080, 5432, 3306, 6379, 22, 25, 8443, 3000, 9200, 27017};
    private static final long[] HTTP_STATUSES = {200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200,
        201, 204, 301, 302, 304, 304, 400, 401, 403, 404, 404, 500};
    private static final int[] PRICE_CENTS = {99, 99, 99, 49, 95, 0, 0};

    /** Draws one unscaled value for the row (may fall outside [lo, hi]; the caller clamps). */
    private interface Draw {
        long draw(RowContext row, Rng r);
    }

    private NumberKinds() {
    }

    static ColumnGenerator generator(Kind kind, long key, Target t) {
        int scale = Math.min(t.scale(), Target.MAX_DRAWN_SCALE);
        long unit = pow10(scale);
        long lo = t.min().movePointRight(scale).setScale(0, RoundingMode.CEILING).longValueExact();
        long hi = t.max().movePointRight(scale).setScale(0, RoundingMode.FLOOR).longValueExact();
        Draw draw = switch (kind.shape) {
            case UNIFORM -> (row, r) -> r.between(lo, hi);
            case LOG -> logScale(lo, hi);
            case PRICE -> {
                Draw log = logScale(lo, hi);
                yield (row, r) -> shopCents(r, log.draw(row, r), lo, hi, unit);
            }
            case SMALL -> (row, r) -> ceilTo(lo, unit) + unit * (long) (Math.log(1 - r.nextDouble()) / Math.log(0.45));
            case HIGH -> (row, r) -> lo + Math.round(Math.sqrt(r.nextDouble()) * (hi - lo));
            case SPECIAL -> special(kind, unit);
        };
        if (scale < t.scale()) {
            // more decimals than drawn (numeric(30,12)): the rest are zeros
            int columnScale = t.scale();
            return (row, out) -> out.raw(BigDecimal.valueOf(clamp(draw, row, key, lo, hi), scale).setScale(columnScale).toPlainString());
        }
        return (row, out) -> out.decimal(clamp(draw, row, key, lo, hi), scale);
    }

    private static long clamp(Draw draw, RowContext row, long key, long lo, long hi) {
        return Math.max(lo, Math.min(hi, draw.draw(row, row.rng(key))));
    }

    private static Draw special(Kind kind, long unit) {
        return switch (kind) {
            case AGE -> (row, r) -> unit * age(row.person().birthEpochDay(), today(row));
            case BIRTH_YEAR -> (row, r) -> unit * (Dates.civil(row.person().birthEpochDay()) / 10000);
            case LATITUDE -> (row, r) -> Math.round(unit * (row.place().place().latitude() + jitter(row, 0)));
            case LONGITUDE -> (row, r) -> Math.round(unit * (row.place().place().longitude() + jitter(row, 1)));
            case YEAR -> (row, r) -> {
                double u = r.nextDouble();
                return unit * (Dates.civil(today(row)) / 10000 - (long) (31 * u * u));
            };
            case PORT -> (row, r) -> unit * (r.chance(0.3) ? WELL_KNOWN_PORTS[r.nextInt(WELL_KNOWN_PORTS.length)] : r.between(1024, 65535));
            case HTTP_STATUS -> (row, r) -> unit * HTTP_STATUSES[r.nextInt(HTTP_STATUSES.length)];
            default -> throw new IllegalArgumentException(kind + " has no number rule");
        };
    }

    /** Full years from a birth day to today, as a birthday party would count them. */
    static long age(long birthDay, long today) {
        long b = Dates.civil(birthDay);
        long n = Dates.civil(today);
        return n / 10000 - b / 10000 - (n % 10000 < b % 10000 ? 1 : 0);
    }

    private static long today(RowContext row) {
        return Math.floorDiv(row.referenceInstant().getEpochSecond(), 86400);
    }

    /** A few hundred metres around the place, the same for the row's latitude and longitude columns. */
    private static double jitter(RowContext row, int coordinate) {
        Rng g = row.place().detail(PlaceKinds.GEO);
        double lat = g.nextDouble();
        return ((coordinate == 0 ? lat : g.nextDouble()) - 0.5) * 0.04;
    }

    /** Log-uniform over the top three decades of the range (a few values below, when the range starts at 0 or less). */
    private static Draw logScale(long lo, long hi) {
        double bottom = Math.max(Math.max(lo, 1), hi / 1000.0);
        if (hi <= bottom) {
            return (row, r) -> r.between(lo, hi);
        }
        double decades = Math.log(hi / bottom);
        long below = Math.max(lo, (long) bottom);
        return (row, r) -> lo < bottom && r.chance(0.05) ? r.between(lo, below) : (long) (bottom * Math.exp(r.nextDouble() * decades));
    }

    /** 12.99, 4.49, 20.00: a shop's cents, when the column has cents and the price stays in range. */
    private static long shopCents(Rng r, long v, long lo, long hi, long unit) {
        if (unit < 100) {
            return v;
        }
        long cents = PRICE_CENTS[r.nextInt(PRICE_CENTS.length)] * (unit / 100);
        long p = v / unit * unit + cents;
        return p >= lo && p <= hi ? p : v;
    }

    private static long ceilTo(long v, long unit) {
        return Math.floorDiv(v + unit - 1, unit) * unit;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
