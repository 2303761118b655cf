package dev.datagen.plan;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.value.Permutation;
import dev.datagen.schema.Column;
import dev.datagen.schema.ForeignKey;
import dev.datagen.schema.Index;
import dev.datagen.schema.Problem;
import dev.datagen.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key shape of one table: which columns must be distinct on their own, and which parent rows
 * each foreign key picks (by its distribution or per_parent, as a digit of a junction key's
 * permuted row number, or one distinct parent row per child for a one-to-one key). Problems are
 * reported at the schema path of the key or foreign key concerned.
 */
final class KeyShapes {
    private final String path;
    private final String tableKey;
    private final Table table;
    private final TablePlan plan;
    private final Map<String, Column> columnsByName;
    private final List<Problem> problems;
    private final Set<String> serialColumns = new HashSet<>();
    private final Set<String> uniqueColumns = new HashSet<>();
    private final Map<ForeignKeyPlan, Long> fkKeys = new HashMap<>();
    private final Map<ForeignKeyPlan, ParentRows> parentRows = new HashMap<>();

    private KeyShapes(String path, String tableKey, Table table, TablePlan plan, Map<String, Column> columnsByName,
            List<Problem> problems) {
        this.path = path;
        this.tableKey = tableKey;
        this.table = table;
        this.plan = plan;
        this.columnsByName = columnsByName;
        this.problems = problems;
    }

    /** Works out the key shape of table {@code tableKey} (schema path {@code path}), adding any problems. */
    static KeyShapes of(String path, String tableKey, Table table, TablePlan plan, Map<String, Column> columnsByName,
            List<Problem> problems) {
        KeyShapes shapes = new KeyShapes(path, tableKey, table, plan, columnsByName, problems);
        shapes.collectSerialColumns();
        List<List<String>> keys = shapes.declaredKeys();
        shapes.collectSingleColumnKeys(keys);
        shapes.fanOut();
        for (int ki = 0; ki < keys.size(); ki++) {
            shapes.shapeKey(ki, keys.get(ki));
        }
        shapes.oneToOne();
        return shapes;
    }

    boolean isUnique(String column) {
        return uniqueColumns.contains(column);
    }

    /** The generator of a foreign key column, or null when its parent rows could not be planned (a problem says why). */
    ColumnGenerator foreignKeyColumn(ForeignKeyPlan fk, String column) {
        ParentRows rows = parentRows.get(fk);
        return rows == null ? null : ForeignKeyGenerators.column(sourceOf(fk), fk, fk.columns().indexOf(column),
                rows, fkKeys.get(fk), columnsByName);
    }

    /** Key, foreign key and serial columns, whose values rules must not change, each with the reason. */
    Map<String, String> fixedColumns() {
        Map<String, String> fixed = new HashMap<>();
        uniqueColumns.forEach(c -> fixed.put(c, "unique by construction"));
        plan.foreignKeys.forEach(fk -> fk.columns().forEach(c -> fixed.put(c, "a foreign key column")));
        serialColumns.forEach(c -> fixed.put(c, "a serial column"));
        return fixed;
    }

    private void collectSerialColumns() {
        for (ColumnPlan c : plan.columns) {
            if (c.type().serial()) {
                serialColumns.add(c.name());
            }
        }
    }

    /** The primary key, unique constraints and unique indexes, in that order. */
    private List<List<String>> declaredKeys() {
        List<List<String>> keys = new ArrayList<>();
        if (!table.primaryKey().isEmpty()) {
            keys.add(table.primaryKey());
        }
        table.uniqueConstraints().forEach(u -> keys.add(u.columns()));
        table.indexes().stream().filter(Index::unique).forEach(i -> keys.add(i.columns()));
        return keys;
    }

    private void collectSingleColumnKeys(List<List<String>> keys) {
        for (List<String> k : keys) {
            if (k.size() == 1) {
                uniqueColumns.add(k.get(0));
            }
        }
    }

    /** Each foreign key's key and parent row picker, from its distribution or per_parent; NOT NULL keys need parent rows. */
    private void fanOut() {
        for (int i = 0; i < plan.foreignKeys.size(); i++) {
            ForeignKeyPlan fk = plan.foreignKeys.get(i);
            long fkKey = Rng.key(plan.keys.key(), Rng.key("fk:" + fk.name()));
            fkKeys.put(fk, fkKey);
            String fkPath = fkPath(i);
            boolean notNull = fk.columns().stream().anyMatch(c -> !columnsByName.get(c).nullable());
            if (fk.referencedTable().rowCount() == 0 && plan.rowCount() > 0 && notNull) {
                problems.add(new Problem(fkPath, ForeignKey.emptyParentMessage(table.foreignKeys().get(i).referencedTable())));
                continue;
            }
            try {
                parentRows.put(fk, ForeignKeyGenerators.parentRows(table.foreignKeys().get(i), fk, fkKey, plan.rowCount(),
                        fk.referencedTable() == plan, notNull));
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(fkPath + ".per_parent", ex.getMessage()));
            }
        }
    }

    /**
     * Makes the {@code ki}th key distinct: a key already distinct through a unique or serial column
     * needs nothing; a key made only of foreign key columns is a junction key; otherwise its first
     * column outside any foreign key is made unique.
     */
    private void shapeKey(int ki, List<String> k) {
        if (k.stream().anyMatch(c -> uniqueColumns.contains(c) && !isFkColumn(c) || serialColumns.contains(c))) {
            return;
        }
        List<ForeignKeyPlan> inside = plan.foreignKeys.stream().filter(fk -> k.containsAll(fk.columns())).toList();
        Set<String> covered = new HashSet<>();
        inside.forEach(fk -> covered.addAll(fk.columns()));
        if (covered.containsAll(k) && !inside.isEmpty()) {
            junctionKey(ki, k, inside);
        } else {
            k.stream().filter(c -> !covered.contains(c)).findFirst().ifPresent(uniqueColumns::add);
        }
    }

    /**
     * A junction key: a permuted row number decomposed, mixed-radix, into one parent row per foreign
     * key, so every row is a distinct combination of parent rows.
     */
    private void junctionKey(int ki, List<String> k, List<ForeignKeyPlan> inside) {
        for (ForeignKeyPlan fk : inside) {
            int i = plan.foreignKeys.indexOf(fk);
            if (ForeignKeyGenerators.hasFanOut(table.foreignKeys().get(i))) {
                problems.add(new Problem(fkPath(i), "the key (" + String.join(", ", k)
                        + ") makes every row a distinct combination of parent rows, so distribution and per_parent "
                        + "cannot apply; remove them"));
            }
        }
        long space = 1;
        for (ForeignKeyPlan fk : inside) {
            space = multiplyCapped(space, fk.referencedTable().rowCount());
        }
        if (space < plan.rowCount()) {
            problems.add(new Problem(path + keyPath(k), "the key (" + String.join(", ", k) + ") can take only " + space
                    + " distinct combinations of parent rows, fewer than the " + plan.rowCount()
                    + " rows of " + tableKey + "; lower row_count or add parent rows"));
            return;
        }
        Permutation p = new Permutation(space, Rng.key(plan.keys.key(), ki));
        long radix = 1;
        for (ForeignKeyPlan fk : inside) {
            parentRows.put(fk, ParentRows.digit(p, radix, fk.referencedTable().rowCount()));
            radix = multiplyCapped(radix, fk.referencedTable().rowCount());
        }
    }

    /** One-to-one foreign keys: distinct parent rows (per_parent with at most one child already gives them). */
    private void oneToOne() {
        for (ForeignKeyPlan fk : plan.foreignKeys) {
            ForeignKey source = sourceOf(fk);
            if (fk.columns().size() == 1 && uniqueColumns.contains(fk.columns().get(0))
                    && !(source.perParent() != null && source.perParent().max() <= 1)) {
                if (ForeignKeyGenerators.hasFanOut(source)) {
                    problems.add(new Problem(fkPath(plan.foreignKeys.indexOf(fk)), "column " + fk.columns().get(0)
                            + " is unique, so no parent row can have two children; remove distribution, or use per_parent with max 1"));
                    continue;
                }
                long parents = fk.referencedTable().rowCount();
                if (parents < plan.rowCount()) {
                    problems.add(new Problem(fkPath(plan.foreignKeys.indexOf(fk)), "column "
                            + fk.columns().get(0) + " is unique, so each of the " + plan.rowCount() + " rows needs its own row of "
                            + fk.referencedTable().keys.name() + ", which has only " + parents));
                    continue;
                }
                parentRows.put(fk, ParentRows.distinct(new Permutation(parents, Rng.key(plan.keys.key(), Rng.key("1:1:" + fk.name())))));
            }
        }
    }

    private ForeignKey sourceOf(ForeignKeyPlan fk) {
        return table.foreignKeys().get(plan.foreignKeys.indexOf(fk));
    }

    private String fkPath(int index) {
        return path + ".foreign_keys[" + index + "]";
    }

    private String keyPath(List<String> k) {
        if (k.equals(table.primaryKey())) {
            return ".primary_key";
        }
        for (int i = 0; i < table.uniqueConstraints().size(); i++) {
            if (table.uniqueConstraints().get(i).columns().equals(k)) {
                return ".unique_constraints[" + i + "]";
            }
        }
        return ".indexes";
    }

    private boolean isFkColumn(String column) {
        return plan.foreignKeys.stream().anyMatch(f -> f.columns().contains(column));
    }

    private static long multiplyCapped(long a, long b) {
        long r = a * b;
        return (a != 0 && (r / a != b || r < 0)) ? Long.MAX_VALUE : r;
    }
}
