package dev.datagen.cli;

import dev.datagen.schema.RowCountOverrides;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SchemaException;
import dev.datagen.schema.TemplateCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Where {@code generate}'s schema comes from — a file or built-in templates — and its row-count customization. */
public class SchemaSource {
    private static final Pattern SETTING = Pattern.compile("(?<table>.+)\\.(?<key>[^.=]+)=(?<value>.*)");

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCHEMA",
            description = "Schema file (JSON or YAML), or - for standard input. Leave it out with --template.")
    String schemaArgument;

    @Option(names = "--template", paramLabel = "NAME",
            description = "Generate a built-in template instead of a schema file (see: datagen template list). "
                    + "Repeat it to mix templates: same-named tables are unified.")
    List<String> templates = new ArrayList<>();

    @Option(names = "--scale", paramLabel = "F", description = "Multiply every row count by F (e.g. 0.1 or 10), rounded; a table with rows keeps at least 1, "
                    + "a table with fixed_rows keeps its count, and per_parent children follow their parents.")
    Double scale;

    @Option(names = "--set", paramLabel = "TABLE.rows=N", description = "Give TABLE N rows (repeatable; applied after --scale).")
    List<String> settings = new ArrayList<>();

    private record RowSetting(String table, long rows) {
    }

    /** Checks the options before anything is read: exactly one source, known template names, well-formed settings. */
    void check(CommandLine commandLine) {
        if (schemaArgument != null && !templates.isEmpty()) {
            throw new ParameterException(commandLine, "give either SCHEMA or --template, not both; to build on a template in a schema, "
                    + "write \"extends\": [\"" + templates.get(0) + "\"] in it");
        }
        if (schemaArgument == null && templates.isEmpty()) {
            throw new ParameterException(commandLine, "missing SCHEMA (a schema file, or - for standard input) or --template NAME");
        }
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        templates.stream().filter(t -> !catalog.has(t)).findFirst().ifPresent(t -> {
            throw new ParameterException(commandLine, "--template: " + catalog.unknownMessage(t));
        });
        templates.stream().filter(t -> templates.indexOf(t) != templates.lastIndexOf(t)).findFirst().ifPresent(t -> {
            throw new ParameterException(commandLine, "--template " + t + " is given twice");
        });
        if (scale != null && (!(scale > 0) || scale.isInfinite())) {
            throw new ParameterException(commandLine, "--scale must be a number greater than 0, got " + scale);
        }
        rowSettings(commandLine);
    }

    /** The schema as written or mixed, with --scale and --set applied. */
    Schema load(CommandLine commandLine) throws SchemaException {
        Schema schema = templates.isEmpty() ? SchemaInput.load(schemaArgument) : SchemaInput.templates(templates);
        if (scale != null) {
            schema = RowCountOverrides.scale(schema, scale);
        }
        for (RowSetting s : rowSettings(commandLine)) {
            try {
                schema = RowCountOverrides.set(schema, s.table(), s.rows());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(commandLine, "--set " + s.table() + ".rows: " + e.getMessage());
            }
        }
        return schema;
    }

    private List<RowSetting> rowSettings(CommandLine commandLine) {
        List<RowSetting> parsed = new ArrayList<>();
        for (String setting : settings) {
            Matcher m = SETTING.matcher(setting);
            if (!m.matches()) {
                throw new ParameterException(commandLine, "--set must look like TABLE.rows=N, e.g. --set customers.rows=5000; got \"" + setting + "\"");
            }
            String key = m.group("key").strip().toLowerCase(Locale.ROOT);
            if (!key.equals("rows") && !key.equals("row_count")) {
                throw new ParameterException(commandLine, "--set: unknown setting \"" + m.group("key") + "\"; only rows can be set, "
                        + "as in --set " + m.group("table") + ".rows=N (anything else: write a schema that \"extends\" the template)");
            }
            try {
                parsed.add(new RowSetting(m.group("table").strip(), Long.parseLong(m.group("value").strip())));
            } catch (NumberFormatException e) {
                throw new ParameterException(commandLine, "--set " + m.group("table") + ".rows: expected a whole number, got \"" + m.group("value") + "\"");
            }
        }
        return parsed;
    }
}
