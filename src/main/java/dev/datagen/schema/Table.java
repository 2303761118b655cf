package dev.datagen.schema;

import java.util.List;

/**
 * One table. {@code rowCount} is null when the document gives none (then a foreign key's
 * {@code per_parent}, {@code --rows} or the default applies). {@code rules} are conditional
 * generator settings that hold on every row. {@code fixedRows}: the row count is a fact of the business
 * (four plans, five roles), so {@code --scale} leaves it alone; null means false.
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
        List<Rule> rules,
        Boolean fixedRows) {

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
        return new Table(columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes, newRowCount, comment, rules, fixedRows);
    }

    /** Whether {@code --scale} leaves this table's row count alone. */
    public boolean hasFixedRows() {
        return Boolean.TRUE.equals(fixedRows);
    }
}
