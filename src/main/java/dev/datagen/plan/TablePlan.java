package dev.datagen.plan;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.TableKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * A table ready to be written: qualified name, columns, keys, constraints and one generator per
 * column. Generators are filled in by the planner after every table is known (foreign keys
 * re-derive parent values through the parent's generators).
 */
public final class TablePlan {
    public final String schemaName;
    public final String name;
    public final String comment;
    public final TableKeys keys;
    public final List<ColumnPlan> columns;
    public final ColumnGenerator[] generators;
    public KeyPlan primaryKey;
    public final List<KeyPlan> uniqueConstraints = new ArrayList<>();
    public final List<KeyPlan> indexes = new ArrayList<>();
    public final List<CheckPlan> checks = new ArrayList<>();
    public final List<ForeignKeyPlan> foreignKeys = new ArrayList<>();

    TablePlan(String schemaName, String name, String comment, TableKeys keys, List<ColumnPlan> columns) {
        this.schemaName = schemaName;
        this.name = name;
        this.comment = comment;
        this.keys = keys;
        this.columns = List.copyOf(columns);
        this.generators = new ColumnGenerator[columns.size()];
    }

    public long rowCount() {
        return keys.rowCount();
    }

    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column + " in " + name);
    }
}
