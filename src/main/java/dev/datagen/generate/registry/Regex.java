package dev.datagen.generate.registry;

import dev.datagen.generate.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A regular expression of the subset datagen generates from: literals, escapes, classes
 * {@code [a-z0-9_]} and {@code [^...]}, {@code \d \w \s} (and {@code \D \W \S}), {@code .}, groups
 * {@code (...)} and {@code (?:...)}, alternation {@code |}, and the quantifiers {@code ? * + {n}
 * {n,} {n,m}} (lazy forms too). Unbounded repeats stop {@value #UNBOUNDED_EXTRA} past their minimum;
 * {@code ^} and {@code $} are accepted at the ends. Generated characters are printable ASCII unless
 * the expression names others; {@code \s} and {@code .} make spaces and visible characters.
 * Anything else is an error naming the construct.
 */
final class Regex {
    static final int UNBOUNDED_EXTRA = 8;
    private static final int MAX_REPEAT = 1000;
    private static final int MAX_CLASS_SIZE = 1 << 16;
    private static final String SUPPORTED = "datagen's regex supports literals, escapes, [...] classes, \\d \\w \\s, ., groups, "
            + "| and the quantifiers ? * + {n} {n,m}";

    /** Up to this many characters: no limit. */
    static final long UNLIMITED = Long.MAX_VALUE / 4;

    private final String source;
    private final int[] cp;
    private int pos;

    private Regex(String source) {
        this.source = source;
        this.cp = source.codePoints().toArray();
    }

    /** Parses {@code source}; an {@link IllegalArgumentException} names what is wrong or unsupported. */
    static Node parse(String source) {
        Regex p = new Regex(source);
        if (p.peek('^')) {
            p.pos++;
        }
        Node node = p.alternation();
        if (p.pos < p.cp.length) {
            throw p.error(p.cp[p.pos] == ')' ? "unmatched )" : "unexpected " + p.quoted(p.pos, p.pos + 1));
        }
        return node;
    }

    // --- the tree ---

    /** A piece of the expression that can make text. Lengths are in characters (code points). */
    interface Node {
        long minLength();

        long maxLength();

        /** Appends a match of at most {@code budget} characters ({@code budget >= minLength()}); returns its length. */
        long generate(Rng r, StringBuilder sb, long budget);

        /** Whether every match has the same shape (no alternation, fixed repeats), so matches can be numbered. */
        boolean fixedShape();

        /** The character sets of a fixed shape, one per position of the match. */
        void positions(List<int[]> out);
    }

    /** One character from a set (a literal is a set of one). */
    static final class CharSet implements Node {
        final int[] chars;

        CharSet(int[] chars) {
            this.chars = chars;
        }

        public long minLength() {
            return 1;
        }

        public long maxLength() {
            return 1;
        }

        public long generate(Rng r, StringBuilder sb, long budget) {
            sb.appendCodePoint(chars[chars.length == 1 ? 0 : r.nextInt(chars.length)]);
            return 1;
        }

        public boolean fixedShape() {
            return true;
        }

        public void positions(List<int[]> out) {
            out.add(chars);
        }
    }

    static final class Sequence implements Node {
        private final Node[] parts;
        private final long minLength;
        private final long maxLength;

        Sequence(List<Node> parts) {
            this.parts = parts.toArray(Node[]::new);
            this.minLength = parts.stream().mapToLong(Node::minLength).sum();
            this.maxLength = parts.stream().mapToLong(Node::maxLength).reduce(0, (a, b) -> Math.min(UNLIMITED, a + b));
        }

        public long minLength() {
            return minLength;
        }

        public long maxLength() {
            return maxLength;
        }

        public long generate(Rng r, StringBuilder sb, long budget) {
            long rest = minLength;
            long used = 0;
            for (Node part : parts) {
                rest -= part.minLength();
                used += part.generate(r, sb, budget - used - rest);
            }
            return used;
        }

        public boolean fixedShape() {
            for (Node part : parts) {
                if (!part.fixedShape()) {
                    return false;
                }
            }
            return true;
        }

        public void positions(List<int[]> out) {
            for (Node part : parts) {
                part.positions(out);
            }
        }
    }

    static final class Alternation implements Node {
        private final Node[] options;
        private final long minLength;
        private final long maxLength;

        Alternation(List<Node> options) {
            this.options = options.toArray(Node[]::new);
            this.minLength = options.stream().mapToLong(Node::minLength).min().orElse(0);
            this.maxLength = options.stream().mapToLong(Node::maxLength).max().orElse(0);
        }

        public long minLength() {
            return minLength;
        }

        public long maxLength() {
            return maxLength;
        }

        /** One of the options that fit the budget, each as likely. */
        public long generate(Rng r, StringBuilder sb, long budget) {
            int fitting = 0;
            for (Node o : options) {
                fitting += o.minLength() <= budget ? 1 : 0;
            }
            int pick = r.nextInt(fitting);
            for (Node o : options) {
                if (o.minLength() <= budget && pick-- == 0) {
                    return o.generate(r, sb, budget);
                }
            }
            throw new IllegalStateException("no alternative fits");
        }

        public boolean fixedShape() {
            return false;
        }

        public void positions(List<int[]> out) {
            throw new UnsupportedOperationException("an alternation has no fixed shape");
        }
    }

    static final class Repeat implements Node {
        private final Node child;
        private final int min;
        private final int max;

        Repeat(Node child, int min, int max) {
            this.child = child;
            this.min = min;
            this.max = max;
        }

        public long minLength() {
            return min * child.minLength();
        }

        public long maxLength() {
            return Math.min(UNLIMITED, times(max, child.maxLength()));
        }

        /** Between min and max repeats, as many as the budget leaves room for. */
        public long generate(Rng r, StringBuilder sb, long budget) {
            long each = child.minLength();
            long fit = each == 0 ? max : Math.min(max, budget / each);
            long n = r.between(min, Math.max(min, fit));
            long used = 0;
            for (long k = 0; k < n; k++) {
                used += child.generate(r, sb, budget - used - (n - k - 1) * each);
            }
            return used;
        }

        public boolean fixedShape() {
            return min == max && child.fixedShape();
        }

        public void positions(List<int[]> out) {
            for (int k = 0; k < min; k++) {
                child.positions(out);
            }
        }
    }

    static long times(long a, long b) {
        long r = a * b;
        return a != 0 && (r / a != b || r < 0) ? Long.MAX_VALUE : r;
    }

    // --- the parser ---

    private Node alternation() {
        List<Node> options = new ArrayList<>();
        options.add(sequence());
        while (peek('|')) {
            pos++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : new Alternation(options);
    }

    private Node sequence() {
        List<Node> parts = new ArrayList<>();
        while (pos < cp.length && cp[pos] != '|' && cp[pos] != ')') {
            if (cp[pos] == '$' && pos == cp.length - 1) {
                pos++;
                break;
            }
            int start = pos;
            Node atom = atom();
            parts.add(quantified(atom, start));
        }
        return parts.size() == 1 ? parts.get(0) : new Sequence(parts);
    }

    private Node atom() {
        int c = cp[pos];
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return charClass();
            }
            case '.' -> {
                pos++;
                return new CharSet(range(' ', '~'));
            }
            case '\\' -> {
                return escape(false).toNode();
            }
            case '^', '$' -> throw error("anchor " + (char) c + " inside the pattern is not supported; " + SUPPORTED);
            case '*', '+', '?' -> throw error("quantifier " + (char) c + " has nothing to repeat");
            case '{' -> throw error("quantifier { has nothing to repeat");
            default -> {
                pos++;
                return new CharSet(new int[] {c});
            }
        }
    }

    private Node group() {
        int start = pos;
        pos++;
        if (peek('?')) {
            if (pos + 1 < cp.length && cp[pos + 1] == ':') {
                pos += 2;
            } else {
                String construct = quoted(start, Math.min(cp.length, start + 3 + (pos + 1 < cp.length && cp[pos + 1] == '<' ? 1 : 0)));
                throw error(construct + " (lookaround, named group or flags) is not supported; " + SUPPORTED, start);
            }
        }
        Node inner = alternation();
        if (!peek(')')) {
            throw error("missing ) to close the group opened at position " + (start + 1), start);
        }
        pos++;
        return inner;
    }

    private Node quantified(Node atom, int atomStart) {
        if (pos >= cp.length) {
            return atom;
        }
        int min;
        int max;
        int c = cp[pos];
        int quantStart = pos;
        if (c == '?' || c == '*' || c == '+') {
            pos++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : min + UNBOUNDED_EXTRA;
        } else if (c == '{') {
            int[] bounds = braces();
            min = bounds[0];
            max = bounds[1];
        } else {
            return atom;
        }
        if (peek('?')) {
            pos++; // lazy: the same set of matches
        } else if (peek('+')) {
            throw error("possessive quantifier " + quoted(quantStart, pos + 1) + " is not supported; " + SUPPORTED);
        }
        if (pos < cp.length && (cp[pos] == '*' || cp[pos] == '?' || cp[pos] == '{')) {
            throw error("quantifier " + quoted(pos, pos + 1) + " follows another quantifier; put the repeated part in a group");
        }
        return new Repeat(atom, min, max);
    }

    /** {n}, {n,} or {n,m}; returns [min, max]. */
    private int[] braces() {
        int start = pos;
        int close = pos;
        while (close < cp.length && cp[close] != '}') {
            close++;
        }
        String body = close < cp.length ? new String(cp, start + 1, close - start - 1) : "";
        if (close >= cp.length || !body.matches("\\d{1,9}(,\\d{0,9})?")) {
            throw error("malformed quantifier " + quoted(start, Math.min(cp.length, close + 1)) + "; write {n}, {n,} or {n,m}");
        }
        pos = close + 1;
        String[] parts = body.split(",", -1);
        int min = Integer.parseInt(parts[0]);
        int max = parts.length == 1 ? min : parts[1].isEmpty() ? min + UNBOUNDED_EXTRA : Integer.parseInt(parts[1]);
        if (min > max) {
            throw error("quantifier " + quoted(start, pos) + " has its minimum above its maximum", start);
        }
        if (max > MAX_REPEAT) {
            throw error("quantifier " + quoted(start, pos) + " repeats more than " + MAX_REPEAT + " times", start);
        }
        return new int[] {min, max};
    }

    private Node charClass() {
        int start = pos;
        pos++;
        boolean negated = peek('^');
        if (negated) {
            pos++;
        }
        TreeSet<Integer> chars = new TreeSet<>();
        boolean first = true;
        while (pos < cp.length && (cp[pos] != ']' || first)) {
            first = false;
            if (cp[pos] == '[' && pos + 1 < cp.length && (cp[pos + 1] == ':' || cp[pos + 1] == '=' || cp[pos + 1] == '.')) {
                throw error("POSIX class " + quoted(pos, Math.min(cp.length, pos + 2)) + "...] is not supported; " + SUPPORTED);
            }
            Escape low = cp[pos] == '\\' ? escape(true) : new Escape(null, cp[pos++]);
            if (low.set == null && pos + 1 < cp.length && cp[pos] == '-' && cp[pos + 1] != ']') {
                pos++;
                Escape high = cp[pos] == '\\' ? escape(true) : new Escape(null, cp[pos++]);
                if (high.set != null || high.single < low.single) {
                    throw error("bad range in class " + quoted(start, pos), start);
                }
                if ((long) high.single - low.single + chars.size() > MAX_CLASS_SIZE) {
                    throw error("class " + quoted(start, pos) + "... is too large", start);
                }
                for (int ch = low.single; ch <= high.single; ch++) {
                    chars.add(ch);
                }
            } else if (low.set != null) {
                for (int ch : low.set) {
                    chars.add(ch);
                }
            } else {
                chars.add(low.single);
            }
        }
        if (pos >= cp.length) {
            throw error("missing ] to close the class opened at position " + (start + 1), start);
        }
        pos++;
        int[] set = chars.stream().mapToInt(Integer::intValue).toArray();
        if (negated) {
            set = complement(set);
        }
        if (set.length == 0) {
            throw error("class " + quoted(start, pos) + " matches no character datagen can generate", start);
        }
        return new CharSet(set);
    }

    /** A parsed escape: a set (\d) or a single character (\n, \., \x41). */
    private record Escape(int[] set, int single) {
        Node toNode() {
            return new CharSet(set != null ? set : new int[] {single});
        }
    }

    private Escape escape(boolean inClass) {
        int start = pos;
        pos++;
        if (pos >= cp.length) {
            throw error("the pattern ends with a lone \\", start);
        }
        int c = cp[pos++];
        switch (c) {
            case 'd' -> {
                return new Escape(range('0', '9'), 0);
            }
            case 'D' -> {
                return new Escape(complement(range('0', '9')), 0);
            }
            case 'w' -> {
                return new Escape(word(), 0);
            }
            case 'W' -> {
                return new Escape(complement(word()), 0);
            }
            case 's' -> {
                return new Escape(new int[] {' '}, 0);
            }
            case 'S' -> {
                return new Escape(complement(new int[] {' '}), 0);
            }
            case 'n' -> {
                return new Escape(null, '\n');
            }
            case 't' -> {
                return new Escape(null, '\t');
            }
            case 'r' -> {
                return new Escape(null, '\r');
            }
            case 'f' -> {
                return new Escape(null, '\f');
            }
            case 'v' -> {
                return new Escape(null, 0x0B);
            }
            case 'x', 'u' -> {
                int digits = c == 'x' ? 2 : 4;
                if (pos + digits > cp.length || !new String(cp, pos, digits).matches("[0-9A-Fa-f]+")) {
                    throw error("escape " + quoted(start, Math.min(cp.length, pos + digits)) + " needs " + digits + " hex digits", start);
                }
                int value = Integer.parseInt(new String(cp, pos, digits), 16);
                pos += digits;
                return new Escape(null, value);
            }
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    String what = Character.isDigit(c) ? "backreference" : c == 'b' || c == 'B' || c == 'A' || c == 'z' || c == 'Z'
                            ? "anchor" : c == 'p' || c == 'P' ? "Unicode class" : "escape";
                    throw error(what + " " + quoted(start, pos) + " is not supported" + (inClass ? " in a class" : "") + "; " + SUPPORTED, start);
                }
                return new Escape(null, c);
            }
        }
    }

    private static int[] range(char from, char to) {
        int[] r = new int[to - from + 1];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static int[] word() {
        StringBuilder sb = new StringBuilder("_");
        for (char c = '0'; c <= '9'; c++) {
            sb.append(c);
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            sb.append(c).append(Character.toLowerCase(c));
        }
        return sb.chars().sorted().toArray();
    }

    /** Printable ASCII (space to ~) minus {@code set}. */
    private static int[] complement(int[] set) {
        java.util.Set<Integer> excluded = new java.util.HashSet<>();
        for (int c : set) {
            excluded.add(c);
        }
        return java.util.stream.IntStream.rangeClosed(' ', '~').filter(c -> !excluded.contains(c)).toArray();
    }

    private boolean peek(int c) {
        return pos < cp.length && cp[pos] == c;
    }

    private String quoted(int from, int to) {
        return "\"" + new String(cp, from, to - from) + "\"";
    }

    private IllegalArgumentException error(String message) {
        return error(message, pos);
    }

    private IllegalArgumentException error(String message, int at) {
        return new IllegalArgumentException("regex \"" + source + "\": " + message + " (at position " + (at + 1) + ")");
    }
}
