package dev.datagen.sink;

/**
 * Estimated work of the steps of a load, all in one unit: bytes of COPY data, so a step's cost is the
 * size of a COPY payload that takes about as long to load. Fitted to a PostgreSQL 15 server log of
 * shop.json (9.1M rows, rows of 27 to 270 bytes) restored with pg_restore -j 2: COPY costs its bytes plus
 * about 30 bytes' worth per row; an index build about 30 per row; a foreign key check (a join of the
 * two tables) about 20 per referencing row and 70 per referenced row, or 8 per row of either as a merge
 * join of index-only scans; ANALYZE reads a bounded sample.
 */
final class LoadCosts {
    private static final long COPY_PER_ROW = 30;
    private static final long INDEX_PER_ROW = 30;
    private static final long CHECK_PER_REFERENCING_ROW = 20;
    private static final long CHECK_PER_REFERENCED_ROW = 70;
    private static final long MERGE_CHECK_PER_ROW = 8;
    private static final long ANALYZE_SAMPLE = 16L << 20;

    private LoadCosts() {
    }

    static long copy(long bytes, long rows) {
        return bytes + COPY_PER_ROW * rows;
    }

    /** An index build, with or without a key constraint, on a table of {@code rows}. */
    static long indexBuild(long rows) {
        return INDEX_PER_ROW * rows;
    }

    /** Checking every row of a foreign key (its ADD CONSTRAINT or VALIDATE CONSTRAINT). */
    static long foreignKeyCheck(long referencingRows, long referencedRows) {
        return CHECK_PER_REFERENCING_ROW * referencingRows + CHECK_PER_REFERENCED_ROW * referencedRows;
    }

    /** The same check as a merge join of two index-only scans (see LoadPlan#asMergeJoin). */
    static long mergeJoinCheck(long referencingRows, long referencedRows) {
        return MERGE_CHECK_PER_ROW * (referencingRows + referencedRows);
    }

    static long analyze(long copyCost) {
        return Math.min(copyCost, ANALYZE_SAMPLE);
    }
}
