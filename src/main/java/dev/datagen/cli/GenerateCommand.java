package dev.datagen.cli;

import dev.datagen.dump.DumpBuilder;
import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.InsertStyle;
import dev.datagen.dump.SelectedDump;
import dev.datagen.dump.Selection;
import dev.datagen.dump.archive.Compression;
import dev.datagen.dump.archive.DirectoryArchiveWriter;
import dev.datagen.generate.GenerationSettings;
import dev.datagen.generate.faker.FakerLocales;
import dev.datagen.generate.faker.Vocabulary;
import dev.datagen.plan.Planner;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SchemaFingerprint;
import dev.datagen.sink.DumpSink;
import dev.datagen.sink.PostgresTarget;
import dev.datagen.sink.s3.ObjectStorageException;
import dev.datagen.sink.s3.ObjectStore;
import dev.datagen.sink.s3.S3Location;
import dev.datagen.sink.s3.S3Settings;
import dev.datagen.sink.OutputResult;
import dev.datagen.Version;
import java.util.Map;
import dev.datagen.summary.RunSummary;
import dev.datagen.dump.WriterThreads;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Generates data for SCHEMA (or built-in templates) and writes it as a PostgreSQL dump (pg_dump's custom format by default).",
        footer = {"", "Examples:",
                "  datagen generate blog.json -o blog.dump && pg_restore -d mydb blog.dump",
                "  datagen generate blog.json --format plain -o blog.sql && psql -d mydb -f blog.sql",
                "  datagen generate blog.json -Fd -Z lz4 -f blog.dir && pg_restore -j 4 -d mydb blog.dir",
                "  cat blog.json | datagen generate - --seed 42 > blog.dump",
                "  datagen generate --template ecommerce --scale 10 --set customers.rows=5000 -o shop.dump",
                "  datagen generate --template saas --template finance -o mix.dump",
                "  PGPASSWORD=secret datagen generate blog.json --target postgresql://app@db:5432/blog --clean --if-exists",
                "  DATAGEN_TARGET=postgresql://app@db/blog datagen generate --template saas --target-schema preview --summary-file run.json"})
public class GenerateCommand implements Callable<Integer> {
    /** The "now" of generated data when neither --now, the schema nor SOURCE_DATE_EPOCH sets one. */
    static final Instant DEFAULT_REFERENCE_INSTANT = Instant.parse("2026-01-01T00:00:00Z");

    /** Settings for a plan whose values are never generated. */
    static GenerationSettings planningSettings() {
        return GenerationSettings.of(0, DEFAULT_REFERENCE_INSTANT, Locale.US);
    }

    @Spec
    CommandSpec spec;

    @Mixin
    SchemaSource source;

    /** -o as a local path; null for standard output or an upload. */
    Path output;
    /** -o as given: a local path or s3://BUCKET/KEY. */
    String outputArgument;

    @Option(names = {"-f", "--file", "-o", "--output"}, paramLabel = "FILE",
            description = "Output file, or directory for --format directory (written under a temporary name, "
                    + "renamed when complete), or s3://BUCKET/KEY to upload it (see --s3-*), or - for standard output "
                    + "(the default).")
    void output(String value) {
        outputArgument = value;
        output = S3Location.isObjectUrl(value) || STANDARD_OUTPUT.equals(value) ? null : Path.of(value);
    }

    /** -o - : standard output, as pg_restore -f - (and SCHEMA - for standard input). */
    private static final String STANDARD_OUTPUT = "-";

    @Option(names = {"-F", "--format"}, paramLabel = "FORMAT", defaultValue = "custom",
            description = "pg_dump's formats: custom (c) and tar (t) for pg_restore, directory (d) for pg_restore -j, "
                    + "plain (p) for psql; also copy (= plain) and sql (= plain --inserts). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-Z", "--compress"}, paramLabel = "METHOD[:LEVEL]",
            description = "pg_dump's compression: 0-9 (gzip level, 0 = none), none, gzip[:1-9], lz4[:1-12] or zstd. "
                    + "Default: gzip:5 for custom and directory (within 1%% of pg_dump's level 6 in size, much faster; -Z gzip gives zlib's default), "
                    + "none for plain and tar (tar allows no compression). "
                    + "lz4 and zstd archives need pg_restore 16 or newer.")
    String compress;

    @Option(names = "--inserts", description = "Table data as INSERT statements instead of COPY (slower to restore; any SQL database reads it).")
    boolean inserts;

    @Option(names = "--column-inserts", description = "Like --inserts, naming the columns: INSERT INTO t (a, b) VALUES (...).")
    boolean columnInserts;

    @Option(names = "--rows-per-insert", paramLabel = "N", description = "Like --inserts, with up to N rows per INSERT statement.")
    Integer rowsPerInsert;

    @Option(names = "--seed", paramLabel = "SEED",
            description = "Seed for reproducible output: a number or any text. Default: the schema's \"seed\", else random (printed).")
    String seed;

    @Option(names = "--rows", paramLabel = "N", description = "Rows for tables whose schema gives no row_count. Default: "
            + Planner.DEFAULT_ROWS + ".")
    Long rows;

    @Option(names = "--now", paramLabel = "TIMESTAMP",
            description = "The instant generated dates are relative to (ISO-8601, e.g. 2025-06-30T12:00:00Z). "
                    + "Default: SOURCE_DATE_EPOCH if set, else 2026-01-01T00:00:00Z — never the clock, so output is reproducible.")
    String now;

    @Option(names = "--locale", paramLabel = "LOCALE", description = "Locale of names, places and words (e.g. en_US, de_DE, fr_FR). "
            + "Default: database.locale of the schema, else en_US.")
    String locale;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads generating rows; the directory and tar formats also write up to N tables at once. "
            + "Output is identical for any N. Default: the number of cores.")
    Integer jobs;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Mixin
    SelectionOptions selectionOptions;

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    ObjectStorageOptions objectStorage;

    /** -o s3://…: where the dump is uploaded; null otherwise. */
    S3Location upload;

    @Option(names = "--verify", description = "Read the written dump back and check it (structure, offsets, compressed data, "
            + "COPY terminators; also pg_restore -l when on PATH). A dump that fails is kept as FILE.invalid and the exit code is 4.")
    boolean verify;

    @Mixin(name = SummaryOptions.MIXIN_NAME)
    SummaryOptions summaryOptions;

    /** The facts --summary-file reports, collected as the run learns them. */
    private final RunSummary run = new RunSummary();

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a live bar when stderr is a terminal, plain lines every 5 s otherwise), bar, plain or none. "
                    + "Default: ${DEFAULT-VALUE}.")
    String progress;

    @Override
    public Integer call() throws Exception {
        return summaryOptions.record(spec.commandLine(), run, this::generate);
    }

    private int generate() throws Exception {
        // every option is checked before the schema is read or a row generated, as pg_dump does
        DumpFormat dumpFormat = parse(() -> DumpFormat.parse(format), "--format");
        Compression compression = compress == null ? null : parse(() -> Compression.parse(compress), "--compress");
        InsertStyle insertStyle = insertStyle();
        if (rows != null && rows < 0) {
            throw new ParameterException(spec.commandLine(), "--rows must be 0 or more, got " + rows);
        }
        ProgressReporter.Mode progressMode = parse(() -> ProgressReporter.mode(progress, quiet), "--progress");
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + jobs);
        }
        Instant reference = referenceInstant();
        Selection selection = selectionOptions.selection(spec.commandLine());
        source.check(spec.commandLine());
        upload = objectStorage.location(spec.commandLine(), outputArgument);
        S3Settings s3Settings = upload == null ? null : objectStorage.settings(spec.commandLine());
        TargetOptions.Destination destination = checkTarget(workers, insertStyle);
        PostgresTarget target = destination == null ? null : destination.target();
        checkVerify();
        DumpSink sink = parse(() -> new DumpSink(dumpFormat, compression, workers), "--compress");
        if (target == null) {
            checkOutput(dumpFormat);
            noteArchiveVersion(dumpFormat, sink.compression());
            run.format(dumpFormat.name().toLowerCase(Locale.ROOT));
            run.location(upload != null ? upload.toString() : output == null ? "standard output" : output.toString());
        } else {
            run.location(target.describe(destination.schema()));
        }

        Schema schema = source.load(spec.commandLine());
        // serializing the schema costs start-up time: only for the summary and the upload's metadata
        String schemaSha256 = summaryOptions.active() || upload != null ? SchemaFingerprint.sha256(schema) : null;
        run.schemaSha256(schemaSha256);
        long usedSeed = seed(schema);
        run.seed(usedSeed);
        GenerationSettings settings = GenerationSettings.of(usedSeed, reference, locale(schema));
        Vocabulary.warmUp(settings.locale());   // the word pools beside planning: a snapshot's or, without one, a second of Datafaker
        SchemaPlan plan = new Planner(settings, rows, destination == null ? Planner.PUBLIC : destination.schema()).plan(schema);
        ObjectStore store = upload == null ? null : openStore(s3Settings);

        ExecutorService pool = workers > 1 ? WriterThreads.pool(workers, "datagen-worker") : null;
        try {
            DumpBuilder builder = new DumpBuilder(plan, pool, workers).insertStyle(insertStyle);
            SelectedDump selected = builder.build(selection);
            run.rows(selected.rowsPerTable());
            if (!quiet) {
                selected.warnings().forEach(w -> System.err.println("datagen: warning: " + w));
            }
            int passes = store == null ? 1 : ObjectStore.passes(sink, objectStorage.spool);
            try (ProgressReporter reporter = new ProgressReporter(System.err, progressMode, selected.rows() * passes)) {
                builder.reportingTo(reporter);
                if (target != null) {
                    load(selected, target, reporter);
                } else if (store != null) {
                    upload(selected, sink.compressingOn(pool), store, metadata(settings, schemaSha256), reporter);
                } else {
                    write(selected, sink.compressingOn(pool), reporter);
                }
            }
            if (verify) {
                OutputVerification.verify(output, System.err, quiet);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            if (store != null) {
                store.close();
            }
        }
        return ExitCodes.OK;
    }

    /** The store, checked before anything is generated: reachable, bucket there, credentials accepted. */
    private ObjectStore openStore(S3Settings s3Settings) throws ObjectStorageException {
        ObjectStore store = ObjectStore.open(s3Settings);
        try {
            store.check(upload);
        } catch (ObjectStorageException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** What every uploaded object carries besides its sha256. */
    private static Map<String, String> metadata(GenerationSettings settings, String schemaSha256) {
        return Map.of(ObjectStore.VERSION, Version.get(), ObjectStore.SEED, Long.toString(settings.seed()),
                ObjectStore.SCHEMA_SHA256, schemaSha256);
    }

    /** Uploads the dump, then the one-line summary. */
    private void upload(SelectedDump selected, DumpSink sink, ObjectStore store, Map<String, String> metadata,
            ProgressReporter reporter) throws Exception {
        long started = System.nanoTime();
        OutputResult uploaded = store.upload(selected.content(), sink, upload, metadata, objectStorage.spool, () -> {
            if (!quiet) {
                System.err.println("datagen: pass 2 of 2: uploading (pass 1 computed the data offsets pg_restore -j needs; --s3-spool DIR avoids it)");
            }
        });
        run.output(uploaded);
        reporter.close();
        if (!quiet) {
            System.err.printf(Locale.ROOT, "datagen: uploaded %s (%d tables, %d rows, %d bytes, sha256 %s) in %.1f s%n", uploaded.location(),
                    selected.dataTables().size(), selected.rows(), uploaded.bytes(), uploaded.sha256(), (System.nanoTime() - started) / 1e9);
        }
    }

    /** Writes the dump to the file or standard output, then the one-line summary. */
    private void write(SelectedDump selected, DumpSink sink, ProgressReporter reporter) throws java.io.IOException {
        long started = System.nanoTime();
        if (output == null) {
            OutputResult written = sink.writeStandardOutput(selected.content(), summaryOptions.active());
            if (written != null) {
                run.output(written);
            }
        } else {
            sink.writeFile(selected.content(), output);
            if (summaryOptions.active()) {
                run.output(OutputResult.of(output)); // read back: the custom format rewrites its TOC after the data
            }
        }
        reporter.close();
        if (!quiet && output != null) {
            System.err.printf(Locale.ROOT, "datagen: wrote %s (%d tables, %d rows) in %.1f s%n", output, selected.dataTables().size(),
                    selected.rows(), (System.nanoTime() - started) / 1e9);
        }
    }

    /** Loads into the live database, then the one-line summary. */
    private void load(SelectedDump selected, PostgresTarget target, ProgressReporter reporter) throws Exception {
        long started = System.nanoTime();
        PostgresTarget.Loaded loaded = target.load(selected.content());
        reporter.close();
        if (!quiet) {
            System.err.printf(Locale.ROOT, "datagen: loaded %d tables (%d rows) into %s in %.1f s%n", loaded.tables(),
                    selected.rows(), loaded.target(), (System.nanoTime() - started) / 1e9);
        }
    }

    /** --target replaces the dump file: options that only shape or check a file are refused with it. */
    private TargetOptions.Destination checkTarget(int workers, InsertStyle insertStyle) {
        TargetOptions.Destination target = targetOptions.target(spec.commandLine(), workers, outputArgument != null);
        if (target == null) {
            return null;
        }
        if (outputArgument != null) {
            throw new ParameterException(spec.commandLine(), "--target and -o/--file are mutually exclusive: load into a database or write a file");
        }
        if (verify) {
            throw new ParameterException(spec.commandLine(), "--verify checks a written dump file; it cannot be used with --target");
        }
        if (insertStyle != null) {
            throw new ParameterException(spec.commandLine(), "--target loads table data with COPY; --inserts, --column-inserts, "
                    + "--rows-per-insert and --format sql only apply to dump files");
        }
        if (compress != null || spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            throw new ParameterException(spec.commandLine(), "--format and --compress shape a dump file; they cannot be used with --target");
        }
        return target;
    }

    /** --seed, else the schema's "seed", else a random one that is printed so the run can be repeated. */
    private long seed(Schema schema) {
        if (seed != null) {
            return parse(() -> SeedOption.parse(seed), "--seed");
        }
        if (schema.seed() != null) {
            return SeedOption.parse(schema.seed()); // the validator refused an empty one
        }
        long random = SeedOption.random();
        if (!quiet) {
            System.err.println("datagen: no seed given; using --seed " + random + " (pass it to reproduce this output)");
        }
        return random;
    }

    /** --verify reads the output back, so it needs a regular file or directory. */
    private void checkVerify() {
        if (verify && upload != null) {
            throw new ParameterException(spec.commandLine(), "--verify reads a written dump back; it cannot check an upload to object storage "
                    + "(write -o FILE --verify, or download the object and run datagen inspect --verify on it)");
        }
        if (verify && output == null) {
            throw new ParameterException(spec.commandLine(), "--verify needs -f/--file: a dump written to standard output cannot be read back");
        }
        if (verify && !OutputVerification.canReadBack(output)) {
            throw new ParameterException(spec.commandLine(), "--verify needs a regular file or directory to read back; "
                    + output + " is a device or pipe");
        }
    }

    /** lz4 and zstd need a newer archive version than pg_restore 12-15 read: say so. */
    private void noteArchiveVersion(DumpFormat dumpFormat, Compression compression) {
        if (!quiet && dumpFormat != DumpFormat.PLAIN && compression.minimumPgRestore() > 12) {
            System.err.println("datagen: note: " + compression.algorithm().pgName() + " compression needs archive version 1."
                    + compression.archiveVersion().minor + ": only pg_restore " + compression.minimumPgRestore()
                    + " and newer can read this dump");
        }
    }

    /** pg_dump's --inserts family; the format name "sql" implies --inserts, "copy" rules it out. */
    private InsertStyle insertStyle() {
        if (rowsPerInsert != null && rowsPerInsert < 1) {
            throw new ParameterException(spec.commandLine(), "--rows-per-insert must be in range 1..2147483647, got " + rowsPerInsert);
        }
        boolean wanted = inserts || columnInserts || rowsPerInsert != null;
        if (wanted && format.trim().equalsIgnoreCase("copy")) {
            throw new ParameterException(spec.commandLine(),
                    "--format copy writes COPY blocks; use --format sql (or plain) for INSERT statements");
        }
        if (!wanted && !DumpFormat.meansInserts(format)) {
            return null;
        }
        return new InsertStyle(columnInserts, rowsPerInsert == null ? 1 : rowsPerInsert);
    }

    /** Fails before any work where pg_dump would: a directory archive needs a directory that is absent or empty. */
    private void checkOutput(DumpFormat dumpFormat) {
        if (dumpFormat != DumpFormat.DIRECTORY || upload != null) {
            return;
        }
        if (output == null) {
            throw new ParameterException(spec.commandLine(), "--format directory needs an output directory"
                    + (outputArgument == null ? ": add -f DIR" : ", not standard output: use -f DIR"));
        }
        try {
            DirectoryArchiveWriter.checkTarget(output.toAbsolutePath());
        } catch (java.io.IOException e) {
            throw new ParameterException(spec.commandLine(), "--file: " + e.getMessage());
        }
    }

    private Instant referenceInstant() {
        if (now != null) {
            try {
                return Instant.parse(now);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--now must be an ISO-8601 instant such as 2025-06-30T12:00:00Z, got \"" + now + "\"");
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "SOURCE_DATE_EPOCH must be a number of seconds, got \"" + epoch + "\"");
            }
        }
        return DEFAULT_REFERENCE_INSTANT;
    }

    /** --locale, else the schema's database.locale (checked when the schema was loaded), else en_US. */
    private Locale locale(Schema schema) {
        if (locale != null) {
            return parse(() -> FakerLocales.parse(locale), "--locale");
        }
        return FakerLocales.parse(schema.database().locale());
    }

    private <T> T parse(java.util.function.Supplier<T> parser, String what) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), what + ": " + e.getMessage());
        }
    }
}
