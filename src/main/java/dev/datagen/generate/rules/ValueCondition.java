package dev.datagen.generate.rules;

import dev.datagen.generate.TextValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A test of one generated value against the values of a rule's {@code equals}/{@code in}: text
 * matches exactly, numbers by value (100 matches "100.00"), true/false match booleans, and null
 * matches NULL.
 */
public final class ValueCondition {
    private final List<String> texts = new ArrayList<>();
    private final List<BigDecimal> numbers = new ArrayList<>();
    private boolean matchesNull;

    public ValueCondition text(String value) {
        texts.add(value);
        return this;
    }

    public ValueCondition number(BigDecimal value) {
        numbers.add(value);
        return this;
    }

    public ValueCondition bool(boolean value) {
        texts.add(value ? "true" : "false");
        texts.add(value ? "t" : "f");
        return this;
    }

    public ValueCondition isNull() {
        matchesNull = true;
        return this;
    }

    /** The values this condition accepts, as text (numbers in plain notation); for checks and messages. */
    public List<String> values() {
        List<String> all = new ArrayList<>(texts);
        numbers.forEach(n -> all.add(n.stripTrailingZeros().toPlainString()));
        return all;
    }

    /** Whether no value can satisfy both this and {@code other}. */
    public boolean excludes(ValueCondition other) {
        if (matchesNull && other.matchesNull) {
            return false;
        }
        for (String t : texts) {
            if (other.texts.contains(t) || other.numberMatches(t)) {
                return false;
            }
        }
        for (BigDecimal n : numbers) {
            if (other.numbers.stream().anyMatch(m -> m.compareTo(n) == 0) || other.texts.stream().anyMatch(this::numberMatches)) {
                return false;
            }
        }
        return true;
    }

    public boolean matches(TextValue value) {
        if (value.isNull()) {
            return matchesNull;
        }
        CharSequence text = value.text();
        for (String t : texts) {
            if (t.contentEquals(text)) {
                return true;
            }
        }
        return !numbers.isEmpty() && numberMatches(text);
    }

    private boolean numberMatches(CharSequence text) {
        if (numbers.isEmpty()) {
            return false;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text.toString().trim());
        } catch (NumberFormatException e) {
            return false;
        }
        for (BigDecimal n : numbers) {
            if (n.compareTo(v) == 0) {
                return true;
            }
        }
        return false;
    }
}
