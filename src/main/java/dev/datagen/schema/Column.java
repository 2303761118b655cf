package dev.datagen.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** One column. {@code nullable} defaults to false, as the data-model document says. */
public record Column(
        String name,
        String type,
        boolean nullable,
        @JsonProperty("default") String defaultValue,
        String generator,
        Map<String, Object> generatorConfig,
        String comment) {

    public Column {
        generatorConfig = generatorConfig == null ? Map.of() : generatorConfig;
    }
}
