package dev.datagen.generate.value;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.ValueOut;

/**
 * Holds a text column to {@code CHECK (char_length(col) >= n)}: a value shorter than n characters
 * gets random lower-case letters appended until it has n. Values already long enough, and NULLs,
 * pass through unchanged, so most rows never see the padding.
 */
public final class MinLength {
    private MinLength() {
    }

    public static ColumnGenerator atLeast(long columnKey, int minLength, ColumnGenerator inner) {
        long padKey = Rng.key(columnKey, 0x50414444L);
        return (row, out) -> inner.generate(row, new Padding(row, out, padKey, minLength));
    }

    private record Padding(RowContext row, ValueOut out, long padKey, int minLength) implements ValueOut {
        @Override
        public void nul() {
            out.nul();
        }

        @Override
        public void raw(CharSequence token) {
            if (token.length() >= minLength) {
                out.raw(token);
            } else {
                text(token);
            }
        }

        @Override
        public void raw(long number) {
            raw(Long.toString(number));
        }

        @Override
        public void decimal(long unscaled, int scale) {
            raw(java.math.BigDecimal.valueOf(unscaled, scale).toPlainString());
        }

        @Override
        public void text(CharSequence value) {
            int length = Character.codePointCount(value, 0, value.length());
            if (length >= minLength) {
                out.text(value);
                return;
            }
            StringBuilder sb = new StringBuilder(minLength + 2).append(value);
            Rng r = row.rng(padKey);
            for (int i = length; i < minLength; i++) {
                sb.append((char) ('a' + r.nextInt(26)));
            }
            out.text(sb);
        }
    }
}
