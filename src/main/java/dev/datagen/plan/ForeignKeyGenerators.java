package dev.datagen.plan;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.value.StructureGenerators;
import dev.datagen.schema.Column;
import dev.datagen.schema.ForeignKey;
import java.util.List;
import java.util.Map;

/**
 * The generators of foreign key columns: how child rows spread over parent rows (the foreign key's
 * distribution or per_parent) and how many are NULL (its null_ratio, else the column's, else the
 * default; never with per_parent). A key column re-derives the referenced column's value of the
 * picked parent row through the parent table's own generator.
 */
final class ForeignKeyGenerators {
    private ForeignKeyGenerators() {
    }

    /** Whether the foreign key asks for a particular spread of children over parents. */
    static boolean hasFanOut(ForeignKey fk) {
        return fk.perParent() != null || fk.distribution() != null && !fk.distribution().trim().equalsIgnoreCase("uniform");
    }

    /** The parent row picker the foreign key's settings ask for; an error when per_parent cannot hold for the row counts. */
    static ParentRows parentRows(ForeignKey fk, ForeignKeyPlan plan, long fkKey, long childRows, boolean selfReference,
            boolean notNull) {
        long parents = plan.referencedTable().rowCount();
        if (parents == 0) {
            return row -> 0; // every value is NULL (checked: the columns are nullable)
        }
        if (fk.perParent() != null) {
            long min = fk.perParent().minOrZero();
            long max = fk.perParent().max();
            long least = Math.multiplyHigh(parents, min) == 0 ? parents * min : Long.MAX_VALUE;
            long most = Math.multiplyHigh(parents, max) == 0 && parents * max >= 0 ? parents * max : Long.MAX_VALUE;
            if (childRows < least || childRows > most) {
                String parent = plan.referencedTable().keys.name();
                throw new IllegalArgumentException(parent + " has " + parents + " rows with " + min + " to " + max
                        + " children each, so this table needs " + least + " to " + most + " rows, not " + childRows
                        + "; remove row_count to derive it (" + RowCounts.fromParents(parents, fk.perParent()) + ") or change per_parent");
            }
            return ParentRows.perParent(fkKey, parents, childRows, min, max);
        }
        boolean zipf = fk.distribution() != null && fk.distribution().trim().equalsIgnoreCase("zipf");
        double exponent = fk.s() == null ? 1.0 : fk.s();
        if (selfReference) { // hierarchies: point at earlier rows, so there is never a cycle
            return zipf ? ParentRows.earlierZipf(fkKey, parents, exponent, notNull) : ParentRows.earlier(fkKey, notNull);
        }
        if (zipf) {
            return ParentRows.zipf(fkKey, parents, exponent);
        }
        return ParentRows.uniform(fkKey, parents);
    }

    /**
     * The generator of column {@code position} of the foreign key. All its columns share one NULL
     * decision, so a composite key is NULL as a whole or not at all.
     */
    static ColumnGenerator column(ForeignKey fk, ForeignKeyPlan plan, int position, ParentRows rows, long fkKey,
            Map<String, Column> columns) {
        TablePlan parent = plan.referencedTable();
        int parentColumn = parent.columnIndex(plan.referencedColumns().get(position));
        ColumnGenerator value = (row, out) -> {
            if (parent.rowCount() == 0) {
                out.nul();
                return;
            }
            long p = rows.pick(row);
            if (p < 0) { // the first row of a hierarchy has no earlier row to point at
                out.nul();
                return;
            }
            parent.generators[parentColumn].generate(row.parent(parent.keys, p), out);
        };
        double ratio = nullRatio(fk, plan.columns(), columns);
        return ratio > 0 ? StructureGenerators.nullable(Rng.key(fkKey, 7), ratio, value) : value;
    }

    private static double nullRatio(ForeignKey fk, List<String> keyColumns, Map<String, Column> columns) {
        Double columnRatio = null;
        for (String c : keyColumns) {
            Double r = GeneratorSelector.nullRatio(columns.get(c), "generator_config.");
            columnRatio = columnRatio == null ? r : columnRatio;
        }
        if (keyColumns.stream().anyMatch(c -> !columns.get(c).nullable()) || fk.perParent() != null) {
            return 0;
        }
        return fk.nullRatio() != null ? fk.nullRatio() : columnRatio != null ? columnRatio : GeneratorSelector.DEFAULT_NULL_RATIO;
    }
}
