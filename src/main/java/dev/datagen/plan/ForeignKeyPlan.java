package dev.datagen.plan;

import java.util.List;

/** A foreign key with its name and the resolved referenced table and columns. */
public record ForeignKeyPlan(String name, List<String> columns, TablePlan referencedTable, List<String> referencedColumns,
        String onDelete, String onUpdate) {
}
