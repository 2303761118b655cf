package dev.datagen.cli;

import dev.datagen.generate.faker.FakerLocales;
import dev.datagen.schema.Problem;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SchemaException;
import dev.datagen.schema.SchemaReader;
import dev.datagen.schema.SchemaValidator;
import dev.datagen.schema.TemplateCatalog;
import dev.datagen.schema.TemplateResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and validates the schema argument (a file path, or {@code -} for standard input) or the --template mix. */
final class SchemaInput {
    private SchemaInput() {
    }

    static Schema load(String argument) throws SchemaException {
        SchemaReader reader = new SchemaReader();
        String name = "-".equals(argument) ? "<stdin>" : argument;
        Schema written = "-".equals(argument) ? reader.read(System.in, name) : reader.read(Path.of(argument));
        return validated(new TemplateResolver(TemplateCatalog.builtIn()).resolve(written, name), name);
    }

    /** The built-in templates {@code names}, unified into one schema. */
    static Schema templates(List<String> names) throws SchemaException {
        return validated(new TemplateResolver(TemplateCatalog.builtIn()).mix(names), "template " + String.join(" + ", names));
    }

    private static Schema validated(Schema schema, String name) throws SchemaException {
        List<Problem> problems = new ArrayList<>(SchemaValidator.validate(schema));
        localeProblem(schema).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new SchemaException(name, problems);
        }
        return schema;
    }

    /** database.locale must be one Datafaker has data for (it would quietly fall back to English). */
    private static Optional<Problem> localeProblem(Schema schema) {
        try {
            FakerLocales.parse(schema.database().locale());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(new Problem("database.locale", e.getMessage()));
        }
    }
}
