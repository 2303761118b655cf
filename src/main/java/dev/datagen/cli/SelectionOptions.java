package dev.datagen.cli;

import dev.datagen.dump.Selection;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** pg_dump's selection switches, with pg_dump's names and meaning; a mixin of {@code generate}. */
public class SelectionOptions {
    @Option(names = {"-s", "--schema-only"}, description = "Only the schema: no table data, no sequence values.")
    boolean schemaOnly;

    @Option(names = {"-a", "--data-only"}, description = "Only the data (COPY blocks and sequence values), no schema.")
    boolean dataOnly;

    @Option(names = "--section", paramLabel = "SECTION",
            description = "Only this section: pre-data, data or post-data (repeatable), as pg_dump's --section.")
    List<String> sections = new ArrayList<>();

    @Option(names = {"-t", "--table"}, paramLabel = "PATTERN",
            description = "Only tables (and sequences) matching PATTERN (repeatable; * and ? wildcards, schema.name, "
                    + "\"Quoted\" keeps case). As with pg_dump, not their schema, types or extensions.")
    List<String> tables = new ArrayList<>();

    @Option(names = {"-T", "--exclude-table"}, paramLabel = "PATTERN", description = "Leave out tables matching PATTERN (repeatable).")
    List<String> excludedTables = new ArrayList<>();

    @Option(names = {"-n", "--schema"}, paramLabel = "PATTERN", description = "Only objects in schemas matching PATTERN (repeatable).")
    List<String> schemas = new ArrayList<>();

    @Option(names = {"-N", "--exclude-schema"}, paramLabel = "PATTERN", description = "Leave out schemas matching PATTERN (repeatable).")
    List<String> excludedSchemas = new ArrayList<>();

    @Option(names = {"-O", "--no-owner"},
            description = "Accepted for pg_dump compatibility: datagen's dumps never set object owners, so restores need no particular role.")
    boolean noOwner;

    @Option(names = "--no-comments", description = "Leave out COMMENT ON statements.")
    boolean noComments;

    /** @throws ParameterException for what pg_dump refuses (-s with -a, an unknown section, a malformed pattern) */
    Selection selection(CommandLine commandLine) {
        try {
            Selection.Builder b = Selection.builder().schemaOnly(schemaOnly).dataOnly(dataOnly).comments(!noComments);
            sections.forEach(b::section);
            tables.forEach(b::table);
            excludedTables.forEach(b::excludeTable);
            schemas.forEach(b::schema);
            excludedSchemas.forEach(b::excludeSchema);
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
    }
}
