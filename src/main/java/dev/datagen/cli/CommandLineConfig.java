package dev.datagen.cli;

import dev.datagen.dump.SelectionException;
import dev.datagen.dump.archive.ArchiveFormatException;
import dev.datagen.plan.PlanException;
import dev.datagen.schema.SchemaException;
import dev.datagen.sink.TargetException;
import dev.datagen.sink.s3.ObjectStorageException;
import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Maps failures to short messages on stderr and named exit codes; stack traces only with DATAGEN_DEBUG=1. */
@ApplicationScoped
public class CommandLineConfig {
    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        return configure(factory.create());
    }

    /** Installs the failure handling on {@code cl} (also usable without Quarkus, as the stdout tests do). */
    static CommandLine configure(CommandLine cl) {
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, commandLine.getErr()));
        CommandLine.IParameterExceptionHandler standard = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, args) -> {
            int code = standard.handleParseException(ex, args);
            SummaryOptions.recordParseFailure(args, ex, ex.getCommandLine().getErr());
            return code;
        });
        return cl;
    }

    /** Prints what went wrong and returns the exit code. */
    static int report(Exception ex, PrintWriter err) {
        Failure failure = failure(ex);
        failure.lines().forEach(err::println);
        if (failure.trace()) {
            debug(ex, err);
        }
        return failure.exitCode();
    }

    /** What a failure means: its exit code, the lines stderr shows, and whether DATAGEN_DEBUG=1 adds the stack trace. */
    record Failure(int exitCode, List<String> lines, boolean trace) {
        Failure(int exitCode, String line, boolean trace) {
            this(exitCode, List.of(line), trace);
        }

        /** The message on one line, without the "datagen: " prefix (for the run summary). */
        String oneLine() {
            return String.join("; ", lines.stream().flatMap(String::lines).map(l -> l.replaceFirst("^datagen: ", "").strip())
                    .filter(l -> !l.isEmpty()).toList());
        }
    }

    static Failure failure(Exception ex) {
        if (ex instanceof CommandLine.ParameterException pe) {
            return new Failure(ExitCodes.USAGE, "datagen: " + pe.getMessage(), false);
        }
        if (ex instanceof SchemaException se) {
            return new Failure(ExitCodes.INVALID_SCHEMA, "datagen: invalid schema " + se.getMessage(), false);
        }
        if (ex instanceof ArchiveFormatException afe) {
            return new Failure(ExitCodes.INVALID_ARCHIVE, "datagen: " + afe.getMessage(), false);
        }
        if (ex instanceof OutputVerification.FailedException vf) {
            return new Failure(ExitCodes.GENERATION_FAILED, "datagen: verification failed: " + vf.getMessage(), false);
        }
        if (ex instanceof SelectionException se) {
            return new Failure(ExitCodes.USAGE, "datagen: " + se.getMessage(), false);
        }
        if (ex instanceof TargetException te) {
            return new Failure(te.kind() == TargetException.Kind.UNREACHABLE ? ExitCodes.TARGET_UNREACHABLE : ExitCodes.GENERATION_FAILED,
                    "datagen: " + te.getMessage(), true);
        }
        if (ex instanceof ObjectStorageException ose) {
            return new Failure(ExitCodes.OBJECT_STORAGE_FAILED, "datagen: " + ose.getMessage(), true);
        }
        if (ex instanceof PlanException pe) {
            List<String> lines = new ArrayList<>();
            lines.add("datagen: the schema cannot be generated as written (" + pe.problems().size()
                    + (pe.problems().size() == 1 ? " problem):" : " problems):"));
            pe.problems().forEach(p -> lines.add("  " + p));
            return new Failure(ExitCodes.INVALID_SCHEMA, lines, false);
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            return new Failure(ExitCodes.GENERATION_FAILED, "datagen: generation failed: " + FileErrors.describe(ex, "write"), true);
        }
        // a generator's failure (GenerationException) is a bug too, whatever the number of workers
        return new Failure(ExitCodes.SOFTWARE, "datagen: internal error: " + FileErrors.describe(ex, "write")
                + " (set DATAGEN_DEBUG=1 for details; please report it)", true);
    }

    private static void debug(Throwable ex, java.io.PrintWriter err) {
        if ("1".equals(System.getenv("DATAGEN_DEBUG"))) {
            ex.printStackTrace(err);
        }
    }
}
