package dev.datagen.support;

import dev.datagen.dump.DumpBuilder;
import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.InsertStyle;
import dev.datagen.dump.SelectedDump;
import dev.datagen.dump.Selection;
import dev.datagen.dump.archive.Compression;
import dev.datagen.generate.GenerationSettings;
import dev.datagen.plan.Planner;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SchemaReader;
import dev.datagen.schema.SchemaValidator;
import dev.datagen.sink.DumpSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs the engine (read → validate → plan → build → write) the way the generate command does. */
public final class Dumps {
    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private Dumps() {
    }

    public static Schema schema(String resource) {
        return validSchema("/schemas/" + resource, resource);
    }

    /** A built-in template, {@code src/main/resources/dev/datagen/templates/NAME.json}, read and validated. */
    public static Schema template(String name) {
        return validSchema("/dev/datagen/templates/" + name + ".json", name + ".json");
    }

    private static Schema validSchema(String classpathResource, String resource) {
        try (InputStream in = Dumps.class.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema resource " + classpathResource);
            }
            Schema schema = new SchemaReader().read(in, resource);
            SchemaValidator.requireValid(schema, resource);
            return schema;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema with every row_count multiplied by {@code factor}: many chunks and compression segments from a small schema. */
    public static Schema scaled(String resource, int factor) {
        return rowCounts(resource, n -> n * factor);
    }

    /** The schema with every row_count divided by {@code divisor}: a big benchmark schema at test size. */
    public static Schema divided(String resource, int divisor) {
        return rowCounts(resource, n -> n / divisor);
    }

    private static Schema rowCounts(String resource, java.util.function.LongUnaryOperator rows) {
        try (InputStream in = Dumps.class.getResourceAsStream("/schemas/" + resource)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String scaledText = java.util.regex.Pattern.compile("\"row_count\"\\s*:\\s*(\\d+)").matcher(text)
                    .replaceAll(m -> "\"row_count\": " + rows.applyAsLong(Long.parseLong(m.group(1))));
            Schema schema = new SchemaReader().parse(scaledText, resource);
            SchemaValidator.requireValid(schema, resource);
            return schema;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code schema}'s dump to {@code target} (a file, or a directory for the directory format). */
    public static SchemaPlan write(Schema schema, DumpFormat format, int compression, long seed, int jobs, Path target) {
        return write(plan(schema, seed, Locale.US), format, compression, jobs, target);
    }

    private static SchemaPlan write(SchemaPlan plan, DumpFormat format, int compression, int jobs, Path target) {
        build(plan, jobs, null, (content, pool) -> sink(format, compression, jobs, pool).writeFile(content, target));
        return plan;
    }

    private static SchemaPlan plan(Schema schema, long seed, Locale locale) {
        try {
            return new Planner(GenerationSettings.of(seed, NOW, locale), null).plan(schema);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static SchemaPlan plan(Schema schema, long seed) {
        return plan(schema, seed, Locale.US);
    }

    /** The plan of a load into {@code targetSchema} (generate --target-schema). */
    public static SchemaPlan plan(String resource, long seed, String targetSchema) {
        try {
            return new Planner(GenerationSettings.of(seed, NOW, Locale.US), null, targetSchema).plan(schema(resource));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static SchemaPlan plan(String resource, long seed) {
        return plan(resource, seed, Locale.US);
    }

    public static SchemaPlan plan(String resource, long seed, Locale locale) {
        return plan(schema(resource), seed, locale);
    }

    /** Writes the schema's dump to {@code target} (a file: custom archives get data offsets). */
    public static SchemaPlan write(String resource, DumpFormat format, int compression, long seed, int jobs, Path target) {
        return write(resource, Locale.US, format, compression, seed, jobs, target);
    }

    /** As {@link #write(String, DumpFormat, int, long, int, Path)}, with the data in {@code locale}. */
    public static SchemaPlan write(String resource, Locale locale, DumpFormat format, int compression, long seed, int jobs, Path target) {
        return write(plan(resource, seed, locale), format, compression, jobs, target);
    }

    /**
     * Writes the dump as the generate command would: {@code compression} null for the format's default,
     * {@code inserts} null for COPY; {@code jobs} workers generate rows and write table files.
     */
    public static SchemaPlan write(String resource, DumpFormat format, Compression compression, InsertStyle inserts, long seed,
            int jobs, Path target) {
        SchemaPlan plan = plan(resource, seed);
        build(plan, jobs, inserts, (content, pool) -> new DumpSink(format, compression, jobs).compressingOn(pool).writeFile(content, target));
        return plan;
    }

    /** The schema's custom-format dump (2 workers) restored cleanly by pg_restore into a new database; close it when done. */
    public static TestDatabase restored(String resource, long seed, Path dir) {
        Path dump = dir.resolve(resource + ".dump");
        write(resource, DumpFormat.CUSTOM, -1, seed, 2, dump);
        TestDatabase db = TestPostgres.get().createDatabase();
        db.restore(dump).assertClean();
        return db;
    }

    /** The dump as bytes, written to a stream (no seeking). */
    public static byte[] bytes(String resource, DumpFormat format, int compression, long seed, int jobs) {
        return bytes(resource, Locale.US, format, compression, seed, jobs);
    }

    public static byte[] bytes(String resource, Locale locale, DumpFormat format, int compression, long seed, int jobs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        build(plan(resource, seed, locale), jobs, null, (content, pool) -> sink(format, compression, jobs, pool).writeStream(content, out));
        return out.toByteArray();
    }

    /**
     * A sink as the generate command makes it; {@code compression} is pg_dump 15's -Z level, -1 for
     * pg_dump's default (zlib's default level for custom and directory archives, none otherwise).
     */
    private static DumpSink sink(DumpFormat format, int compression, int jobs, ExecutorService pool) {
        Compression pgDumpDefault = format == DumpFormat.CUSTOM || format == DumpFormat.DIRECTORY ? Compression.GZIP : null;
        return new DumpSink(format, compression == -1 ? pgDumpDefault : Compression.zlib(compression), jobs).compressingOn(pool);
    }

    /** The selected part of the schema's dump (single-threaded; payloads generate when written). */
    public static SelectedDump select(String resource, long seed, Selection selection) {
        return new DumpBuilder(plan(resource, seed), null, 1).build(selection);
    }

    /** Writes the selected part as a custom archive file (with data offsets). */
    public static SelectedDump writeSelected(String resource, long seed, Selection selection, Path target) {
        SelectedDump selected = select(resource, seed, selection);
        try {
            new DumpSink(DumpFormat.CUSTOM, -1).writeFile(selected.content(), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return selected;
    }

    private interface ContentWriter {
        void write(DumpContent content, ExecutorService pool) throws IOException;
    }

    /** Builds the dump content with {@code jobs} workers (the generate command's pool) and hands it on. */
    private static void build(SchemaPlan plan, int jobs, InsertStyle inserts, ContentWriter writer) {
        ExecutorService pool = jobs > 1 ? Executors.newFixedThreadPool(jobs) : null;
        try {
            writer.write(new DumpBuilder(plan, pool, jobs).insertStyle(inserts).build(), pool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
