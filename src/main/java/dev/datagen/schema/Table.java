package dev.datagen.schema;

import java.util.List;

/**
 * One table. {@code rowCount} is null when the document gives none (then {@code --rows} or the
 * default applies).
 */
public record Table(
        List<Column> columns,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys,
        List<UniqueConstraint> uniqueConstraints,
        List<CheckConstraint> checkConstraints,
        List<Index> indexes,
        Long rowCount,
        String comment) {

    public Table {
        columns = columns == null ? List.of() : columns;
        primaryKey = primaryKey == null ? List.of() : primaryKey;
        foreignKeys = foreignKeys == null ? List.of() : foreignKeys;
        uniqueConstraints = uniqueConstraints == null ? List.of() : uniqueConstraints;
        checkConstraints = checkConstraints == null ? List.of() : checkConstraints;
        indexes = indexes == null ? List.of() : indexes;
    }
}
