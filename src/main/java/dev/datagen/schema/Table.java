package dev.datagen.schema;

import java.util.List;

/**
 * One table. {@code rowCount} is null when the document gives none (then a foreign key's
 * {@code per_parent}, {@code --rows} or the default applies). {@code rules} are conditional
 * generator settings that hold on every row.
 */
public record Table(
        List<Column> columns,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys,
        List<UniqueConstraint> uniqueConstraints,
        List<CheckConstraint> checkConstraints,
        List<Index> indexes,
        Long rowCount,
        String comment,
        List<Rule> rules) {

    public Table {
        columns = columns == null ? List.of() : columns;
        primaryKey = primaryKey == null ? List.of() : primaryKey;
        foreignKeys = foreignKeys == null ? List.of() : foreignKeys;
        uniqueConstraints = uniqueConstraints == null ? List.of() : uniqueConstraints;
        checkConstraints = checkConstraints == null ? List.of() : checkConstraints;
        indexes = indexes == null ? List.of() : indexes;
        rules = rules == null ? List.of() : rules;
    }

    public Table withRowCount(Long newRowCount) {
        return new Table(columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, newRowCount, comment, rules);
    }
}
