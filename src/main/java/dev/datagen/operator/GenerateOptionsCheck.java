package dev.datagen.operator;

import dev.datagen.dump.DumpBuilder;
import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.Selection;
import dev.datagen.dump.archive.Compression;
import dev.datagen.generate.GenerationSettings;
import dev.datagen.generate.faker.FakerLocales;
import dev.datagen.operator.crd.MockDatabaseSpec;
import dev.datagen.plan.PlanException;
import dev.datagen.plan.Planner;
import dev.datagen.schema.RowCountOverrides;
import dev.datagen.schema.Schema;
import dev.datagen.sink.DumpSink;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code datagen generate} would refuse in the options a spec becomes, asked of the same engine
 * code generate uses, so such a spec fails as InvalidSpec instead of in a Job: the compression for
 * the format, {@code --set} table names and {@code -t} patterns (the last two only when the schema is
 * known here: inline or templates).
 */
final class GenerateOptionsCheck {
    private GenerateOptionsCheck() {
    }

    /** @param schema the resolved schema, or null when it lives in a ConfigMap */
    static String problem(MockDatabaseSpec spec, Schema schema) {
        String sink = sinkProblem(spec);
        if (sink != null || schema == null) {
            return sink;
        }
        String overrides = overridesProblem(spec, schema);
        return overrides != null ? overrides : tablesProblem(spec, schema);
    }

    private static String sinkProblem(MockDatabaseSpec spec) {
        if (spec.getObjectStorage() == null) {
            return null; // format and compression are refused with postgres before this
        }
        DumpFormat format = DumpFormat.parse(spec.getFormat() == null ? "custom" : spec.getFormat().name());
        try {
            Compression compression = spec.getCompression() == null ? null : Compression.parse(spec.getCompression());
            new DumpSink(format, compression, 1);
            return null;
        } catch (IllegalArgumentException e) {
            return "compression \"" + spec.getCompression() + "\" with format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + ": " + e.getMessage();
        }
    }

    private static String overridesProblem(MockDatabaseSpec spec, Schema schema) {
        if (spec.getOverrides() == null) {
            return null;
        }
        for (Map.Entry<String, Long> e : new TreeMap<>(spec.getOverrides()).entrySet()) {
            try {
                RowCountOverrides.set(schema, e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                return "overrides." + e.getKey() + ": " + ex.getMessage();
            }
        }
        return null;
    }

    /** The -t patterns against the tables the plan would dump (a plan makes no data; planning is cheap). */
    private static String tablesProblem(MockDatabaseSpec spec, Schema schema) {
        if (spec.getTables() == null || spec.getTables().isEmpty()) {
            return null;
        }
        try {
            Selection.Builder selection = Selection.builder();
            spec.getTables().forEach(selection::table);
            String defaultSchema = spec.getPostgres() != null && spec.getPostgres().getSchema() != null
                    ? spec.getPostgres().getSchema() : Planner.PUBLIC;
            GenerationSettings settings = GenerationSettings.of(0, Instant.EPOCH, FakerLocales.parse(schema.database().locale()));
            new DumpBuilder(new Planner(settings, spec.getRows(), defaultSchema).plan(schema), null, 1).build(selection.build());
            return null;
        } catch (IllegalArgumentException e) {
            return "tables: " + e.getMessage();
        } catch (PlanException e) {
            return "spec.schema cannot be generated: " + e.getMessage().replace("\n", "; ");
        }
    }
}
