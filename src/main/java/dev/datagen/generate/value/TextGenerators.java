package dev.datagen.generate.value;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;

/** Free text from the locale's lorem vocabulary, always within the column's length limit. */
public final class TextGenerators {
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private TextGenerators() {
    }

    /** Words joined by spaces, between about a third of maxLength and maxLength characters (≤ 60). */
    public static ColumnGenerator words(long columnKey, int maxLength) {
        int limit = maxLength < 0 ? 60 : Math.min(maxLength, 60);
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            String[] words = row.vocabulary().words;
            StringBuilder sb = new StringBuilder(limit);
            int target = Math.max(1, limit / 3 + r.nextInt(Math.max(1, limit - limit / 3)));
            while (sb.length() < target) {
                String w = r.pick(words);
                if (sb.length() + (sb.length() > 0 ? 1 : 0) + w.length() > limit) {
                    break;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(w);
            }
            if (sb.length() == 0) {
                String w = r.pick(words);
                sb.append(w, 0, Math.min(limit, w.length()));
                if (sb.length() == 0) {
                    sb.append('x');
                }
            }
            out.text(sb);
        };
    }

    /** One to three sentences, cut to maxLength when there is one. */
    public static ColumnGenerator sentences(long columnKey, int maxLength) {
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            String[] sentences = row.vocabulary().sentences;
            StringBuilder sb = new StringBuilder(r.pick(sentences));
            int more = r.nextInt(3);
            for (int i = 0; i < more; i++) {
                sb.append(' ').append(r.pick(sentences));
            }
            out.text(truncate(sb, maxLength));
        };
    }

    /** char(n): exactly n upper-case letters (PostgreSQL would pad shorter values anyway). */
    public static ColumnGenerator letters(long columnKey, int length) {
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(LETTERS.charAt(r.nextInt(26)));
            }
            out.text(sb);
        };
    }

    /**
     * Distinct text: a word followed by a permuted row number in base 36 ("delta-1k9"), so no two
     * rows can collide. {@code maxLength} must leave room for the number (checked when planning).
     * The number is zero-padded to {@code minLength} digits, so every value has at least that many
     * characters and numbers of different widths still never meet.
     */
    public static ColumnGenerator unique(long columnKey, int maxLength, int minLength, long rowCount) {
        Permutation p = new Permutation(rowCount, columnKey);
        return (row, out) -> {
            String id = Long.toString(p.apply(row.row()), 36);
            if (id.length() < minLength) {
                id = "0".repeat(minLength - id.length()) + id;
            }
            int room = (maxLength < 0 ? 40 : maxLength) - id.length() - 1;
            StringBuilder sb = new StringBuilder();
            if (room > 0) {
                String w = row.rng(columnKey).pick(row.vocabulary().words);
                sb.append(w, 0, Math.min(w.length(), room)).append('-');
            }
            out.text(sb.append(id));
        };
    }

    /** The smallest length that {@link #unique} needs for {@code rowCount} rows. */
    public static int uniqueMinLength(long rowCount) {
        return Long.toString(Math.max(0, rowCount - 1), 36).length();
    }

    static CharSequence truncate(StringBuilder sb, int maxLength) {
        if (maxLength >= 0 && sb.length() > maxLength) {
            sb.setLength(maxLength);
            // never end on half a surrogate pair or a dangling space
            while (sb.length() > 1 && (Character.isHighSurrogate(sb.charAt(sb.length() - 1)) || sb.charAt(sb.length() - 1) == ' ')) {
                sb.setLength(sb.length() - 1);
            }
        }
        return sb;
    }
}
