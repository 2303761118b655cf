package dev.datagen.schema;

import java.util.List;

/**
 * A foreign key. {@code onDelete}/{@code onUpdate}: CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION.
 * {@code name} is optional (PostgreSQL's default name is used when absent). How child rows spread
 * over parent rows: {@code distribution} ("uniform", the default, or "zipf" with exponent {@code s}),
 * or {@code perParent} (each parent row gets between min and max children). {@code nullRatio}: the
 * share of NULLs in nullable key columns.
 */
public record ForeignKey(
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        String onDelete,
        String onUpdate,
        String name,
        String distribution,
        Double s,
        PerParent perParent,
        Double nullRatio) {

    /** Why a NOT NULL foreign key to a table without rows cannot be filled. */
    public static String emptyParentMessage(String referencedTable) {
        return "table " + referencedTable + " has 0 rows, so a NOT NULL foreign key cannot be filled; make the column nullable or give "
                + referencedTable + " rows";
    }

    /** Each parent row gets between {@code min} (default 0) and {@code max} child rows. */
    public record PerParent(Long min, Long max) {
        public long minOrZero() {
            return min == null ? 0 : min;
        }
    }

    public ForeignKey {
        columns = columns == null ? List.of() : columns;
        referencedColumns = referencedColumns == null ? List.of() : referencedColumns;
    }
}
