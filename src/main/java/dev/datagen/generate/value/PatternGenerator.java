package dev.datagen.generate.value;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from a pattern such as {@code ACC-{year}-{seq:6}}: {@code {seq}}/{@code {seq:N}} (row number
 * from 1, zero-padded to N), {@code {year}}, {@code {digits:N}}, {@code {letters:N}}, {@code {upper:N}}.
 */
public final class PatternGenerator {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(seq|year|digits|letters|upper)(?::(\\d+))?}");

    private PatternGenerator() {
    }

    /** Whether the pattern makes every row distinct (it contains {seq}). */
    public static boolean isUnique(String pattern) {
        return pattern.contains("{seq");
    }

    /** Validates a pattern; returns an error message or null. */
    public static String check(String pattern) {
        Matcher m = Pattern.compile("\\{([^}]*)}").matcher(pattern);
        while (m.find()) {
            if (!PLACEHOLDER.matcher(m.group()).matches()) {
                return "unknown placeholder " + m.group() + " in pattern \"" + pattern
                        + "\"; use {seq}, {seq:N}, {year}, {digits:N}, {letters:N} or {upper:N}";
            }
        }
        return null;
    }

    public static ColumnGenerator of(long columnKey, String pattern) {
        List<Object> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (m.find()) {
            parts.add(pattern.substring(last, m.start()));
            parts.add(new String[] {m.group(1), m.group(2)});
            last = m.end();
        }
        parts.add(pattern.substring(last));
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            StringBuilder sb = new StringBuilder(pattern.length() + 8);
            for (Object part : parts) {
                if (part instanceof String literal) {
                    sb.append(literal);
                    continue;
                }
                String[] p = (String[]) part;
                int n = p[1] == null ? -1 : Integer.parseInt(p[1]);
                switch (p[0]) {
                    case "seq" -> Dates.pad(sb, row.row() + 1, Math.max(n, 1));
                    case "year" -> {
                        long createdDay = Math.floorDiv(row.createdEpochSecond(), 86400);
                        StringBuilder d = new StringBuilder();
                        Dates.appendDate(d, createdDay);
                        sb.append(d, 0, 4);
                    }
                    case "digits" -> repeat(sb, Math.max(n, 1), () -> (char) ('0' + r.nextInt(10)));
                    case "letters" -> repeat(sb, Math.max(n, 1), () -> (char) ('a' + r.nextInt(26)));
                    default -> repeat(sb, Math.max(n, 1), () -> (char) ('A' + r.nextInt(26)));
                }
            }
            out.text(sb);
        };
    }

    private static void repeat(StringBuilder sb, int n, java.util.function.Supplier<Character> c) {
        for (int i = 0; i < n; i++) {
            sb.append(c.get().charValue());
        }
    }
}
