package dev.datagen.plan;

import dev.datagen.generate.RowContext;
import dev.datagen.generate.value.Permutation;

/** How a foreign key picks the parent row for a child row: at random, distinct, or as one digit of a junction key. */
@FunctionalInterface
interface ParentRows {
    long pick(RowContext row);

    static ParentRows uniform(long key, long parentRows) {
        return row -> row.rng(key).nextLong(parentRows);
    }

    /** Row r gets parent p(r): distinct parents for one-to-one keys. */
    static ParentRows distinct(Permutation p) {
        return row -> p.apply(row.row());
    }

    /** One mixed-radix digit of a permuted row number, so (parent1, parent2, ...) tuples never repeat. */
    static ParentRows digit(Permutation p, long radix, long parentRows) {
        return row -> (p.apply(row.row()) / radix) % parentRows;
    }
}
