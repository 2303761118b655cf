package dev.datagen.generate.registry;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.value.Permutation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Text matching a regular expression: {@code {"regex": "[A-Z]{3}-[0-9]{4}"}} (the subset
 * {@link Regex} reads). Values never exceed the column's length: repeats shorten to fit. A unique
 * column takes expressions of a fixed shape (no {@code |}, no variable repeats): each row gets its
 * own match, numbered through a permutation of all matches.
 */
final class RegexGenerator implements GeneratorFactory {
    @Override
    public Set<String> configKeys() {
        return Set.of("regex");
    }

    @Override
    public ColumnGenerator create(GeneratorRequest request) {
        RegexNode node = parse(request);
        int maxLength = request.limits().maxLength();
        if (maxLength >= 0 && node.minLength() > maxLength) {
            throw new IllegalArgumentException(describe(request) + " makes values of at least " + node.minLength()
                    + " characters, more than the " + maxLength + " that " + request.limits().lengthSource() + " allows");
        }
        long budget = maxLength < 0 ? Regex.UNLIMITED : maxLength;
        long key = request.key();
        int capacity = (int) Math.min(64, node.maxLength());
        return (row, out) -> {
            StringBuilder sb = new StringBuilder(capacity);
            node.generate(row.rng(key), sb, budget);
            out.text(sb);
        };
    }

    @Override
    public ColumnGenerator createUnique(GeneratorRequest request) {
        RegexNode node = parse(request);
        if (!node.fixedShape()) {
            return null;
        }
        List<int[]> positions = new ArrayList<>();
        node.positions(positions);
        request.limits().requireLength(positions.size(), describe(request));
        int[][] sets = positions.toArray(int[][]::new);
        long[] weights = new long[sets.length];
        long capacity = 1;
        for (int j = sets.length - 1; j >= 0; j--) {
            weights[j] = capacity;
            capacity = Regex.times(capacity, sets[j].length);
        }
        if (capacity < request.rowCount()) {
            throw new IllegalArgumentException("column " + request.column() + " is unique but " + describe(request) + " can make only "
                    + capacity + " distinct values, fewer than the " + request.rowCount() + " rows; widen the regex or lower row_count");
        }
        Permutation permutation = new Permutation(capacity, request.key());
        return (row, out) -> {
            long i = permutation.apply(row.row());
            StringBuilder sb = new StringBuilder(sets.length);
            for (int j = 0; j < sets.length; j++) {
                long digit = weights[j] == Long.MAX_VALUE ? 0 : (i / weights[j]) % sets[j].length;
                sb.appendCodePoint(sets[j][(int) digit]);
            }
            out.text(sb);
        };
    }

    private static RegexNode parse(GeneratorRequest request) {
        String regex = request.config().text("regex");
        if (regex == null) {
            throw new IllegalArgumentException("regex needs generator_config.regex, e.g. {\"regex\": \"[A-Z]{3}-[0-9]{4}\"}");
        }
        if (!request.isText()) {
            throw request.wrongType("regex", "a text column");
        }
        request.limits().requireNoAllowedList(describe(request));
        return Regex.parse(regex);
    }

    private static String describe(GeneratorRequest request) {
        return "regex \"" + request.config().text("regex") + "\"";
    }
}
