package dev.datagen.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/** Row-count customization of a whole schema: {@code --scale} and {@code --set TABLE.rows=N}. */
public final class RowCountOverrides {
    private RowCountOverrides() {
    }

    /**
     * Every given row count times {@code factor} (greater than 0; the command line checks it), rounded; a table
     * that had rows keeps at least one. Tables with {@code fixed_rows} keep theirs (four plans stay four), and
     * tables without a row count keep none (theirs is derived from their parents, which scale).
     */
    public static Schema scale(Schema schema, double factor) {
        Map<String, Table> tables = new LinkedHashMap<>();
        schema.tables().forEach((name, t) -> tables.put(name, t.rowCount() == null || t.hasFixedRows() ? t
                : t.withRowCount(t.rowCount() == 0 ? 0 : Math.max(1, Math.round(t.rowCount() * factor)))));
        return schema.withTables(tables);
    }

    /** {@code table} with {@code rows} rows; an unknown table is an error with a suggestion. */
    public static Schema set(Schema schema, String table, long rows) {
        Table t = schema.tables().get(table);
        if (t == null) {
            throw new IllegalArgumentException(Suggestions.withSuggestion("no table \"" + table + "\"", table, schema.tables().keySet()));
        }
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be 0 or more, got " + rows);
        }
        Map<String, Table> tables = new LinkedHashMap<>(schema.tables());
        tables.put(table, t.withRowCount(rows));
        return schema.withTables(tables);
    }
}
