package dev.datagen.plan;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** PostgreSQL's default constraint and index names ({@code orders_customer_id_fkey}), unique per schema. */
final class Names {
    private static final int MAX_BYTES = 63;
    private final Set<String> used = new HashSet<>();

    /** Registers a user-chosen name. */
    String explicit(String name) {
        used.add(name);
        return name;
    }

    /** {@code table_col1_col2_suffix}, truncated to 63 bytes, numbered when taken (as ChooseRelationName). */
    String choose(String table, List<String> columns, String suffix) {
        String middle = columns.isEmpty() ? "" : "_" + String.join("_", columns);
        for (int n = 0; ; n++) {
            String tail = "_" + suffix + (n == 0 ? "" : Integer.toString(n));
            String head = truncate(table + middle, MAX_BYTES - tail.length());
            String candidate = head + tail;
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }

    private static String truncate(String s, int maxBytes) {
        while (s.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
