package dev.datagen.schema;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Rule helpers shared by the validators; each adds its findings to {@code out}. */
final class Checks {
    /** PostgreSQL truncates longer identifiers (NAMEDATALEN - 1). */
    static final int MAX_NAME_BYTES = 63;

    private Checks() {
    }

    /** A name PostgreSQL can take when quoted: non-empty and at most 63 bytes. Returns whether it is. */
    static boolean name(SchemaPath path, String what, String name, List<Problem> out) {
        if (name == null || name.isEmpty()) {
            out.add(path.problem(what + " is missing"));
            return false;
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            out.add(path.problem(what + " \"" + name + "\" is " + bytes + " bytes long; PostgreSQL allows at most "
                    + MAX_NAME_BYTES));
            return false;
        }
        return true;
    }

    /** An optional constraint or index name: absent is fine, given must be a valid name. */
    static void optionalName(SchemaPath path, String name, List<Problem> out) {
        if (name != null) {
            name(path, "name", name, out);
        }
    }

    /**
     * {@code value} must be one of {@code allowed} (case-insensitive). Reports
     * {@code unknown <what> "x"; did you mean "y"?} or, with nothing close, the allowed list.
     */
    static boolean oneOf(SchemaPath path, String what, String value, List<String> allowed, List<Problem> out) {
        String normalized = value.trim().replaceAll("\\s+", " ");
        if (allowed.stream().anyMatch(a -> a.equalsIgnoreCase(normalized))) {
            return true;
        }
        String message = "unknown " + what + " \"" + value + "\"";
        message = Suggestions.closest(normalized, allowed)
                .map(s -> "unknown " + what + " \"" + value + "\"; did you mean \"" + s + "\"?")
                .orElse(message + "; use one of " + String.join(", ", allowed));
        out.add(path.problem(message));
        return false;
    }

    /** The table's columns by exact name (first definition wins; duplicates are reported elsewhere). */
    static Map<String, Column> columnsByName(Table table) {
        Map<String, Column> byName = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            if (c != null && c.name() != null) {
                byName.putIfAbsent(c.name(), c);
            }
        }
        return byName;
    }

    /**
     * A list of column names of table {@code tableName}: each must exist (with did-you-mean) and appear
     * once; unless {@code mayBeEmpty}, the list needs at least one. Returns whether all is well.
     */
    static boolean columnList(SchemaPath path, List<String> names, String tableName, Table table, boolean mayBeEmpty,
            List<Problem> out) {
        if (names.isEmpty() && !mayBeEmpty) {
            out.add(path.problem("needs at least one column"));
            return false;
        }
        Map<String, Column> columns = columnsByName(table);
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            SchemaPath at = path.index(i);
            if (!column(at, name, tableName, columns.keySet(), out)) {
                ok = false;
            } else if (!seen.add(name)) {
                out.add(at.problem("column \"" + name + "\" is listed twice"));
                ok = false;
            }
        }
        return ok;
    }

    /** One column name of table {@code tableName}: present and known (with did-you-mean). Returns whether it is. */
    static boolean column(SchemaPath at, String name, String tableName, Collection<String> columns, List<Problem> out) {
        if (name == null || name.isEmpty()) {
            out.add(at.problem("column name is missing"));
            return false;
        }
        if (!columns.contains(name)) {
            out.add(at.problem(Suggestions.withSuggestion("no column \"" + name + "\" in table " + tableName, name, columns)));
            return false;
        }
        return true;
    }

    /** A share such as null_ratio: a number from 0 to 1. Returns whether it is one. */
    static boolean ratio(SchemaPath at, Double value, List<Problem> out) {
        if (value != null && !(value >= 0 && value <= 1)) {
            out.add(at.problem("must be between 0 and 1, got " + JsonTexts.number(value)));
            return false;
        }
        return true;
    }

    /** Parses a type, reporting SqlTypes' message at {@code path}; null when it does not parse. */
    static SqlType type(SchemaPath path, String spelling, Collection<String> customTypes, List<Problem> out) {
        try {
            return SqlTypes.parse(spelling, customTypes);
        } catch (IllegalArgumentException e) {
            out.add(path.problem(e.getMessage()));
            return null;
        }
    }

    /** {@code (a, b)} for messages. */
    static String columnsText(Collection<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
