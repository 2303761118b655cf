package dev.datagen.schema;

import java.util.List;
import java.util.Map;

/**
 * A foreign key. {@code onDelete}/{@code onUpdate}: CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION.
 * {@code name} is optional (PostgreSQL's default name is used when absent).
 */
public record ForeignKey(
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        String onDelete,
        String onUpdate,
        String name) {

    public ForeignKey {
        columns = columns == null ? List.of() : columns;
        referencedColumns = referencedColumns == null ? List.of() : referencedColumns;
    }
}
