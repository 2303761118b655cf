package dev.datagen.plan;

import dev.datagen.generate.GenerationSettings;
import dev.datagen.schema.Identifiers;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SqlType;
import dev.datagen.schema.SqlTypes;
import java.util.List;

/**
 * The whole plan: what to create, in schema order, and how to generate every column.
 * {@code defaultSchema} holds what the document does not qualify (tables, sequences, types): public,
 * or the schema a load goes into ({@code --target-schema}).
 */
public record SchemaPlan(Schema schema, String databaseName, GenerationSettings settings, List<TablePlan> tables,
        List<String> schemaNames, String defaultSchema) {

    /** Parses a type spelling of this schema (custom types resolved). */
    public SqlType parseType(String spelling) {
        return SqlTypes.parse(spelling, schema.customTypes().keySet());
    }

    /** The custom type's name as the schema spells it (type references are case-insensitive). */
    public String canonicalTypeName(String name) {
        return canonicalTypeName(schema, name);
    }

    /** The type as CREATE TABLE/TYPE/DOMAIN print it: custom types schema-qualified. */
    public String typeDdl(SqlType type) {
        return typeDdl(schema, defaultSchema, type);
    }

    static String canonicalTypeName(Schema schema, String name) {
        return schema.customTypes().keySet().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(name);
    }

    static String typeDdl(Schema schema, String defaultSchema, SqlType type) {
        return type.isCustom()
                ? Identifiers.qualified(defaultSchema, canonicalTypeName(schema, type.customName())) + "[]".repeat(type.arrayDims())
                : type.ddl(null);
    }
}
