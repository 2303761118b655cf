package dev.datagen.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a read {@link Schema} against the data-model rules and reports every problem at once, in the
 * contract's order (version, database, seed, description, tables, sequences, custom types, extensions), each with its
 * path and a suggestion where one exists. Generator names and value-space sizes are checked by the
 * generation stage, not here.
 */
public final class SchemaValidator {
    public static final List<String> SUPPORTED_VERSIONS = List.of("1.0");
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern EXTENSION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final Schema schema;
    private final List<Problem> out = new ArrayList<>();

    private SchemaValidator(Schema schema) {
        this.schema = schema;
    }

    /** Every problem in {@code schema}; empty when it is valid. */
    public static List<Problem> validate(Schema schema) {
        SchemaValidator v = new SchemaValidator(schema);
        v.version();
        v.database();
        v.seed();
        v.description();
        v.tables();
        v.sequences();
        new CustomTypeValidator(schema, v.out).validateAll();
        v.extensions();
        return List.copyOf(v.out);
    }

    /** Validates and throws when anything is wrong; {@code sourceName} names the input in the message. */
    public static void requireValid(Schema schema, String sourceName) throws SchemaException {
        List<Problem> problems = validate(schema);
        if (!problems.isEmpty()) {
            throw new SchemaException(sourceName, problems);
        }
    }

    private void version() {
        SchemaPath path = SchemaPath.root().field("version");
        String supported = "supported versions: \"" + String.join("\", \"", SUPPORTED_VERSIONS) + "\"";
        if (schema.version() == null || schema.version().isBlank()) {
            out.add(path.problem("version is missing; " + supported));
        } else if (!SUPPORTED_VERSIONS.contains(schema.version().trim())) {
            out.add(path.problem("unsupported version \"" + schema.version() + "\"; " + supported));
        }
    }

    private void database() {
        SchemaPath path = SchemaPath.root().field("database");
        DatabaseConfig db = schema.database();
        if (db.name() != null && (!DATABASE_NAME.matcher(db.name()).matches()
                || db.name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Checks.MAX_NAME_BYTES)) {
            out.add(path.field("name").problem("\"" + db.name() + "\" is not a valid database name; use up to "
                    + Checks.MAX_NAME_BYTES + " letters, digits and underscores, starting with a letter or underscore"));
        }
        // the dump is always written in UTF-8
        if (db.encoding() != null && !db.encoding().trim().toUpperCase(Locale.ROOT).replace("-", "").equals("UTF8")) {
            out.add(path.field("encoding").problem("unsupported encoding \"" + db.encoding() + "\"; datagen writes UTF8 only"));
        }
    }

    /** Any text is a seed (it is hashed), but an empty one is almost surely a mistake. */
    private void seed() {
        if (schema.seed() != null && schema.seed().isBlank()) {
            out.add(SchemaPath.root().field("seed").problem("the seed is empty; give a number or any text, e.g. \"seed\": 42, or leave it out"));
        }
    }

    /** Shown on one line (e.g. by a template listing); that it is text at all is checked while reading. */
    private void description() {
        String d = schema.description();
        if (d == null) {
            return;
        }
        SchemaPath path = SchemaPath.root().field("description");
        if (d.isBlank()) {
            out.add(path.problem("the description is empty; write one line about what the schema models, or leave it out"));
        } else if (d.contains("\n") || d.contains("\r")) {
            out.add(path.problem("the description spans several lines; keep it to one line"));
        }
    }

    private void tables() {
        if (schema.tables().isEmpty()) {
            out.add(SchemaPath.root().field("tables").problem("the schema has no tables; define at least one"));
            return;
        }
        TableValidator tables = new TableValidator(schema, out);
        schema.tables().forEach(tables::validate);
    }

    private void sequences() {
        for (Map.Entry<String, Sequence> e : schema.sequences().entrySet()) {
            SchemaPath path = SchemaPath.root().field("sequences").field(e.getKey());
            Checks.name(path, "sequence name", e.getKey(), out);
            Sequence s = e.getValue();
            if (s == null) {
                continue;
            }
            if (s.name() != null && !s.name().equals(e.getKey())) {
                out.add(path.field("name").problem("\"" + s.name() + "\" does not match the key \"" + e.getKey()
                        + "\"; remove it or make them the same"));
            }
            sequenceNumbers(path, s);
        }
    }

    /** PostgreSQL's CREATE SEQUENCE rules, with its defaults for the bounds left out. */
    private void sequenceNumbers(SchemaPath path, Sequence s) {
        long increment = s.increment() == null ? 1 : s.increment();
        if (increment == 0) {
            out.add(path.field("increment").problem("must not be 0"));
        }
        if (s.cache() != null && s.cache() < 1) {
            out.add(path.field("cache").problem("must be 1 or more, got " + s.cache()));
        }
        if (s.minValue() != null && s.maxValue() != null && s.minValue() >= s.maxValue()) {
            out.add(path.field("min_value").problem(
                    "min_value " + s.minValue() + " must be less than max_value " + s.maxValue()));
            return;
        }
        if (s.start() == null || increment == 0) {
            return;
        }
        boolean ascending = increment > 0;
        long min = s.minValue() != null ? s.minValue() : ascending ? 1 : Long.MIN_VALUE;
        long max = s.maxValue() != null ? s.maxValue() : ascending ? Long.MAX_VALUE : -1;
        String direction = ascending ? "an ascending" : "a descending";
        if (s.start() < min) {
            out.add(path.field("start").problem("start " + s.start() + " is less than the minimum " + min
                    + (s.minValue() == null ? " (the default for " + direction + " sequence); set min_value" : "")));
        } else if (s.start() > max) {
            out.add(path.field("start").problem("start " + s.start() + " is greater than the maximum " + max
                    + (s.maxValue() == null ? " (the default for " + direction + " sequence); set max_value" : "")));
        }
    }

    private void extensions() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < schema.extensions().size(); i++) {
            SchemaPath path = SchemaPath.root().field("extensions", i);
            String name = schema.extensions().get(i);
            if (name == null || name.isBlank()) {
                out.add(path.problem("extension name is missing"));
            } else if (!EXTENSION_NAME.matcher(name).matches()) {
                out.add(path.problem("\"" + name + "\" is not a valid extension name; use letters, digits, '_' and '-', "
                        + "e.g. \"uuid-ossp\""));
            } else if (!seen.add(Checks.lower(name))) {
                out.add(path.problem("extension \"" + name + "\" is listed twice"));
            }
        }
    }
}
