package dev.datagen.generate.registry;

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
 * Anything else is an error naming the construct. This class parses; {@link RegexNode} generates.
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
    static RegexNode parse(String source) {
        Regex p = new Regex(source);
        if (p.peek('^')) {
            p.pos++;
        }
        RegexNode node = p.alternation();
        if (p.pos < p.cp.length) {
            throw p.error(p.cp[p.pos] == ')' ? "unmatched )" : "unexpected " + p.quoted(p.pos, p.pos + 1));
        }
        return node;
    }

    static long times(long a, long b) {
        long r = a * b;
        return a != 0 && (r / a != b || r < 0) ? Long.MAX_VALUE : r;
    }

    // --- the parser ---

    private RegexNode alternation() {
        List<RegexNode> options = new ArrayList<>();
        options.add(sequence());
        while (peek('|')) {
            pos++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : new RegexNode.Alternation(options);
    }

    private RegexNode sequence() {
        List<RegexNode> parts = new ArrayList<>();
        while (pos < cp.length && cp[pos] != '|' && cp[pos] != ')') {
            if (cp[pos] == '$' && pos == cp.length - 1) {
                pos++;
                break;
            }
            int start = pos;
            RegexNode atom = atom();
            parts.add(quantified(atom, start));
        }
        return parts.size() == 1 ? parts.get(0) : new RegexNode.Sequence(parts);
    }

    private RegexNode atom() {
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
                return new RegexNode.CharSet(range(' ', '~'));
            }
            case '\\' -> {
                return escape(false).toNode();
            }
            case '^', '$' -> throw error("anchor " + (char) c + " inside the pattern is not supported; " + SUPPORTED);
            case '*', '+', '?' -> throw error("quantifier " + (char) c + " has nothing to repeat");
            case '{' -> throw error("quantifier { has nothing to repeat");
            default -> {
                pos++;
                return new RegexNode.CharSet(new int[] {c});
            }
        }
    }

    private RegexNode group() {
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
        RegexNode inner = alternation();
        if (!peek(')')) {
            throw error("missing ) to close the group opened at position " + (start + 1), start);
        }
        pos++;
        return inner;
    }

    private RegexNode quantified(RegexNode atom, int atomStart) {
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
        return new RegexNode.Repeat(atom, min, max);
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

    private RegexNode charClass() {
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
        return new RegexNode.CharSet(set);
    }

    /** A parsed escape: a set (\d) or a single character (\n, \., \x41). */
    private record Escape(int[] set, int single) {
        RegexNode toNode() {
            return new RegexNode.CharSet(set != null ? set : new int[] {single});
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
