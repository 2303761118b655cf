package dev.datagen.generate.value;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.TextValue;
import java.util.List;

/** Choices among labels, NULLs, arrays and composite values. */
public final class StructureGenerators {
    private StructureGenerators() {
    }

    /** One of {@code labels}, with the given relative weights (null weights = uniform). */
    public static ColumnGenerator choice(long columnKey, List<String> labels, double[] weights) {
        String[] values = labels.toArray(String[]::new);
        if (weights == null) {
            return (row, out) -> out.text(values[row.rng(columnKey).nextInt(values.length)]);
        }
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        double total = sum;
        return (row, out) -> {
            double x = row.rng(columnKey).nextDouble() * total;
            int i = 0;
            while (i < cumulative.length - 1 && x >= cumulative[i]) {
                i++;
            }
            out.text(values[i]);
        };
    }

    /** The i-th label for row i: a unique choice when there are at least as many labels as rows. */
    public static ColumnGenerator distinctChoice(long columnKey, List<String> labels) {
        Permutation p = new Permutation(labels.size(), columnKey);
        return (row, out) -> out.text(labels.get((int) p.apply(row.row())));
    }

    /** NULL with probability {@code ratio}, else the inner value. */
    public static ColumnGenerator nullable(long columnKey, double ratio, ColumnGenerator inner) {
        long nullKey = Rng.key(columnKey, 0x4E554C4CL);
        return (row, out) -> {
            if (row.rng(nullKey).chance(ratio)) {
                out.nul();
            } else {
                inner.generate(row, out);
            }
        };
    }

    /** A one-dimensional array literal of 0 to 4 elements: {@code {a,"b c",NULL}}. */
    public static ColumnGenerator array(long columnKey, ColumnGenerator element) {
        long elementKey = Rng.key(columnKey, 0x41525241L);
        return (row, out) -> {
            int n = row.rng(columnKey).nextInt(5);
            StringBuilder sb = new StringBuilder(16).append('{');
            TextValue v = new TextValue();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                // each element draws from its own stream, or all elements would be equal
                long saved = row.streamSalt();
                row.streamSalt(elementKey + i);
                element.generate(row, v.clear());
                row.streamSalt(saved);
                appendQuoted(sb, v, '{', '}', ',');
            }
            out.text(sb.append('}'));
        };
    }

    /** A composite literal {@code (a,"b c",)}: empty field = NULL. */
    public static ColumnGenerator composite(long columnKey, List<ColumnGenerator> fields) {
        return (row, out) -> {
            StringBuilder sb = new StringBuilder(32).append('(');
            TextValue v = new TextValue();
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                fields.get(i).generate(row, v.clear());
                if (!v.isNull()) {
                    appendQuoted(sb, v, '(', ')', ',');
                }
            }
            out.text(sb.append(')'));
        };
    }

    /** Array/record element quoting: double quotes when empty or holding specials; \ and " escaped. */
    static void appendQuoted(StringBuilder sb, TextValue v, char open, char close, char delimiter) {
        if (v.isNull()) {
            sb.append("NULL");
            return;
        }
        CharSequence s = v.text();
        boolean quote = s.length() == 0 || (open == '{' && "null".contentEquals(s.toString().toLowerCase()));
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == '"' || c == '\\' || c == open || c == close || c == delimiter || c == '{' || c == '}'
                    || c == '(' || c == ')' || Character.isWhitespace(c);
        }
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
