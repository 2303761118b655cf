package dev.datagen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped templates and their index agree, and each one is a valid schema. */
class BuiltInTemplatesTest {
    private static final Path SOURCE_DIR = Path.of("src/main/resources", TemplateCatalog.BUILT_IN_LOCATION);

    @Test
    void everyTemplateFileIsListedInTheIndexAndEveryListedOneIsValid() throws IOException, SchemaException {
        TemplateCatalog catalog = new TemplateCatalog(TemplateCatalog.BUILT_IN_LOCATION);
        List<String> files;
        try (Stream<Path> listing = Files.isDirectory(SOURCE_DIR) ? Files.list(SOURCE_DIR) : Stream.empty()) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
        // a template missing from index.txt would be invisible in jars and native images
        assertThat(catalog.names()).as("names in %s/index.txt", SOURCE_DIR).containsExactlyInAnyOrderElementsOf(files);
        for (String name : catalog.names()) {
            assertThat(SchemaValidator.validate(catalog.schema(name))).as("problems of template %s", name).isEmpty();
        }
    }
}
