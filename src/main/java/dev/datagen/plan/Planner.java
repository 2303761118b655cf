package dev.datagen.plan;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.GenerationSettings;
import dev.datagen.generate.Rng;
import dev.datagen.generate.TableKeys;
import dev.datagen.generate.value.NumberGenerators;
import dev.datagen.schema.CheckConstraint;
import dev.datagen.schema.Column;
import dev.datagen.schema.ForeignKey;
import dev.datagen.schema.Index;
import dev.datagen.schema.Problem;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SqlType;
import dev.datagen.schema.SqlTypes;
import dev.datagen.schema.Suggestions;
import dev.datagen.schema.Table;
import dev.datagen.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a validated schema into a {@link SchemaPlan}: names, types, keys, constraints and one
 * generator per column. Keys need no memory: a foreign key picks a parent row number and
 * re-derives the parent's key through the parent's own generator; unique columns are unique by
 * construction. Problems that only show here (a unique column whose type cannot hold the rows, a
 * CHECK we cannot honour) are collected and reported together.
 */
public final class Planner {
    public static final long DEFAULT_ROWS = 1000;
    public static final String PUBLIC = "public";

    private final GenerationSettings settings;
    private final long defaultRows;
    private final String defaultSchema;

    public Planner(GenerationSettings settings, Long defaultRows) {
        this(settings, defaultRows, PUBLIC);
    }

    /**
     * @param defaultSchema where the document's unqualified tables, sequences and types go: public, or
     *     another schema (then created if missing). Row values do not depend on it.
     */
    public Planner(GenerationSettings settings, Long defaultRows, String defaultSchema) {
        this.settings = settings;
        this.defaultRows = defaultRows == null ? DEFAULT_ROWS : defaultRows;
        this.defaultSchema = defaultSchema;
    }

    public SchemaPlan plan(Schema schema) throws PlanException {
        List<Problem> problems = new ArrayList<>();
        GeneratorSelector selector = new GeneratorSelector(settings, schema.customTypes());
        Map<String, TablePlan> byKey = new LinkedHashMap<>();
        Map<String, Names> namesBySchema = new HashMap<>();
        Set<String> schemaNames = new LinkedHashSet<>();
        RowCounts rowCounts = new RowCounts(schema, defaultRows, problems);
        int index = 0;
        for (Map.Entry<String, Table> e : schema.tables().entrySet()) {
            String[] qn = splitName(e.getKey(), defaultSchema);
            schemaNames.add(qn[0]);
            Table t = e.getValue();
            long rows = rowCounts.of(e.getKey());
            TableKeys keys = new TableKeys(index++, e.getKey(), Rng.key(settings.seed(), Rng.key(e.getKey())), rows);
            List<ColumnPlan> columns = new ArrayList<>();
            for (Column c : t.columns()) {
                SqlType type = SqlTypes.parse(c.type(), schema.customTypes().keySet());
                String typeDdl = SchemaPlan.typeDdl(schema, defaultSchema, type);
                String sequence = type.serial() ? qn[1] + "_" + c.name() + "_seq" : null;
                columns.add(new ColumnPlan(c.name(), type, typeDdl, c.nullable(), c.defaultValue(), c.comment(), sequence));
            }
            byKey.put(e.getKey(), new TablePlan(qn[0], qn[1], t.comment(), keys, columns));
        }
        // primary keys first: foreign keys without referenced_columns default to them
        for (Map.Entry<String, Table> e : schema.tables().entrySet()) {
            TablePlan tp = byKey.get(e.getKey());
            if (!e.getValue().primaryKey().isEmpty()) {
                Names names = namesBySchema.computeIfAbsent(tp.schemaName, s -> new Names());
                tp.primaryKey = new KeyPlan(names.choose(tp.name, List.of(), "pkey"), e.getValue().primaryKey(), "btree", true);
            }
        }
        for (Map.Entry<String, Table> e : schema.tables().entrySet()) {
            TablePlan tp = byKey.get(e.getKey());
            Names names = namesBySchema.computeIfAbsent(tp.schemaName, s -> new Names());
            nameConstraints(tp, e.getValue(), names, byKey);
        }
        for (Map.Entry<String, Table> e : schema.tables().entrySet()) {
            assignGenerators(e.getKey(), e.getValue(), byKey.get(e.getKey()), selector, problems);
        }
        if (!problems.isEmpty()) {
            throw new PlanException(problems);
        }
        if (!schema.customTypes().isEmpty() || !schema.sequences().isEmpty()) {
            schemaNames.add(defaultSchema); // types and standalone sequences live there too
        }
        String db = schema.database().name() != null ? schema.database().name() : "datagen";
        return new SchemaPlan(schema, db, settings, List.copyOf(byKey.values()), List.copyOf(schemaNames), defaultSchema);
    }

    /** "sales.orders" → [sales, orders]; "orders" → [defaultSchema, orders]. */
    static String[] splitName(String key, String defaultSchema) {
        int dot = key.indexOf('.');
        return dot > 0 ? new String[] {key.substring(0, dot), key.substring(dot + 1)} : new String[] {defaultSchema, key};
    }

    private void nameConstraints(TablePlan tp, Table t, Names names, Map<String, TablePlan> byKey) {
        for (UniqueConstraint u : t.uniqueConstraints()) {
            String name = u.name() != null ? names.explicit(u.name()) : names.choose(tp.name, u.columns(), "key");
            tp.uniqueConstraints.add(new KeyPlan(name, u.columns(), "btree", true));
        }
        for (CheckConstraint c : t.checkConstraints()) {
            CheckRules.Reading reading = CheckRules.read(c.expression());
            // PostgreSQL names a CHECK after its column when it mentions exactly one
            List<String> named = reading.column() != null ? List.of(reading.column()) : List.of();
            String name = c.name() != null ? names.explicit(c.name()) : names.choose(tp.name, named, "check");
            tp.checks.add(new CheckPlan(name, c.expression(), reading));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            TablePlan parent = byKey.get(fk.referencedTable());
            List<String> refColumns = fk.referencedColumns().isEmpty()
                    ? parent.primaryKey.columns()
                    : fk.referencedColumns();
            String name = fk.name() != null ? names.explicit(fk.name()) : names.choose(tp.name, fk.columns(), "fkey");
            tp.foreignKeys.add(new ForeignKeyPlan(name, fk.columns(), parent, refColumns, upper(fk.onDelete()), upper(fk.onUpdate())));
        }
        for (Index i : t.indexes()) {
            String name = i.name() != null ? names.explicit(i.name()) : names.choose(tp.name, i.columns(), "idx");
            String method = i.type() == null ? "btree" : i.type().toLowerCase(Locale.ROOT);
            tp.indexes.add(new KeyPlan(name, i.columns(), method, i.unique()));
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** CHECK bounds, then the key shape, then one generator per column, then the table's rules. */
    private void assignGenerators(String key, Table t, TablePlan tp, GeneratorSelector selector, List<Problem> problems) {
        String path = "tables." + key;
        Map<String, Column> columnsByName = new HashMap<>();
        t.columns().forEach(c -> columnsByName.put(c.name(), c));
        Map<String, CheckRules.Bounds> bounds = checkBounds(path, key, tp, columnsByName, problems);
        KeyShapes shapes = KeyShapes.of(path, key, t, tp, columnsByName, problems);
        for (int i = 0; i < tp.columns.size(); i++) {
            try {
                tp.generators[i] = generatorFor(key, t, tp, i, shapes, selector, bounds);
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(path + ".columns[" + i + "]", ex.getMessage()));
            }
        }
        if (!t.rules().isEmpty()) {
            new RulePlanner(key, t, tp, selector, bounds, problems).apply(shapes.fixedColumns());
        }
    }

    /** The generator of the {@code i}th column: a sequence, its foreign key's, a unique one, or an ordinary one. */
    private static ColumnGenerator generatorFor(String key, Table t, TablePlan tp, int i, KeyShapes shapes, GeneratorSelector selector,
            Map<String, CheckRules.Bounds> bounds) {
        ColumnPlan c = tp.columns.get(i);
        Column source = t.columns().get(i);
        long columnKey = Rng.key(tp.keys.key(), Rng.key(c.name()));
        ForeignKeyPlan fk = tp.foreignKeys.stream().filter(f -> f.columns().contains(c.name())).findFirst().orElse(null);
        if (c.type().serial()) {
            return NumberGenerators.sequential(1);
        } else if (fk != null) {
            return shapes.foreignKeyColumn(fk, c.name());
        } else if (shapes.isUnique(c.name())) {
            return selector.unique(key, source, c.type(), columnKey, tp.rowCount(), isPrimaryKeyColumn(t, c.name()), bounds.get(c.name()));
        }
        return selector.select(key, source, c.type(), columnKey, tp.rowCount(), bounds.get(c.name()));
    }

    /**
     * The CHECK constraints as per-column bounds, several CHECKs on one column merged. A CHECK that
     * cannot be read, names no column of the table, or contradicts another is reported at its path.
     */
    private static Map<String, CheckRules.Bounds> checkBounds(String path, String key, TablePlan tp, Map<String, Column> columns,
            List<Problem> problems) {
        Map<String, CheckRules.Bounds> bounds = new HashMap<>();
        for (int i = 0; i < tp.checks.size(); i++) {
            CheckRules.Reading r = tp.checks.get(i).reading();
            String checkPath = path + ".check_constraints[" + i + "]";
            if (r.error() != null) {
                problems.add(new Problem(checkPath, r.error()));
            } else if (r.column() != null && !columns.containsKey(r.column())) {
                problems.add(new Problem(checkPath, unknownColumn(r, key, columns.keySet())));
            } else if (r.column() != null) {
                CheckRules.Bounds before = bounds.get(r.column());
                try {
                    bounds.put(r.column(), before == null ? r.bounds()
                            : CheckRules.merge(before, r.bounds(), before.source + " and " + r.bounds().source));
                } catch (IllegalArgumentException contradiction) {
                    problems.add(new Problem(checkPath, contradiction.getMessage()));
                }
            }
        }
        return bounds;
    }

    /** No such column; PostgreSQL folds unquoted names to lower case, so "unitPrice" needs its quotes. */
    private static String unknownColumn(CheckRules.Reading r, String table, Set<String> columns) {
        String message = r.bounds().source + " names column \"" + r.column() + "\", which table " + table + " does not have";
        for (String c : columns) {
            if (c.equalsIgnoreCase(r.column())) {
                return message + "; unquoted names fold to lower case, so write \"" + c + "\" in double quotes";
            }
        }
        return Suggestions.withSuggestion(message, r.column(), columns);
    }

    private static boolean isPrimaryKeyColumn(Table t, String column) {
        return t.primaryKey().size() == 1 && t.primaryKey().get(0).equals(column);
    }
}
