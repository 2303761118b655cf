package dev.datagen.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The summary of one run, rendered as JSON (one line) or text ({@code key: value} lines), always under
 * {@link #MAX_BYTES} so it fits a Kubernetes termination message: when the per-table rows would not
 * fit, the largest tables are kept and {@code rowsTruncated} is true ({@code totalRows} still counts all).
 */
public final class SummaryDocument {
    /** A Kubernetes termination message holds 4096 bytes. */
    public static final int MAX_BYTES = 4096;
    private static final int MAX_ERROR_CHARS = 1000;
    private static final String ELLIPSIS = "…";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The rendering of --summary-format. */
    public enum Format {
        JSON, TEXT;

        public static Format parse(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "text" -> TEXT;
                default -> throw new IllegalArgumentException("expected json or text, got \"" + name + "\"");
            };
        }
    }

    private final Map<String, Object> facts;
    private final Map<String, Long> rows;
    private final double durationSeconds;
    private final Instant startedAt;
    private final Instant finishedAt;

    SummaryDocument(Map<String, Object> facts, Map<String, Long> rows, double durationSeconds, Instant startedAt, Instant finishedAt) {
        this.facts = facts;
        this.rows = rows;
        this.durationSeconds = durationSeconds;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
    }

    /**
     * The document in {@code format}, under {@link #MAX_BYTES}: as few of the smallest tables' rows left out
     * as needed, and when even no rows are too many, the error and then the location cut short.
     */
    public String render(Format format) {
        List<String> byRowsDescending = rows == null ? List.of()
                : rows.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                        .map(Map.Entry::getKey).toList();
        Map<String, Object> shown = new LinkedHashMap<>(facts);
        shown.computeIfPresent("error", (k, v) -> shorten((String) v));
        // the largest number of tables that fits (fewer tables never make a longer document)
        int low = 0;
        int high = byRowsDescending.size();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (size(render(format, shown, Set.copyOf(byRowsDescending.subList(0, mid)))) < MAX_BYTES) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        Set<String> kept = Set.copyOf(byRowsDescending.subList(0, low));
        for (String field : List.of("error", "location")) {
            String rendered = render(format, shown, kept);
            // escaping can make the rendered excess larger than the cut; each round cuts at least that excess
            while (size(rendered) >= MAX_BYTES && shown.get(field) instanceof String value && !value.isEmpty()) {
                int excess = size(rendered) - (MAX_BYTES - 1);
                shown.put(field, cutToBytes(value, size(value) - excess));
                rendered = render(format, shown, kept);
            }
        }
        return render(format, shown, kept);
    }

    private String render(Format format, Map<String, Object> shown, Set<String> keptTables) {
        Map<String, Object> doc = new LinkedHashMap<>(shown);
        if (rows != null) {
            Map<String, Long> kept = new LinkedHashMap<>();
            rows.forEach((table, n) -> {
                if (keptTables.contains(table)) {
                    kept.put(table, n);
                }
            });
            doc.put("rows", kept);
            if (kept.size() < rows.size()) {
                doc.put("rowsTruncated", true);
            }
            doc.put("totalRows", rows.values().stream().mapToLong(Long::longValue).sum());
        }
        doc.put("durationSeconds", Math.round(durationSeconds * 1000) / 1000.0);
        doc.put("startedAt", startedAt.toString());
        doc.put("finishedAt", finishedAt.toString());
        return format == Format.JSON ? json(doc) : text(doc);
    }

    private static String json(Map<String, Object> doc) {
        try {
            return JSON.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the summary: " + e.getMessage(), e);
        }
    }

    private static String text(Map<String, Object> doc) {
        StringBuilder out = new StringBuilder();
        doc.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map) {
                out.append(key).append(":\n");
                map.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
            } else {
                out.append(key).append(": ").append(value).append('\n');
            }
        });
        return out.toString();
    }

    private static String shorten(String error) {
        String line = error.replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= MAX_ERROR_CHARS ? line : line.substring(0, MAX_ERROR_CHARS - 1) + ELLIPSIS;
    }

    /** The longest start of {@code text} that fits {@code budget} UTF-8 bytes with a closing "…"; empty when nothing fits. */
    static String cutToBytes(String text, int budget) {
        if (size(text) <= budget) {
            return text;
        }
        int room = budget - size(ELLIPSIS);
        if (room <= 0) {
            return "";
        }
        int end = 0;
        int bytes = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int n = size(new String(Character.toChars(cp)));
            if (bytes + n > room) {
                break;
            }
            bytes += n;
            end += Character.charCount(cp);
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    private static int size(String rendered) {
        return rendered.getBytes(StandardCharsets.UTF_8).length;
    }
}
