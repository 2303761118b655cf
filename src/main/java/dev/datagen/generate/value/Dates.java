package dev.datagen.generate.value;

/** Fast ISO text for epoch seconds/days in UTC, without java.time allocations on the hot path. */
public final class Dates {

    private Dates() {
    }

    /** {@code yyyy-MM-dd} for days since 1970-01-01 (proleptic Gregorian, as PostgreSQL). */
    public static void appendDate(StringBuilder sb, long epochDay) {
        long ymd = civil(epochDay);
        if (ymd >= 0 && ymd <= 9999_12_31) { // years 0 to 9999: each field fits its width
            int date = (int) ymd;
            int year = date / 10000;
            int monthDay = date - year * 10000;
            twoDigits(sb, year / 100);
            twoDigits(sb, year % 100).append('-');
            twoDigits(sb, monthDay / 100).append('-');
            twoDigits(sb, monthDay % 100);
            return;
        }
        pad(sb, ymd / 10000, 4).append('-');
        pad(sb, ymd / 100 % 100, 2).append('-');
        pad(sb, ymd % 100, 2);
    }

    /** The calendar date of days since 1970-01-01 as the number yyyyMMdd (years 0 to 9999). */
    public static long civil(long epochDay) {
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
        return y * 10000 + m * 100 + d;
    }

    /** Days since 1970-01-01 of a calendar date (Howard Hinnant's days_from_civil). */
    public static long epochDay(long year, long month, long day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** {@code HH:mm:ss} for seconds within a day. */
    public static void appendTime(StringBuilder sb, long secondOfDay) {
        if (secondOfDay >= 0 && secondOfDay < 86400) {
            int s = (int) secondOfDay;
            int minutes = s / 60;
            twoDigits(sb, minutes / 60).append(':');
            twoDigits(sb, minutes % 60).append(':');
            twoDigits(sb, s - minutes * 60);
            return;
        }
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

    /** {@code v} (0–99) as two digits; int division by a constant, no String. */
    private static StringBuilder twoDigits(StringBuilder sb, int v) {
        int tens = v / 10;
        return sb.append((char) ('0' + tens)).append((char) ('0' + (v - tens * 10)));
    }

    /** The general case (negative or wide values), also the reference the fast paths above must match. */
    static StringBuilder pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
