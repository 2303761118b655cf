package dev.datagen.summary;

import dev.datagen.Version;
import dev.datagen.sink.OutputResult;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run did, collected as it goes (each fact is set once it is known, so a failed run reports
 * whatever was known by then) and turned into the summary document at the end. Timestamps are the wall
 * clock: they describe the run, never the dump.
 */
public final class RunSummary {
    private final Instant startedAt;
    private final long startNanos;
    private String seed;
    private String schemaSha256;
    private String format;
    private String location;
    private OutputResult output;
    private Map<String, Long> rows;

    public RunSummary() {
        this.startedAt = Instant.now();
        this.startNanos = System.nanoTime();
    }

    public void seed(long used) {
        this.seed = Long.toString(used);
    }

    public void schemaSha256(String sha256) {
        this.schemaSha256 = sha256;
    }

    /** The dump format (null for a load into a database). */
    public void format(String dumpFormat) {
        this.format = dumpFormat;
    }

    /** Where the output goes, known before it is written (a path, or a target without its password). */
    public void location(String where) {
        this.location = where;
    }

    /** Rows per table as schema.table, in dump order. */
    public void rows(Map<String, Long> perTable) {
        this.rows = new LinkedHashMap<>(perTable);
    }

    /** What was written: its location, bytes and sha256 (a file, a directory, standard output or an uploaded object). */
    public void output(OutputResult written) {
        this.output = written;
        this.location = written.location();
    }

    /** The document of a run that succeeded. */
    public SummaryDocument succeeded() {
        return document("succeeded", null, null);
    }

    /** The document of a run that failed with {@code exitCode} and a one-line {@code error}. */
    public SummaryDocument failed(int exitCode, String error) {
        return document("failed", exitCode, error);
    }

    private SummaryDocument document(String status, Integer exitCode, String error) {
        Instant finishedAt = Instant.now();
        double seconds = Duration.ofNanos(System.nanoTime() - startNanos).toMillis() / 1000.0;
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("status", status);
        facts.put("exitCode", exitCode);
        facts.put("error", error);
        facts.put("datagenVersion", Version.get());
        facts.put("seed", seed);
        facts.put("schemaSha256", schemaSha256);
        facts.put("format", format);
        facts.put("location", location);
        facts.put("bytes", output == null ? null : output.bytes());
        facts.put("sha256", output == null ? null : output.sha256());
        facts.values().removeIf(v -> v == null);
        return new SummaryDocument(facts, rows, seconds, startedAt.truncatedTo(ChronoUnit.MILLIS), finishedAt.truncatedTo(ChronoUnit.MILLIS));
    }
}
