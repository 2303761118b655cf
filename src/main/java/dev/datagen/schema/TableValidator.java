package dev.datagen.schema;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules for one table: its name, columns, keys, constraints, indexes and row count. */
final class TableValidator {
    static final List<String> INDEX_TYPES = List.of("btree", "hash", "gin", "gist", "brin", "spgist");

    private final Schema schema;
    private final Collection<String> customTypes;
    private final List<Problem> out;

    TableValidator(Schema schema, List<Problem> out) {
        this.schema = schema;
        this.customTypes = schema.customTypes().keySet();
        this.out = out;
    }

    void validate(String name, Table table) {
        SchemaPath path = SchemaPath.root().field("tables").field(name);
        tableName(path, name);
        if (table == null) {
            out.add(path.problem("table " + name + " has no definition"));
            return;
        }
        columns(path, name, table);
        primaryKey(path, name, table);
        ForeignKeyValidator foreignKeys = new ForeignKeyValidator(schema, out);
        for (int i = 0; i < table.foreignKeys().size(); i++) {
            if (present(path.field("foreign_keys", i), table.foreignKeys().get(i))) {
                foreignKeys.validate(path.field("foreign_keys", i), name, table, table.foreignKeys().get(i));
            }
        }
        uniqueConstraints(path, name, table);
        checkConstraints(path, table);
        indexes(path, name, table);
        rowCount(path, table);
        new RuleValidator(out).validate(path, name, table);
    }

    /** Any quoted name works in PostgreSQL; a key may be schema-qualified with one dot. */
    private void tableName(SchemaPath path, String name) {
        if (name.isEmpty()) {
            out.add(SchemaPath.root().field("tables").problem("a table name is empty"));
            return;
        }
        long dots = name.chars().filter(c -> c == '.').count();
        if (dots > 1) {
            out.add(path.problem("table name \"" + name + "\" has more than one dot; write \"schema.table\""));
            return;
        }
        if (dots == 1) {
            String schemaPart = name.substring(0, name.indexOf('.'));
            String tablePart = name.substring(name.indexOf('.') + 1);
            if (schemaPart.isEmpty() || tablePart.isEmpty()) {
                out.add(path.problem("table name \"" + name + "\" needs both parts of \"schema.table\""));
                return;
            }
            Checks.name(path, "schema name", schemaPart, out);
            Checks.name(path, "table name", tablePart, out);
            return;
        }
        Checks.name(path, "table name", name, out);
    }

    private void columns(SchemaPath path, String name, Table table) {
        if (table.columns().isEmpty()) {
            out.add(path.field("columns").problem("table " + name + " has no columns"));
            return;
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            SchemaPath at = path.field("columns", i);
            Column column = table.columns().get(i);
            if (column == null) {
                out.add(at.problem("expected a column object, got null"));
                continue;
            }
            if (Checks.name(at.field("name"), "column name", column.name(), out)) {
                Integer first = firstIndex.putIfAbsent(column.name(), i);
                if (first != null) {
                    out.add(at.field("name").problem(
                            "duplicate column \"" + column.name() + "\" (first defined at columns[" + first + "])"));
                }
            }
            Checks.type(at.field("type"), column.type(), customTypes, out);
        }
    }

    private void primaryKey(SchemaPath path, String name, Table table) {
        SchemaPath pk = path.field("primary_key");
        if (!Checks.columnList(pk, table.primaryKey(), name, table, true, out)) {
            return;
        }
        Map<String, Column> columns = Checks.columnsByName(table);
        for (int i = 0; i < table.primaryKey().size(); i++) {
            String column = table.primaryKey().get(i);
            if (columns.get(column).nullable()) {
                out.add(pk.index(i).problem("primary key column \"" + column + "\" is nullable; remove \"nullable\": true"));
            }
        }
    }

    private void uniqueConstraints(SchemaPath path, String name, Table table) {
        for (int i = 0; i < table.uniqueConstraints().size(); i++) {
            SchemaPath at = path.field("unique_constraints", i);
            UniqueConstraint unique = table.uniqueConstraints().get(i);
            if (!present(at, unique)) {
                continue;
            }
            Checks.columnList(at.field("columns"), unique.columns(), name, table, false, out);
            Checks.optionalName(at.field("name"), unique.name(), out);
        }
    }

    private void checkConstraints(SchemaPath path, Table table) {
        for (int i = 0; i < table.checkConstraints().size(); i++) {
            SchemaPath at = path.field("check_constraints", i);
            CheckConstraint check = table.checkConstraints().get(i);
            if (!present(at, check)) {
                continue;
            }
            if (check.expression() == null || check.expression().isBlank()) {
                out.add(at.field("expression").problem("expression is missing; write a boolean SQL expression such as \"price > 0\""));
            }
            Checks.optionalName(at.field("name"), check.name(), out);
        }
    }

    private void indexes(SchemaPath path, String name, Table table) {
        for (int i = 0; i < table.indexes().size(); i++) {
            SchemaPath at = path.field("indexes", i);
            Index index = table.indexes().get(i);
            if (!present(at, index)) {
                continue;
            }
            Checks.columnList(at.field("columns"), index.columns(), name, table, false, out);
            Checks.optionalName(at.field("name"), index.name(), out);
            if (index.type() != null && Checks.oneOf(at.field("type"), "index type", index.type(), INDEX_TYPES, out)) {
                indexTypeLimits(at, index);
            }
        }
    }

    /** What PostgreSQL's access methods refuse at CREATE INDEX time. */
    private void indexTypeLimits(SchemaPath at, Index index) {
        String type = Checks.lower(index.type().trim());
        if (index.unique() && !type.equals("btree")) {
            out.add(at.field("unique").problem("only btree indexes can be unique, not " + type));
        }
        if (type.equals("hash") && index.columns().size() > 1) {
            out.add(at.field("columns").problem("a hash index takes exactly one column"));
        }
    }

    private void rowCount(SchemaPath path, Table table) {
        if (table.rowCount() != null && table.rowCount() < 0) {
            out.add(path.field("row_count").problem("must be 0 or more, got " + table.rowCount()));
        }
        if (table.hasFixedRows() && table.rowCount() == null) {
            out.add(path.field("fixed_rows").problem("fixed_rows keeps a row_count as it is under --scale, but this table has no row_count; "
                    + "give it one or remove fixed_rows"));
        }
    }

    /** A JSON null where an object belongs (Jackson binds it as a null list element). */
    private boolean present(SchemaPath at, Object element) {
        if (element == null) {
            out.add(at.problem("expected an object, got null"));
            return false;
        }
        return true;
    }
}
