package dev.datagen.schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * The schema document as the user wrote it (the data-model contract): nothing resolved or defaulted
 * beyond what the document itself defines. Maps keep the document's order.
 *
 * @param seed optional default seed, a number or any text
 * @param description optional one-line summary of what the schema models (templates carry one)
 */
public record Schema(
        String version,
        DatabaseConfig database,
        String seed,
        @JsonDeserialize(using = TextOnlyDeserializer.class) String description,
        Map<String, Table> tables,
        Map<String, Sequence> sequences,
        Map<String, CustomType> customTypes,
        List<String> extensions) {

    public Schema {
        tables = tables == null ? Map.of() : tables;
        sequences = sequences == null ? Map.of() : sequences;
        customTypes = customTypes == null ? Map.of() : customTypes;
        extensions = extensions == null ? List.of() : extensions;
        database = database == null ? new DatabaseConfig(null, null, null) : database;
    }
}
