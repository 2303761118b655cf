package dev.datagen.generate.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Instants and durations as settings write them: ISO dates and timestamps, "15m"/"1h"/"2d" durations. */
final class TimeValues {
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)\\s*(s|m|h|d|w)");
    private static final long[] UNIT_SECONDS = {1, 60, 3600, 86400, 7 * 86400};
    private static final String UNITS = "smhdw";

    private TimeValues() {
    }

    /** Epoch seconds of an ISO date (midnight UTC) or timestamp (UTC unless it has an offset); null when absent. */
    static Long epochSecond(GeneratorConfig config, String key) {
        String text = config.text(key);
        if (text == null) {
            return null;
        }
        String s = text.trim().replace(' ', 'T');
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d(:?\\d\\d)?$")) {
                return OffsetDateTime.parse(s.matches(".*[+-]\\d\\d$") ? s + ":00" : s).toEpochSecond();
            }
            return LocalDateTime.parse(s).toEpochSecond(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw config.error(key, "\"" + text + "\" is not a date (2024-01-31) or timestamp (2024-01-31T12:00:00Z)");
        }
    }

    static long epochSecond(GeneratorConfig config, String key, long otherwise) {
        Long v = epochSecond(config, key);
        return v == null ? otherwise : v;
    }

    /** Seconds of a duration: "90s", "15m", "1h", "1h30m", "2d", "1w", or a number of seconds; null when absent. */
    static Long seconds(GeneratorConfig config, String key) {
        Object v = config.scalar(key);
        if (v == null) {
            return null;
        }
        long seconds = 0;
        if (v instanceof Number) {
            seconds = config.whole(key);
        } else {
            String text = ((String) v).trim().toLowerCase(java.util.Locale.ROOT);
            Matcher m = DURATION_PART.matcher(text);
            int at = 0;
            while (m.find() && m.start() == at) {
                seconds += Long.parseLong(m.group(1)) * UNIT_SECONDS[UNITS.indexOf(m.group(2))];
                at = m.end();
                while (at < text.length() && text.charAt(at) == ' ') {
                    at++;
                }
            }
            if (at == 0 || at != text.length()) {
                throw config.error(key, "\"" + v + "\" is not a duration; write e.g. \"30s\", \"15m\", \"1h\", \"1h30m\", \"1d\" or \"1w\"");
            }
        }
        if (seconds <= 0) {
            throw config.error(key, "must be longer than 0 seconds");
        }
        return seconds;
    }

    static long seconds(GeneratorConfig config, String key, long otherwise) {
        Long v = seconds(config, key);
        return v == null ? otherwise : v;
    }

    static String format(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).toString();
    }
}
