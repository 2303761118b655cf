package dev.datagen.plan;

import dev.datagen.schema.ForeignKey;
import dev.datagen.schema.Problem;
import dev.datagen.schema.Schema;
import dev.datagen.schema.Table;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each table's row count: its row_count; else, when a foreign key gives per_parent, the parent's rows
 * times the average children per parent ((min + max) / 2, rounded down; the first such foreign key
 * decides); else the default. Derived counts chain (orders from customers, items from orders).
 */
final class RowCounts {
    private final Schema schema;
    private final long defaultRows;
    private final List<Problem> problems;
    private final Map<String, Long> counts = new HashMap<>();
    private final Set<String> resolving = new LinkedHashSet<>();

    RowCounts(Schema schema, long defaultRows, List<Problem> problems) {
        this.schema = schema;
        this.defaultRows = defaultRows;
        this.problems = problems;
    }

    long of(String table) {
        Long known = counts.get(table);
        if (known != null) {
            return known;
        }
        Table t = schema.tables().get(table);
        long rows = t.rowCount() != null ? t.rowCount() : derived(table, t);
        counts.put(table, rows);
        return rows;
    }

    private long derived(String table, Table t) {
        for (int i = 0; i < t.foreignKeys().size(); i++) {
            ForeignKey fk = t.foreignKeys().get(i);
            if (fk.perParent() == null) {
                continue;
            }
            if (!resolving.add(table)) {
                String path = "tables." + table + ".foreign_keys[" + i + "].per_parent";
                problems.add(new Problem(path, resolving.size() == 1
                        ? "the row count of " + table + " would follow from itself through per_parent; give it a row_count"
                        : "the row counts of " + String.join(", ", resolving) + " depend on each other through per_parent; "
                                + "give one of them a row_count"));
                return defaultRows;
            }
            long parents = of(fk.referencedTable());
            resolving.remove(table);
            return fromParents(parents, fk.perParent());
        }
        return defaultRows;
    }

    /** Parent rows × (min + max) / 2, rounded down: the row count per_parent derives. */
    static long fromParents(long parents, ForeignKey.PerParent perParent) {
        long twiceAverage = perParent.minOrZero() + perParent.max();
        return Math.multiplyHigh(parents, twiceAverage) == 0 && parents * twiceAverage >= 0 ? parents * twiceAverage / 2 : Long.MAX_VALUE;
    }
}
