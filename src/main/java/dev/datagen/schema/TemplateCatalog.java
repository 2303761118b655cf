package dev.datagen.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The scenario templates: ordinary schema files in a classpath directory, {@code NAME.json}, listed by
 * the directory's {@code index.txt} (one name a line; blank lines and {@code #} comments ignored). The
 * index is needed because a classpath directory cannot be listed inside a jar or native image.
 * Thread-safe.
 */
public final class TemplateCatalog {
    /** Where the built-in templates live; a system property of this name points elsewhere (tests use fixtures). */
    public static final String LOCATION_PROPERTY = "datagen.templates";
    public static final String BUILT_IN_LOCATION = "dev/datagen/templates";

    private final String location;
    private final List<String> names;

    /** Templates under the classpath directory {@code location}, e.g. {@code dev/datagen/templates}. */
    public TemplateCatalog(String location) {
        this.location = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        this.names = readIndex();
    }

    /** The built-in templates, or those under the directory named by the {@value #LOCATION_PROPERTY} system property. */
    public static TemplateCatalog builtIn() {
        return new TemplateCatalog(System.getProperty(LOCATION_PROPERTY, BUILT_IN_LOCATION));
    }

    /** Template names in the index's order. */
    public List<String> names() {
        return names;
    }

    public boolean has(String name) {
        return names.contains(name);
    }

    /** {@code no template "x"; did you mean "y"?}, listing the templates there are. */
    public String unknownMessage(String name) {
        return Suggestions.withSuggestion("no template \"" + name + "\"", name, names) + " (templates: " + String.join(", ", names) + ")";
    }

    /** The template file exactly as shipped. */
    public String text(String name) {
        requireKnown(name);
        return resource(name + ".json").orElseThrow(() -> new IllegalStateException(
                "template " + name + " is listed in " + location + "/index.txt but " + name + ".json is missing"));
    }

    /** The template read as a schema (errors point into the shipped file); its source name is {@code template NAME}. */
    public Schema schema(String name) throws SchemaException {
        return new SchemaReader().parse(text(name), "template " + name);
    }

    private void requireKnown(String name) {
        if (!has(name)) {
            throw new IllegalArgumentException(unknownMessage(name));
        }
    }

    private List<String> readIndex() {
        return resource("index.txt").map(text -> text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()).orElse(List.of());
    }

    private Optional<String> resource(String file) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = TemplateCatalog.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(location + "/" + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
