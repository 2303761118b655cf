package dev.datagen.plan;

import dev.datagen.generate.RowContext;
import dev.datagen.generate.value.Permutation;

/** How a foreign key picks the parent row for a child row: at random, distinct, or as one digit of a junction key. */
interface ParentRows {
    long pick(RowContext row);

    long key();

    static ParentRows uniform(long key, long parentRows) {
        return new ParentRows() {
            public long pick(RowContext row) {
                return row.rng(key).nextLong(parentRows);
            }

            public long key() {
                return key;
            }
        };
    }

    /** Row r gets parent p(r): distinct parents for one-to-one keys. */
    static ParentRows distinct(Permutation p, long parentRows) {
        return new ParentRows() {
            public long pick(RowContext row) {
                return p.apply(row.row());
            }

            public long key() {
                return parentRows * 31 + 17;
            }
        };
    }

    /** One mixed-radix digit of a permuted row number, so (parent1, parent2, ...) tuples never repeat. */
    static ParentRows digit(Permutation p, long radix, long parentRows) {
        return new ParentRows() {
            public long pick(RowContext row) {
                return (p.apply(row.row()) / radix) % parentRows;
            }

            public long key() {
                return radix * 131 + parentRows;
            }
        };
    }
}
