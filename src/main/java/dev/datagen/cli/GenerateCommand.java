package dev.datagen.cli;

import dev.datagen.dump.DumpBuilder;
import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.SelectedDump;
import dev.datagen.dump.Selection;
import dev.datagen.generate.GenerationSettings;
import dev.datagen.plan.Planner;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.schema.Schema;
import dev.datagen.sink.DumpSink;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Generates data for SCHEMA and writes it as a PostgreSQL dump (pg_dump's custom format by default).",
        footer = {"", "Examples:",
                "  datagen generate blog.json -o blog.dump && pg_restore -d mydb blog.dump",
                "  datagen generate blog.json --format plain -o blog.sql && psql -d mydb -f blog.sql",
                "  cat blog.json | datagen generate - --seed 42 > blog.dump"})
public class GenerateCommand implements Callable<Integer> {
    /** The "now" of generated data when neither --now, the schema nor SOURCE_DATE_EPOCH sets one. */
    static final Instant DEFAULT_REFERENCE_INSTANT = Instant.parse("2026-01-01T00:00:00Z");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCHEMA", description = "Schema file (JSON or YAML), or - for standard input.")
    String schemaArgument;

    @Option(names = {"-o", "--output", "-f", "--file"}, paramLabel = "FILE",
            description = "Output file (written to a temporary name, renamed when complete). Default: standard output.")
    Path output;

    @Option(names = {"-F", "--format"}, paramLabel = "FORMAT", defaultValue = "custom",
            description = "custom (c, pg_restore) or plain (p, psql). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = {"-Z", "--compress"}, paramLabel = "0-9",
            description = "Compression level: custom format zlib level (default: zlib's default); plain format gzip (default: none).")
    Integer compress;

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

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads generating rows. Output is identical for any N. Default: the number of cores.")
    Integer jobs;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Mixin
    SelectionOptions selectionOptions;

    @Option(names = "--verify", description = "Read the written dump back and check it (structure, offsets, compressed data, "
            + "COPY terminators; also pg_restore -l when on PATH). A dump that fails is kept as FILE.invalid and the exit code is 4.")
    boolean verify;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a live bar when stderr is a terminal, plain lines every 5 s otherwise), bar, plain or none. "
                    + "Default: ${DEFAULT-VALUE}.")
    String progress;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        DumpFormat dumpFormat = parse(() -> DumpFormat.parse(format), "--format");
        if (compress != null && (compress < 0 || compress > 9)) {
            throw new ParameterException(spec.commandLine(), "--compress must be between 0 and 9, got " + compress);
        }
        int level = compress == null ? (dumpFormat == DumpFormat.CUSTOM ? -1 : 0) : compress;
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
        if (verify && output == null) {
            throw new ParameterException(spec.commandLine(), "--verify needs -f/--file: a dump written to standard output cannot be read back");
        }

        Schema schema = SchemaInput.load(schemaArgument);
        long seedValue;
        if (seed != null) {
            seedValue = parse(() -> SeedOption.parse(seed), "--seed");
        } else if (schema.seed() != null) {
            seedValue = parse(() -> SeedOption.parse(schema.seed()), "the schema's \"seed\"");
        } else {
            seedValue = SeedOption.random();
            if (!quiet) {
                err.println("datagen: no seed given; using --seed " + seedValue + " (pass it to reproduce this output)");
            }
        }
        GenerationSettings settings = GenerationSettings.of(seedValue, reference, locale(schema));
        SchemaPlan plan = new Planner(settings, rows).plan(schema);

        ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers, daemonThreads()) : null;
        try {
            DumpBuilder builder = new DumpBuilder(plan, pool, workers);
            SelectedDump selected = builder.build(selection);
            if (!quiet) {
                selected.warnings().forEach(w -> err.println("datagen: warning: " + w));
            }
            try (ProgressReporter reporter = new ProgressReporter(err, progressMode, selected.rows())) {
                builder.reportingTo(reporter);
                DumpContent content = selected.content();
                DumpSink sink = new DumpSink(dumpFormat, level, pool, workers);
                long started = System.nanoTime();
                if (output == null) {
                    sink.writeStream(content, System.out);
                } else {
                    sink.writeFile(content, output);
                }
                reporter.close();
                if (!quiet && output != null) {
                    err.printf(Locale.ROOT, "datagen: wrote %s (%d tables, %d rows) in %.1f s%n", output, selected.dataTables().size(),
                            selected.rows(), (System.nanoTime() - started) / 1e9);
                }
            }
            if (verify) {
                OutputVerification.verify(output, err, quiet);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return ExitCodes.OK;
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

    private Locale locale(Schema schema) {
        String tag = locale != null ? locale : schema.database().locale();
        if (tag == null || tag.isBlank()) {
            return Locale.US;
        }
        // en_US.utf8 → en-US
        String t = tag.replaceFirst("\\..*$", "").replace('_', '-');
        return Locale.forLanguageTag(t);
    }

    private <T> T parse(java.util.function.Supplier<T> parser, String what) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), what + ": " + e.getMessage());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "datagen-worker");
            t.setDaemon(true);
            return t;
        };
    }
}
