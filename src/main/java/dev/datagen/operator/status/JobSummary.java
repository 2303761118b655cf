package dev.datagen.operator.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datagen.operator.crd.Result;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The job runner's summary (one JSON document in the container's termination message), read
 * tolerantly: a message that is not JSON, or fields of the wrong type, give what could be read and
 * never an exception — the termination message may also be the last log lines of a crashed pod.
 */
public record JobSummary(String status, Integer exitCode, String error, Result result) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Optional<JobSummary> parse(String message) {
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(message.strip());
        } catch (Exception e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        Map<String, Long> rows = null;
        if (root.path("rows").isObject()) {
            rows = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : root.path("rows").properties()) {
                if (e.getValue().canConvertToExactIntegral()) {
                    rows.put(e.getKey(), e.getValue().asLong());
                }
            }
        }
        Long bytes = number(root, "bytes");
        Long totalRows = number(root, "totalRows");
        if (totalRows == null && rows != null) {
            totalRows = rows.values().stream().mapToLong(Long::longValue).sum();
        }
        Result result = new Result(rows, totalRows, bytes, bytes == null ? null : humanSize(bytes), text(root, "sha256"), text(root, "location"));
        Long exit = number(root, "exitCode");
        return Optional.of(new JobSummary(text(root, "status"), exit == null ? null : exit.intValue(), text(root, "error"), result));
    }

    public boolean failed() {
        return "failed".equalsIgnoreCase(status);
    }

    /** Decimal units, as the runner prints them: 206800000 → "206.8 MB". */
    public static String humanSize(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = -1;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static Long number(JsonNode root, String field) {
        JsonNode n = root.path(field);
        return n.isNumber() && n.canConvertToExactIntegral() ? n.asLong() : null;
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.path(field);
        return n.isValueNode() && !n.isNull() ? n.asText() : null;
    }
}
