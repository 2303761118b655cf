package dev.datagen.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules for one foreign key. Cycles between tables are fine: constraints are created after all
 * data is loaded, so nothing here looks at the graph.
 */
final class ForeignKeyValidator {
    static final List<String> ACTIONS = List.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION");
    static final List<String> DISTRIBUTIONS = List.of("uniform", "zipf");

    private final Schema schema;
    private final List<Problem> out;

    ForeignKeyValidator(Schema schema, List<Problem> out) {
        this.schema = schema;
        this.out = out;
    }

    void validate(SchemaPath path, String tableName, Table table, ForeignKey fk) {
        boolean columnsOk = Checks.columnList(path.field("columns"), fk.columns(), tableName, table, false, out);
        Table referenced = referencedTable(path, fk);
        if (referenced != null) {
            List<String> refColumns = referencedColumns(path, fk, referenced);
            if (columnsOk && refColumns != null && sameCount(path, fk, refColumns)) {
                types(path, fk, table, referenced, refColumns);
                referencedKey(path, fk.referencedTable(), referenced, refColumns);
                emptyReferencedTable(path, table, referenced, fk);
            }
        }
        Checks.optionalName(path.field("name"), fk.name(), out);
        action(path.field("on_delete"), fk.onDelete(), columnsOk, table, fk);
        action(path.field("on_update"), fk.onUpdate(), columnsOk, table, fk);
        fanOut(path, fk);
        if (Checks.ratio(path.field("null_ratio"), fk.nullRatio(), out) && columnsOk) {
            nullRatio(path, table, fk);
        }
    }

    /** How children spread over parents: a distribution (uniform or zipf with s > 0) or per_parent bounds. */
    private void fanOut(SchemaPath path, ForeignKey fk) {
        String distribution = fk.distribution() == null ? null : Checks.lower(fk.distribution().trim());
        boolean known = distribution == null || Checks.oneOf(path.field("distribution"), "distribution", distribution, DISTRIBUTIONS, out);
        if (fk.s() != null && known && !"zipf".equals(distribution)) {
            out.add(path.field("s").problem("s is the exponent of distribution \"zipf\"; add \"distribution\": \"zipf\" or remove s"));
        } else if (fk.s() != null && !(fk.s() > 0)) {
            out.add(path.field("s").problem("must be greater than 0, got " + JsonTexts.number(fk.s())));
        }
        ForeignKey.PerParent perParent = fk.perParent();
        if (perParent == null) {
            return;
        }
        SchemaPath at = path.field("per_parent");
        if (fk.distribution() != null) {
            out.add(at.problem("give either distribution or per_parent, not both"));
        }
        if (perParent.max() == null) {
            out.add(at.field("max").problem("max is missing; write e.g. {\"min\": 0, \"max\": 10}"));
        } else if (perParent.minOrZero() < 0) {
            out.add(at.field("min").problem("must be 0 or more, got " + perParent.min()));
        } else if (perParent.max() < perParent.minOrZero()) {
            out.add(at.field("max").problem("max " + perParent.max() + " is less than min " + perParent.minOrZero()));
        }
        if (fk.nullRatio() != null && fk.nullRatio() > 0) {
            out.add(path.field("null_ratio").problem("per_parent counts every child row, so its key is never NULL; remove null_ratio"));
        }
    }

    private void nullRatio(SchemaPath path, Table table, ForeignKey fk) {
        if (fk.nullRatio() == null || fk.nullRatio() == 0) {
            return;
        }
        Map<String, Column> own = Checks.columnsByName(table);
        List<String> notNull = fk.columns().stream().filter(c -> !own.get(c).nullable()).toList();
        if (!notNull.isEmpty()) {
            out.add(path.field("null_ratio").problem("NULLs need nullable columns, but " + String.join(", ", notNull)
                    + (notNull.size() == 1 ? " is" : " are") + " NOT NULL; add \"nullable\": true"));
        }
    }

    private Table referencedTable(SchemaPath path, ForeignKey fk) {
        String name = fk.referencedTable();
        if (name == null || name.isEmpty()) {
            out.add(path.field("referenced_table").problem("referenced_table is missing"));
            return null;
        }
        Table referenced = schema.tables().get(name);
        if (referenced == null) {
            out.add(path.field("referenced_table").problem(
                    Suggestions.withSuggestion("no table \"" + name + "\"", name, schema.tables().keySet())));
        }
        return referenced;
    }

    /** The referenced columns, defaulting to the referenced table's primary key as PostgreSQL does; null if unusable. */
    private List<String> referencedColumns(SchemaPath path, ForeignKey fk, Table referenced) {
        SchemaPath at = path.field("referenced_columns");
        if (fk.referencedColumns().isEmpty()) {
            if (referenced.primaryKey().isEmpty()) {
                out.add(at.problem("not given, and table " + fk.referencedTable()
                        + " has no primary key to default to; list the referenced columns or give "
                        + fk.referencedTable() + " a primary_key"));
                return null;
            }
            return referenced.primaryKey();
        }
        boolean ok = Checks.columnList(at, fk.referencedColumns(), fk.referencedTable(), referenced, false, out);
        return ok ? fk.referencedColumns() : null;
    }

    private boolean sameCount(SchemaPath path, ForeignKey fk, List<String> refColumns) {
        if (fk.columns().size() == refColumns.size()) {
            return true;
        }
        out.add(path.field("referenced_columns").problem(count(refColumns.size()) + " referenced but "
                + count(fk.columns().size()) + " in columns; they pair up one to one"));
        return false;
    }

    private void types(SchemaPath path, ForeignKey fk, Table table, Table referenced, List<String> refColumns) {
        Map<String, Column> own = Checks.columnsByName(table);
        Map<String, Column> theirs = Checks.columnsByName(referenced);
        for (int i = 0; i < fk.columns().size(); i++) {
            Column from = own.get(fk.columns().get(i));
            Column to = theirs.get(refColumns.get(i));
            SqlType fromType = quietParse(from.type());
            SqlType toType = quietParse(to.type());
            // an unparsable type is already reported at its column
            if (fromType != null && toType != null && !compatible(fromType, toType)) {
                out.add(path.field("columns", i).problem(from.name() + " is " + from.type() + " but "
                        + fk.referencedTable() + "." + to.name() + " is " + to.type()
                        + "; a foreign key needs matching types"));
            }
        }
    }

    /** PostgreSQL needs a primary key or unique constraint (or unique index) on exactly the referenced columns. */
    private void referencedKey(SchemaPath path, String refName, Table referenced, List<String> refColumns) {
        Set<String> wanted = new HashSet<>(refColumns);
        List<List<String>> keys = new ArrayList<>();
        keys.add(referenced.primaryKey());
        referenced.uniqueConstraints().forEach(u -> keys.add(u.columns()));
        referenced.indexes().stream().filter(Index::unique).forEach(ix -> keys.add(ix.columns()));
        if (keys.stream().anyMatch(k -> !k.isEmpty() && new HashSet<>(k).equals(wanted))) {
            return;
        }
        String quoted = refColumns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        out.add(path.field("referenced_columns").problem("referenced columns " + Checks.columnsText(refColumns)
                + " of table " + refName + " are not its primary key or a unique constraint; add "
                + "\"unique_constraints\": [{\"columns\": [" + quoted + "]}] to table " + refName));
    }

    /** Rows referencing an empty table can only hold NULL in the key. */
    private void emptyReferencedTable(SchemaPath path, Table table, Table referenced, ForeignKey fk) {
        boolean referencedEmpty = Objects.equals(referenced.rowCount(), 0L);
        boolean hasRows = table.rowCount() == null || table.rowCount() > 0;
        Map<String, Column> own = Checks.columnsByName(table);
        boolean notNull = fk.columns().stream().anyMatch(c -> !own.get(c).nullable());
        if (referencedEmpty && hasRows && notNull) {
            out.add(path.problem(ForeignKey.emptyParentMessage(fk.referencedTable())));
        }
    }

    private void action(SchemaPath path, String action, boolean columnsOk, Table table, ForeignKey fk) {
        if (action == null || !Checks.oneOf(path, "action", action, ACTIONS, out) || !columnsOk) {
            return;
        }
        if (action.trim().replaceAll("\\s+", " ").equalsIgnoreCase("SET NULL")) {
            Map<String, Column> own = Checks.columnsByName(table);
            List<String> notNull = fk.columns().stream().filter(c -> !own.get(c).nullable()).toList();
            if (!notNull.isEmpty()) {
                out.add(path.problem("SET NULL needs nullable columns, but " + String.join(", ", notNull)
                        + (notNull.size() == 1 ? " is" : " are") + " NOT NULL; add \"nullable\": true"));
            }
        }
    }

    /**
     * Deliberately simple: integers (serials included) match integers, the character types match each
     * other, custom types match by name, anything else needs the same base type; array depth must agree.
     */
    static boolean compatible(SqlType a, SqlType b) {
        return a.arrayDims() == b.arrayDims() && family(a).equals(family(b));
    }

    private static String family(SqlType t) {
        return switch (t.base()) {
            case SMALLINT, INTEGER, BIGINT -> "integer";
            case VARCHAR, CHAR, TEXT -> "text";
            case CUSTOM -> "custom " + Checks.lower(t.customName());
            default -> t.base().name();
        };
    }

    private SqlType quietParse(String spelling) {
        try {
            return SqlTypes.parse(spelling, schema.customTypes().keySet());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String count(int n) {
        return n == 1 ? "1 column" : n + " columns";
    }
}
