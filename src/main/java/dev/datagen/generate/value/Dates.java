package dev.datagen.generate.value;

/** Fast ISO text for epoch seconds/days in UTC, without java.time allocations on the hot path. */
public final class Dates {
    private Dates() {
    }

    /** {@code yyyy-MM-dd} for days since 1970-01-01 (proleptic Gregorian, as PostgreSQL). */
    public static void appendDate(StringBuilder sb, long epochDay) {
        // Howard Hinnant's civil_from_days
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        pad(sb, y, 4).append('-');
        pad(sb, m, 2).append('-');
        pad(sb, d, 2);
    }

    /** {@code HH:mm:ss} for seconds within a day. */
    public static void appendTime(StringBuilder sb, long secondOfDay) {
        pad(sb, secondOfDay / 3600, 2).append(':');
        pad(sb, secondOfDay / 60 % 60, 2).append(':');
        pad(sb, secondOfDay % 60, 2);
    }

    /** {@code yyyy-MM-dd HH:mm:ss} for epoch seconds. */
    public static void appendTimestamp(StringBuilder sb, long epochSecond) {
        appendDate(sb, Math.floorDiv(epochSecond, 86400));
        sb.append(' ');
        appendTime(sb, Math.floorMod(epochSecond, 86400));
    }

    static StringBuilder pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
