package dev.datagen.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * The schema document as the user wrote it (the data-model contract): nothing resolved or defaulted
 * beyond what the document itself defines. Maps keep the document's order.
 *
 * @param seed optional default seed, a number or any text
 * @param description optional one-line summary of what the schema models (templates carry one)
 * @param extendsTemplates the built-in templates this schema builds on ({@code "extends"}), merged by {@link TemplateResolver}
 * @param drop tables of those templates to leave out
 */
public record Schema(
        String version,
        DatabaseConfig database,
        String seed,
        @JsonDeserialize(using = TextOnlyDeserializer.class) String description,
        Map<String, Table> tables,
        Map<String, Sequence> sequences,
        Map<String, CustomType> customTypes,
        List<String> extensions,
        @JsonProperty("extends") List<String> extendsTemplates,
        List<String> drop) {

    public Schema {
        tables = tables == null ? Map.of() : tables;
        sequences = sequences == null ? Map.of() : sequences;
        customTypes = customTypes == null ? Map.of() : customTypes;
        extensions = extensions == null ? List.of() : extensions;
        database = database == null ? new DatabaseConfig(null, null, null) : database;
        extendsTemplates = extendsTemplates == null ? List.of() : extendsTemplates;
        drop = drop == null ? List.of() : drop;
    }

    /** This schema with other tables (e.g. other row counts). */
    public Schema withTables(Map<String, Table> newTables) {
        return new Schema(version, database, seed, description, newTables, sequences, customTypes, extensions, extendsTemplates, drop);
    }
}
