package dev.datagen.dump;

import dev.datagen.plan.TablePlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dump after selection: what to write, the tables whose data it carries, and warnings for what was
 * left out (e.g. foreign keys to tables not selected).
 */
public record SelectedDump(DumpContent content, List<TablePlan> dataTables, List<String> warnings) {
    public SelectedDump {
        dataTables = List.copyOf(dataTables);
        warnings = List.copyOf(warnings);
    }

    public long rows() {
        return dataTables.stream().mapToLong(TablePlan::rowCount).sum();
    }

    /** Rows per table whose data is dumped, keyed schema.table, in plan order. */
    public Map<String, Long> rowsPerTable() {
        Map<String, Long> rows = new LinkedHashMap<>();
        dataTables.forEach(t -> rows.put(t.schemaName + "." + t.name, t.rowCount()));
        return rows;
    }
}
