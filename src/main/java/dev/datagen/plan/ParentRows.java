package dev.datagen.plan;

import dev.datagen.generate.Rng;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.value.Permutation;
import dev.datagen.generate.value.Zipf;

/**
 * How a foreign key picks the parent row for a child row: uniformly, skewed (zipf), with a bounded
 * number of children per parent, distinct, or as one digit of a junction key. Each is arithmetic
 * on the row number; nothing is stored per row or per parent.
 */
@FunctionalInterface
interface ParentRows {
    long pick(RowContext row);

    static ParentRows uniform(long key, long parentRows) {
        return row -> row.rng(key).nextLong(parentRows);
    }

    /** Parent ranks drawn from zipf(s), mapped to rows through a permutation so the busiest parents are spread out. */
    static ParentRows zipf(long key, long parentRows, double s) {
        Zipf zipf = new Zipf(parentRows, s);
        Permutation rank = new Permutation(parentRows, Rng.key(key, 0x5A495046L));
        return row -> rank.apply(zipf.sample(row.rng(key)) - 1);
    }

    /**
     * Each of {@code parents} parent rows gets between {@code min} and {@code max} of the
     * {@code children} child rows ({@code parents × min ≤ children ≤ parents × max}). Parents are
     * taken in pairs: every pair gets (nearly) the same total, split between its two parents at
     * random within [min, max]; so a pair's first child row is a closed-form sum and a child row
     * finds its parent by division. An odd last parent gets children / parents of its own.
     * Children of one parent are consecutive rows; parent numbers go through a permutation.
     */
    static ParentRows perParent(long key, long parents, long children, long min, long max) {
        long pairs = parents / 2;
        long single = parents % 2 == 1 ? children / parents : 0;
        long paired = children - single;
        long each = pairs == 0 ? 0 : paired / pairs;
        long bigger = pairs == 0 ? 0 : paired % pairs; // the first `bigger` pairs get one child more
        Permutation order = new Permutation(parents, Rng.key(key, 0x50415253L));
        return row -> {
            long r = row.row();
            if (r >= paired) {
                return order.apply(parents - 1);
            }
            long pair = r < bigger * (each + 1) ? r / (each + 1) : bigger + (r - bigger * (each + 1)) / each;
            long total = pair < bigger ? each + 1 : each;
            long first = pair * each + Math.min(pair, bigger);
            long lo = Math.max(min, total - max);
            long hi = Math.min(max, total - min);
            long firstParentChildren = lo + Long.remainderUnsigned(Rng.key(key, pair), hi - lo + 1);
            return order.apply(2 * pair + (r - first < firstParentChildren ? 0 : 1));
        };
    }

    /**
     * A self-reference (categories.parent_id, employees.manager_id): row r points at one of the rows
     * before it, so the rows form trees (parents older than their children, never a cycle). Row 0
     * has none: -1, written as NULL, or itself when the key is NOT NULL.
     */
    static ParentRows earlier(long key, boolean notNull) {
        long first = notNull ? 0 : -1;
        return row -> row.row() == 0 ? first : row.rng(key).nextLong(row.row());
    }

    /** As {@link #earlier}, skewed: zipf ranks over the table, folded into the earlier rows, so the oldest rows own most children. */
    static ParentRows earlierZipf(long key, long rows, double s, boolean notNull) {
        Zipf zipf = new Zipf(rows, s);
        long first = notNull ? 0 : -1;
        return row -> {
            long r = row.row();
            if (r == 0) {
                return first;
            }
            long rank = zipf.sample(row.rng(key)) - 1;
            return rank < r ? rank : rank % r;
        };
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
