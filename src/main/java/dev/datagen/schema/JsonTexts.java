package dev.datagen.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/** Turns Jackson's parser state into the words our messages use: paths, expected kinds, found values. */
final class JsonTexts {
    private JsonTexts() {
    }

    /**
     * The schema path of the parser's position, e.g. {@code tables.users.columns[2].type}.
     * With {@code includeCurrentName} false the innermost object's current field is left out
     * (for an unknown property, the path is the object that holds it).
     */
    static String pathOf(JsonStreamContext context, boolean includeCurrentName) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c == context && !includeCurrentName) {
                continue;
            }
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            } else if (c.inArray() && c.hasCurrentIndex()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** What a Java target type looks like in the document: "a whole number", "a list", ... */
    static String expected(Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == double.class || type == Double.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (JsonNode.class.isAssignableFrom(type)) {
            return "a value";
        }
        return "an object";
    }

    /** The value at the parser's current token as the user wrote it: {@code "ten"}, {@code 12}, {@code a list}. */
    static String found(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        try {
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                case VALUE_STRING -> text(p.getText());
                case VALUE_NULL -> "null";
                default -> p.getText();
            };
        } catch (java.io.IOException e) {
            return t.asString() == null ? t.name() : t.asString();
        }
    }

    /** A scalar value from a Jackson exception, quoted when it is text. */
    static String found(Object value) {
        if (value instanceof String s) {
            return text(s);
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof Collection) {
            return "a list";
        }
        return String.valueOf(value);
    }

    /** A text value as found: quoted, or "an empty value" (what YAML's {@code key:} with nothing gives). */
    static String text(String s) {
        return s.isEmpty() ? "an empty value" : quote(s);
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** 2.0 → "2", 0.25 → "0.25". */
    static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
