package dev.datagen.cli;

import dev.datagen.summary.RunSummary;
import dev.datagen.summary.SummaryDocument;
import dev.datagen.summary.SummaryFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** --summary-file and --summary-format: one document about the run, written at the end whether it succeeded or failed. */
public class SummaryOptions {

    @Option(names = "--summary-file", paramLabel = "PATH",
            description = "At the end, success or failure, write a summary of the run to PATH (under 4096 bytes, so "
                    + "/dev/termination-log works): status, exitCode and error on failure, seed, schemaSha256, format, location, "
                    + "bytes, sha256, rows per table, totalRows, durationSeconds, startedAt, finishedAt, datagenVersion.")
    Path summaryFile;

    @Option(names = "--summary-format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (one line) or text (key: value lines). Default: ${DEFAULT-VALUE}.")
    String summaryFormat;

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
            CommandLineConfig.Failure failure = CommandLineConfig.failure(e);
            try {
                SummaryFile.write(summaryFile, run.failed(failure.exitCode(), failure.oneLine()).render(format));
            } catch (IOException summaryFailure) {
                PrintWriter err = cl.getErr();
                err.println("datagen: warning: " + FileErrors.describe(summaryFailure, "write") + " (the summary, --summary-file)");
            }
            throw e;
        }
        try {
            SummaryFile.write(summaryFile, run.succeeded().render(format));
        } catch (IOException e) {
            throw new IOException("the summary (--summary-file): " + FileErrors.describe(e, "write", summaryFile), e);
        }
        return code;
    }
}
