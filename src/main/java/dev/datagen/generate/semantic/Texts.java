package dev.datagen.generate.semantic;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.ValueOut;
import dev.datagen.generate.faker.Vocabulary;
import java.util.function.Function;

/** Building blocks of the text kinds: fitting values into a length limit, picking, filling templates. */
final class Texts {
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String HEX = "0123456789abcdef";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private Texts() {
    }

    /** Writes {@code value}, cut cleanly to {@code maxLength} (-1 = no limit) when longer. */
    static void emit(RowContext row, ValueOut out, CharSequence value, int maxLength) {
        if (maxLength < 0 || value.length() <= maxLength) {
            out.text(value);
        } else {
            out.text(fit(row.scratch().append(value), maxLength));
        }
    }

    /**
     * Cuts {@code sb} to {@code maxLength} cleanly: at a word boundary in its second half when the
     * cut would split a word, never inside a surrogate pair, never ending on a space or separator.
     */
    static StringBuilder fit(StringBuilder sb, int maxLength) {
        if (maxLength < 0 || sb.length() <= maxLength) {
            return sb;
        }
        boolean splitsWord = Character.isLetterOrDigit(sb.charAt(maxLength)) && maxLength > 0
                && Character.isLetterOrDigit(sb.charAt(maxLength - 1));
        sb.setLength(maxLength);
        if (splitsWord) {
            for (int i = maxLength - 1; i >= maxLength / 2 && i > 0; i--) {
                if (isSeparator(sb.charAt(i))) {
                    sb.setLength(i);
                    break;
                }
            }
        }
        while (sb.length() > 1 && (isSeparator(sb.charAt(sb.length() - 1)) || Character.isHighSurrogate(sb.charAt(sb.length() - 1)))) {
            sb.setLength(sb.length() - 1);
        }
        if (sb.length() == 1 && Character.isHighSurrogate(sb.charAt(0))) {
            sb.setLength(0);
            sb.append('x');
        }
        return sb;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '_' || c == ',' || c == ';' || c == ':' || c == '/' || c == '&' || c == '.'
                || c == '@' || c == '\u3000';
    }

    /** A generator picking from a vocabulary pool, preferring an entry that fits over a cut one. */
    static ColumnGenerator pick(long key, Target t, Function<Vocabulary, String[]> pool) {
        int max = t.maxLength();
        return (row, out) -> {
            String[] values = pool.apply(row.vocabulary());
            emit(row, out, fitting(values, row.rng(key).nextInt(values.length), max), max);
        };
    }

    /** A generator picking from fixed values (repeat a value to weigh it more). */
    static ColumnGenerator pick(long key, Target t, String... values) {
        return pick(key, t, v -> values);
    }

    /** {@code values[index]}, or when it is too long the next entry that fits (the caller cuts when none does). */
    static String fitting(String[] values, int index, int maxLength) {
        String v = values[index];
        if (maxLength < 0 || v.length() <= maxLength) {
            return v;
        }
        for (int i = 1; i < Math.min(values.length, 64); i++) {
            String w = values[(index + i) % values.length];
            if (w.length() <= maxLength) {
                return w;
            }
        }
        return v;
    }

    /**
     * Appends {@code template} with its placeholders filled: {@code #} a digit, {@code %} (or
     * Datafaker's {@code Ø}) a digit 1–9, {@code ?} an upper-case letter, {@code *} a letter or
     * digit, {@code ^} a hex digit.
     */
    static StringBuilder fill(StringBuilder sb, String template, Rng r) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            switch (c) {
                case '#' -> sb.append((char) ('0' + r.nextInt(10)));
                case '%', 'Ø' -> sb.append((char) ('1' + r.nextInt(9)));
                case '?' -> sb.append(UPPER.charAt(r.nextInt(26)));
                case '*' -> sb.append(ALNUM.charAt(r.nextInt(36)));
                case '^' -> sb.append(HEX.charAt(r.nextInt(16)));
                default -> sb.append(c);
            }
        }
        return sb;
    }

    /** Appends {@code n} random characters of {@code alphabet}. */
    static StringBuilder random(StringBuilder sb, String alphabet, int n, Rng r) {
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb;
    }

    static StringBuilder hex(StringBuilder sb, int n, Rng r) {
        return random(sb, HEX, n, r);
    }

    /** Appends {@code value} zero-padded to {@code width} digits. */
    static StringBuilder padded(StringBuilder sb, long value, int width) {
        String s = Long.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }

    /** Keeps the digits (and a leading +) of a formatted number: "(555) 123-4567" → "5551234567". */
    static StringBuilder digitsOnly(StringBuilder sb) {
        int w = 0;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if ((c >= '0' && c <= '9') || (c == '+' && w == 0)) {
                sb.setCharAt(w++, c);
            }
        }
        sb.setLength(w);
        return sb;
    }
}
