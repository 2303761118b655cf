package dev.datagen.generate.registry;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.value.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from a pattern such as {@code ACC-{year}-{seq:6}}: {@code {seq}}/{@code {seq:N}} (row number
 * from 1, zero-padded to N), {@code {year}}, {@code {digits:N}}, {@code {letters:N}}, {@code {upper:N}}.
 * With {@code {seq}} every row is distinct.
 */
final class PatternGenerator implements GeneratorFactory {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(seq|year|digits|letters|upper)(?::(\\d+))?}");
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    @Override
    public Set<String> configKeys() {
        return Set.of("pattern");
    }

    @Override
    public ColumnGenerator create(GeneratorRequest request) {
        String pattern = request.config().text("pattern");
        if (pattern == null) {
            throw new IllegalArgumentException("pattern needs generator_config.pattern, e.g. {\"pattern\": \"ACC-{year}-{seq:6}\"}");
        }
        List<Object> parts = parse(pattern);
        request.limits().requireNoAllowedList("pattern \"" + pattern + "\"");
        request.limits().requireLength(maxLength(parts, request.rowCount()), "pattern \"" + pattern + "\"");
        return generator(request.key(), parts, pattern.length() + 8);
    }

    @Override
    public ColumnGenerator createUnique(GeneratorRequest request) {
        String pattern = request.config().text("pattern");
        return pattern != null && pattern.contains("{seq") ? create(request) : null;
    }

    /** Literal strings and placeholders {kind, width or null}; an error for unknown placeholders. */
    private static List<Object> parse(String pattern) {
        Matcher any = ANY_PLACEHOLDER.matcher(pattern);
        while (any.find()) {
            if (!PLACEHOLDER.matcher(any.group()).matches()) {
                throw new IllegalArgumentException("unknown placeholder " + any.group() + " in pattern \"" + pattern
                        + "\"; use {seq}, {seq:N}, {year}, {digits:N}, {letters:N} or {upper:N}");
            }
        }
        List<Object> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (m.find()) {
            parts.add(pattern.substring(last, m.start()));
            parts.add(new String[] {m.group(1), m.group(2)});
            last = m.end();
        }
        parts.add(pattern.substring(last));
        return parts;
    }

    private static int width(String[] placeholder) {
        return placeholder[1] == null ? 1 : Math.max(1, Integer.parseInt(placeholder[1]));
    }

    /** The longest value the pattern makes for {@code rows} rows. */
    private static long maxLength(List<Object> parts, long rows) {
        long length = 0;
        for (Object part : parts) {
            if (part instanceof String literal) {
                length += literal.codePointCount(0, literal.length());
            } else {
                String[] p = (String[]) part;
                length += switch (p[0]) {
                    case "seq" -> Math.max(width(p), Long.toString(Math.max(1, rows)).length());
                    case "year" -> 4;
                    default -> width(p);
                };
            }
        }
        return length;
    }

    private static ColumnGenerator generator(long columnKey, List<Object> parts, int capacity) {
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            StringBuilder sb = new StringBuilder(capacity);
            for (Object part : parts) {
                if (part instanceof String literal) {
                    sb.append(literal);
                    continue;
                }
                String[] p = (String[]) part;
                int n = width(p);
                switch (p[0]) {
                    case "seq" -> {
                        String seq = Long.toString(row.row() + 1);
                        for (int i = seq.length(); i < n; i++) {
                            sb.append('0');
                        }
                        sb.append(seq);
                    }
                    case "year" -> {
                        StringBuilder d = new StringBuilder(10);
                        Dates.appendDate(d, Math.floorDiv(row.createdEpochSecond(), 86400));
                        sb.append(d, 0, 4);
                    }
                    case "digits" -> repeat(sb, n, r, '0', 10);
                    case "letters" -> repeat(sb, n, r, 'a', 26);
                    default -> repeat(sb, n, r, 'A', 26);
                }
            }
            out.text(sb);
        };
    }

    private static void repeat(StringBuilder sb, int n, Rng r, char first, int range) {
        for (int i = 0; i < n; i++) {
            sb.append((char) (first + r.nextInt(range)));
        }
    }
}
