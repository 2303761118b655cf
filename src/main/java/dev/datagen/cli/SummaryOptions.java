package dev.datagen.cli;

import dev.datagen.summary.RunSummary;
import dev.datagen.summary.SummaryDocument;
import dev.datagen.summary.SummaryFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** --summary-file and --summary-format: one document about the run, written at the end whether it succeeded or failed. */
public class SummaryOptions {
    /** The name of the field commands mix these options in as. */
    static final String MIXIN_NAME = "summaryOptions";

    @Option(names = "--summary-file", paramLabel = "PATH",
            description = "At the end, success or failure, write a summary of the run to PATH (under 4096 bytes, so "
                    + "/dev/termination-log works): status, exitCode and error on failure, seed, schemaSha256, format, location, "
                    + "bytes, sha256, rows per table, totalRows, durationSeconds, startedAt, finishedAt, datagenVersion.")
    Path summaryFile;

    @Option(names = "--summary-format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (one line) or text (key: value lines). Default: ${DEFAULT-VALUE}.")
    String summaryFormat;

    /** The command began and {@link #record} took charge of the summary (a ParameterException it throws must not write another). */
    private boolean recording;

    /** Whether a summary is wanted (facts that cost work, like a file's sha256, are then gathered). */
    boolean active() {
        return summaryFile != null;
    }

    /**
     * Runs {@code body}, filling {@code run} as it goes, then writes the summary: the success document, or on
     * any exception the failure document with the exit code and message the failure gets (the exception is
     * then rethrown for the usual report). Without --summary-file just runs {@code body}.
     */
    int record(CommandLine cl, RunSummary run, Callable<Integer> body) throws Exception {
        recording = true;
        if (summaryFile == null) {
            return body.call();
        }
        SummaryDocument.Format format;
        try {
            format = SummaryDocument.Format.parse(summaryFormat);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, "--summary-format: " + e.getMessage());
        }
        Path parent = summaryFile.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ParameterException(cl, "--summary-file: directory " + parent + " does not exist");
        }
        int code;
        try {
            code = body.call();
        } catch (Exception e) {
            writeFailure(summaryFile, format, run, CommandLineConfig.failure(e), cl.getErr());
            throw e;
        }
        try {
            SummaryFile.write(summaryFile, run.succeeded().render(format));
        } catch (IOException e) {
            throw new IOException("the summary (--summary-file): " + FileErrors.describe(e, "write", summaryFile), e);
        }
        return code;
    }

    /**
     * A command line picocli could not parse (an unknown option, {@code --rows abc}) never reaches the
     * command: when its raw arguments ask for a summary, the failed one is written from here.
     */
    static void recordParseFailure(String[] args, CommandLine.ParameterException failure, PrintWriter err) {
        CommandLine.Model.CommandSpec mixin = failure.getCommandLine().getCommandSpec().mixins().get(MIXIN_NAME);
        if (mixin == null || !(mixin.userObject() instanceof SummaryOptions options) || options.recording) {
            return;     // a command without --summary-file, or a usage error found by the command itself (already recorded)
        }
        String file = lastValue(args, "--summary-file");
        if (file == null || file.isEmpty()) {
            return;
        }
        SummaryDocument.Format format;
        try {
            format = SummaryDocument.Format.parse(Objects.requireNonNullElse(lastValue(args, "--summary-format"), "json"));
        } catch (IllegalArgumentException e) {
            format = SummaryDocument.Format.JSON;
        }
        writeFailure(Path.of(file), format, new RunSummary(), CommandLineConfig.failure(failure), err);
    }

    /** The value of the last {@code --name VALUE} or {@code --name=VALUE} among {@code args}, or null. */
    private static String lastValue(String[] args, String name) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith(name + "=")) {
                value = args[i].substring(name.length() + 1);
            }
        }
        return value;
    }

    /** Writes the failed summary; a summary that cannot be written is a warning (the failure itself is reported as usual). */
    private static void writeFailure(Path file, SummaryDocument.Format format, RunSummary run, CommandLineConfig.Failure failure,
            PrintWriter err) {
        try {
            SummaryFile.write(file, run.failed(failure.exitCode(), failure.oneLine()).render(format));
        } catch (IOException | InvalidPathException summaryFailure) {
            err.println("datagen: warning: " + FileErrors.describe(summaryFailure, "write") + " (the summary, --summary-file)");
        }
    }
}
