package dev.datagen.generate.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A column's {@code generator_config}, read with typed accessors whose errors name the key and the
 * value found: {@code generator_config.mean must be a number, got "high"}.
 */
public final class GeneratorConfig {
    private final Map<String, Object> values;
    private final String prefix;

    /** @param prefix how messages name the settings, e.g. "generator_config." (or "" inside a rule) */
    public GeneratorConfig(Map<String, Object> values, String prefix) {
        this.values = values == null ? Map.of() : values;
        this.prefix = prefix;
    }

    public Map<String, Object> values() {
        return values;
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    /** {@code generator_config.key} as messages print it. */
    public String name(String key) {
        return prefix + key;
    }

    public IllegalArgumentException error(String key, String problem) {
        return new IllegalArgumentException(name(key) + " " + problem);
    }

    /** A number, or null when absent. */
    public BigDecimal decimal(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw error(key, "must be a number, got " + found(v));
    }

    public Double number(String key) {
        BigDecimal d = decimal(key);
        return d == null ? null : d.doubleValue();
    }

    public double number(String key, double otherwise) {
        Double d = number(key);
        return d == null ? otherwise : d;
    }

    /** A number that must be present; {@code example} shows how to write it. */
    public double requiredNumber(String key, String example) {
        Double d = number(key);
        if (d == null) {
            throw error(key, "is missing; e.g. " + example);
        }
        return d;
    }

    public Long whole(String key) {
        BigDecimal d = decimal(key);
        if (d == null) {
            return null;
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw error(key, "must be a whole number, got " + d.toPlainString());
        }
    }

    public String text(String key) {
        Object v = values.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw error(key, "must be text, got " + found(v));
    }

    /** A number or text (dates and durations may be written either way), or null. */
    public Object scalar(String key) {
        Object v = values.get(key);
        if (v == null || v instanceof String || v instanceof Number) {
            return v;
        }
        throw error(key, "must be a number or text, got " + found(v));
    }

    public boolean flag(String key, boolean otherwise) {
        Object v = values.get(key);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw error(key, "must be true or false, got " + found(v));
    }

    public Map<?, ?> object(String key) {
        Object v = values.get(key);
        if (v == null || v instanceof Map) {
            return (Map<?, ?>) v;
        }
        throw error(key, "must be an object, got " + found(v));
    }

    public List<?> list(String key) {
        Object v = values.get(key);
        if (v == null || v instanceof List) {
            return (List<?>) v;
        }
        throw error(key, "must be a list, got " + found(v));
    }

    static String found(Object v) {
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "a list";
        }
        return String.valueOf(v);
    }
}
