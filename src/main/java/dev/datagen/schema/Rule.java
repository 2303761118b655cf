package dev.datagen.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A conditional rule of a table: on every row where {@code when} holds, the columns named in
 * {@code then} are generated with those generator settings (merged over the column's own
 * {@code generator_config}), e.g. {@code {"when": {"column": "order_type", "equals": "premium"},
 * "then": {"price": {"min": 100}}}}.
 */
public record Rule(Condition when, Map<String, Map<String, Object>> then) {

    public Rule {
        then = then == null ? Map.of() : then;
    }

    /**
     * A test of one column of the same row: {@code equals} one value or {@code in} a list. JSON null
     * in {@code equals} (a {@code NullNode}) tests for NULL; an absent key is Java null.
     */
    public record Condition(String column, @JsonProperty("equals") JsonNode equalTo, List<JsonNode> in) {
    }
}
