package dev.datagen.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the simple CHECK constraints the generator can honour by construction: comparisons of one
 * column with a number ({@code price > 0}, {@code qty BETWEEN 1 AND 10}), membership
 * ({@code status IN ('a','b')}) and length limits ({@code char_length(code) <= 8}), joined by AND.
 * Anything else is reported before generation, so pg_restore never discovers a violation.
 */
public final class CheckRules {
    /** What one CHECK says about one column. Null fields say nothing. */
    public static final class Bounds {
        public BigDecimal min;
        public boolean minExclusive;
        public BigDecimal max;
        public boolean maxExclusive;
        public List<String> allowed;
        public Integer maxLength;
        /** The fewest characters allowed ({@code char_length(col) > 1} → 2), null when none is set. */
        public Integer minLength;
        /** The CHECK constraint(s) these bounds come from, for messages: {@code CHECK (price > 0)}. */
        public String source;
    }

    /** The result of reading a CHECK: the column it constrains and how, or an error message. */
    public record Reading(String column, Bounds bounds, String error) {
    }

    /** A quoted identifier (case kept, "" for ") or an unquoted one (folded to lower case by PostgreSQL). */
    private static final String IDENT = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern COMPARE = Pattern.compile("^" + IDENT + "\\s*(>=|<=|>|<)\\s*" + NUMBER + "$");
    private static final Pattern COMPARE_REVERSED = Pattern.compile("^" + NUMBER + "\\s*(>=|<=|>|<)\\s*" + IDENT + "$");
    private static final Pattern BETWEEN = Pattern.compile("^" + IDENT + "\\s+BETWEEN\\s+" + NUMBER + "\\s+AND\\s+" + NUMBER + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN = Pattern.compile("^" + IDENT + "\\s+IN\\s*\\((.*)\\)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("^(?:char_length|length|character_length)\\s*\\(\\s*" + IDENT + "\\s*\\)\\s*(<=|<|>=|>)\\s*(\\d+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_EMPTY = Pattern.compile("^" + IDENT + "\\s*(<>|!=)\\s*''$");

    private CheckRules() {
    }

    /** Reads {@code expression}; every conjunct must constrain the same column. */
    public static Reading read(String expression) {
        String column = null;
        Bounds b = null;
        String source = "CHECK (" + strip(expression) + ")";
        for (String part : conjuncts(strip(expression))) {
            String p = strip(part);
            Matcher m;
            String c;
            Bounds one = new Bounds();
            if ((m = COMPARE.matcher(p)).matches()) {
                c = m.group(1);
                apply(one, m.group(2), new BigDecimal(m.group(3)));
            } else if ((m = COMPARE_REVERSED.matcher(p)).matches()) {
                c = m.group(3);
                apply(one, flip(m.group(2)), new BigDecimal(m.group(1)));
            } else if ((m = BETWEEN.matcher(p)).matches()) {
                c = m.group(1);
                apply(one, ">=", new BigDecimal(m.group(2)));
                apply(one, "<=", new BigDecimal(m.group(3)));
            } else if ((m = IN.matcher(p)).matches()) {
                c = m.group(1);
                one.allowed = literals(m.group(2));
                if (one.allowed == null) {
                    return new Reading(null, null, "cannot read the IN list of CHECK (" + expression + ")");
                }
            } else if ((m = LENGTH.matcher(p)).matches()) {
                c = m.group(1);
                int n = Integer.parseInt(m.group(3));
                switch (m.group(2)) {
                    case "<" -> one.maxLength = n - 1;
                    case "<=" -> one.maxLength = n;
                    case ">" -> one.minLength = n + 1;
                    default -> one.minLength = n;
                }
            } else if ((m = NOT_EMPTY.matcher(p)).matches()) {
                c = m.group(1);
                one.minLength = 1;
            } else {
                return new Reading(null, null, "cannot guarantee CHECK (" + expression + "): datagen honours comparisons of one "
                        + "column with numbers (col > 0, col BETWEEN 1 AND 10), col IN (...), and char_length(col) <= N, joined by AND");
            }
            c = identifier(c);
            if (column != null && !column.equals(c)) {
                return new Reading(null, null, "cannot guarantee CHECK (" + expression + "): it relates several columns ("
                        + column + ", " + c + "); write one CHECK per column");
            }
            column = c;
            one.source = source;
            try {
                b = b == null ? one : merge(b, one, source);
            } catch (IllegalArgumentException contradiction) {
                return new Reading(null, null, contradiction.getMessage());
            }
        }
        return new Reading(column, b, null);
    }

    /**
     * What two CHECKs on one column allow together: the tighter bound (exclusive wins at an equal
     * value), the values both IN lists hold, the tighter lengths. {@code source} names both for
     * messages; an error when the IN lists share no value.
     */
    public static Bounds merge(Bounds a, Bounds b, String source) {
        Bounds m = new Bounds();
        int low = a.min == null ? -1 : b.min == null ? 1 : a.min.compareTo(b.min);
        m.min = low >= 0 ? a.min : b.min;
        m.minExclusive = low > 0 ? a.minExclusive : low < 0 ? b.minExclusive : a.minExclusive || b.minExclusive;
        int high = a.max == null ? 1 : b.max == null ? -1 : a.max.compareTo(b.max);
        m.max = high <= 0 ? a.max : b.max;
        m.maxExclusive = high < 0 ? a.maxExclusive : high > 0 ? b.maxExclusive : a.maxExclusive || b.maxExclusive;
        m.allowed = a.allowed == null ? b.allowed : b.allowed == null ? a.allowed : a.allowed.stream().filter(b.allowed::contains).toList();
        if (m.allowed != null && m.allowed.isEmpty()) {
            throw new IllegalArgumentException("no value satisfies " + source + ": its IN lists share no value");
        }
        m.maxLength = tighter(a.maxLength, b.maxLength, Math::min);
        m.minLength = tighter(a.minLength, b.minLength, Math::max);
        m.source = source;
        return m;
    }

    private static Integer tighter(Integer a, Integer b, java.util.function.BinaryOperator<Integer> pick) {
        return a == null ? b : b == null ? a : pick.apply(a, b);
    }

    /** PostgreSQL's reading of an identifier: "Quoted" keeps its case, Unquoted folds to lower case. */
    static String identifier(String token) {
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        }
        return token.toLowerCase(Locale.ROOT);
    }

    private static void apply(Bounds b, String op, BigDecimal v) {
        switch (op) {
            case ">" -> {
                b.min = v;
                b.minExclusive = true;
            }
            case ">=" -> b.min = v;
            case "<" -> {
                b.max = v;
                b.maxExclusive = true;
            }
            default -> b.max = v;
        }
    }

    private static String flip(String op) {
        return switch (op) {
            case ">" -> "<";
            case "<" -> ">";
            case ">=" -> "<=";
            default -> ">=";
        };
    }

    /** 'a', 'b''s', 3 → [a, b's, 3]; null when unreadable. */
    static List<String> literals(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\s*(?:'((?:[^']|'')*)'|(-?\\d+(?:\\.\\d+)?))\\s*(?:::[a-z ]+)?\\s*(,|$)").matcher(list);
        int pos = 0;
        while (pos < list.length() && m.find(pos) && m.start() == pos) {
            out.add(m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2));
            pos = m.end();
            if (m.group(3).isEmpty()) {
                break;
            }
        }
        return pos >= list.trim().length() && !out.isEmpty() ? out : null;
    }

    /** Splits on top-level AND (outside parentheses and quotes), keeping BETWEEN x AND y whole. */
    static List<String> conjuncts(String expr) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        boolean inBetween = false;
        String upper = expr.toUpperCase(Locale.ROOT);
        for (int i = 0; i < expr.length(); i++) {
            char ch = expr.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')') {
                depth--;
            } else if (!quoted && depth == 0 && word(upper, i, "BETWEEN")) {
                inBetween = true;
            } else if (!quoted && depth == 0 && word(upper, i, "AND")) {
                if (inBetween) {
                    inBetween = false;
                } else {
                    parts.add(expr.substring(start, i));
                    start = i + 3;
                }
            }
        }
        parts.add(expr.substring(start));
        return parts;
    }

    private static boolean word(String upper, int i, String w) {
        return upper.startsWith(w, i) && (i == 0 || !Character.isLetterOrDigit(upper.charAt(i - 1)))
                && (i + w.length() >= upper.length() || !Character.isLetterOrDigit(upper.charAt(i + w.length())));
    }

    /** Removes whitespace and parentheses that wrap the whole expression. */
    static String strip(String s) {
        String t = s.trim();
        while (t.startsWith("(") && t.endsWith(")") && wraps(t)) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }

    private static boolean wraps(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '(') {
                depth++;
            } else if (t.charAt(i) == ')') {
                depth--;
                if (depth == 0 && i < t.length() - 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
