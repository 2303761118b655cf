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
        return cl;
    }

    /** Prints what went wrong and returns the exit code. */
    static int report(Exception ex, PrintWriter err) {
        if (ex instanceof SchemaException se) {
            err.println("datagen: invalid schema " + se.getMessage());
            return ExitCodes.INVALID_SCHEMA;
        }
        if (ex instanceof ArchiveFormatException afe) {
            err.println("datagen: " + afe.getMessage());
            return ExitCodes.INVALID_ARCHIVE;
        }
        if (ex instanceof OutputVerification.FailedException vf) {
            err.println("datagen: verification failed: " + vf.getMessage());
            return ExitCodes.GENERATION_FAILED;
        }
        if (ex instanceof SelectionException se) {
            err.println("datagen: " + se.getMessage());
            return ExitCodes.USAGE;
        }
        if (ex instanceof TargetException te) {
            err.println("datagen: " + te.getMessage());
            debug(ex, err);
            return te.kind() == TargetException.Kind.UNREACHABLE ? ExitCodes.TARGET_UNREACHABLE : ExitCodes.GENERATION_FAILED;
        }
        if (ex instanceof ObjectStorageException ose) {
            err.println("datagen: " + ose.getMessage());
            debug(ex, err);
            return ExitCodes.OBJECT_STORAGE_FAILED;
        }
        if (ex instanceof PlanException pe) {
            err.println("datagen: the schema cannot be generated as written (" + pe.problems().size() + (pe.problems().size() == 1 ? " problem):" : " problems):"));
            pe.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.INVALID_SCHEMA;
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            err.println("datagen: generation failed: " + FileErrors.describe(ex, "write"));
            debug(ex, err);
            return ExitCodes.GENERATION_FAILED;
        }
        // a generator's failure (GenerationException) is a bug too, whatever the number of workers
        err.println("datagen: internal error: " + FileErrors.describe(ex, "write") + " (set DATAGEN_DEBUG=1 for details; please report it)");
        debug(ex, err);
        return ExitCodes.SOFTWARE;
    }

    private static void debug(Throwable ex, java.io.PrintWriter err) {
        if ("1".equals(System.getenv("DATAGEN_DEBUG"))) {
            ex.printStackTrace(err);
        }
    }
}
