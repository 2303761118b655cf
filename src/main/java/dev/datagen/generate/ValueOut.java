package dev.datagen.generate;

/**
 * Where a generator puts one column value. The encoder behind it decides the escaping (COPY text)
 * or quoting (INSERT literals), so generators never deal with either.
 */
public interface ValueOut {
    void nul();

    /** A token that needs no quoting in SQL and no COPY escaping: a number or a boolean. */
    void raw(CharSequence token);

    void raw(long number);

    /** An exact decimal, {@code unscaled} / 10^scale, written with {@code scale} fraction digits. */
    default void decimal(long unscaled, int scale) {
        raw(java.math.BigDecimal.valueOf(unscaled, scale).toPlainString());
    }

    /** Any text value (dates, strings, json, array literals ...); the encoder escapes it. */
    void text(CharSequence value);
}
