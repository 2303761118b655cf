package dev.datagen.generate;

/**
 * Produces one column's value for a row. Implementations are stateless and thread-safe: everything
 * they need comes from the {@link RowContext}, so a value depends only on (seed, table, column, row).
 */
@FunctionalInterface
public interface ColumnGenerator {
    void generate(RowContext row, ValueOut out);
}
