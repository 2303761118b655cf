package dev.datagen.cli;

import dev.datagen.schema.Schema;
import dev.datagen.schema.SchemaException;
import dev.datagen.schema.SchemaReader;
import dev.datagen.schema.SchemaValidator;
import java.nio.file.Path;

/** Reads and validates the schema argument: a file path, or {@code -} for standard input. */
final class SchemaInput {
    private SchemaInput() {
    }

    static Schema load(String argument) throws SchemaException {
        SchemaReader reader = new SchemaReader();
        String name = "-".equals(argument) ? "<stdin>" : argument;
        Schema schema = "-".equals(argument) ? reader.read(System.in, name) : reader.read(Path.of(argument));
        SchemaValidator.requireValid(schema, name);
        return schema;
    }
}
