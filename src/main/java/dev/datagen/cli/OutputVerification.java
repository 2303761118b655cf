package dev.datagen.cli;

import dev.datagen.dump.archive.ArchiveVerifier;
import dev.datagen.dump.archive.PgRestoreCheck;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code generate --verify}: re-reads the written dump with our own reader and, when pg_restore is on
 * PATH, lists it with {@code pg_restore -l}. A dump that fails is not left under its name (a script
 * that restores it would trust it) but kept beside it as {@code NAME.invalid}, because those bytes are
 * what a bug report needs.
 */
final class OutputVerification {
    static final String INVALID_SUFFIX = ".invalid";

    /** Verification found problems; the message lists them and where the output was kept. */
    static final class FailedException extends Exception {
        FailedException(String message) {
            super(message);
        }
    }

    private OutputVerification() {
    }

    static void verify(Path output, PrintStream err, boolean quiet) throws IOException, FailedException {
        ArchiveVerifier.Report report;
        try {
            report = ArchiveVerifier.verify(output);
        } catch (IOException e) {
            throw new IOException(FileErrors.describe(e, "read back", output), e);
        }
        List<String> problems = new ArrayList<>(report.problems());
        List<String> notes = new ArrayList<>(report.notes());
        String pgRestore = "";
        if (problems.isEmpty() && report.toc() != null) {
            Optional<PgRestoreCheck> check = PgRestoreCheck.onPath();
            if (check.isPresent()) {
                PgRestoreCheck.Outcome outcome = check.get().list(output, report.toc().header().minor());
                if (!outcome.ok()) {
                    problems.add(outcome.message());
                } else if (!outcome.ran()) {
                    notes.add(outcome.message());
                } else {
                    pgRestore = ", pg_restore -l accepts it";
                }
            } else {
                pgRestore = " (no pg_restore on PATH to ask as well)";
            }
        }
        if (!quiet) {
            notes.forEach(n -> err.println("datagen: note: " + n));
        }
        if (!problems.isEmpty()) {
            Optional<Path> kept = keepAside(output);
            throw new FailedException(describe(output, problems) + kept.map(k -> "\n  the output was kept as " + k + " for diagnosis")
                    .orElse("\n  " + output + " is not a regular file or directory, so it was left as it is"));
        }
        if (!quiet) {
            err.println("datagen: " + summary(output, report) + pgRestore);
        }
    }

    static String describe(Path dump, List<String> problems) {
        StringBuilder s = new StringBuilder(dump + " is not a sound dump (" + problems.size() + (problems.size() == 1 ? " problem):" : " problems):"));
        problems.forEach(p -> s.append("\n  ").append(p));
        return s.toString();
    }

    static String summary(Path dump, ArchiveVerifier.Report report) {
        String entries = report.toc() == null ? "" : report.toc().entries().size() + " TOC entries, ";
        return String.format(Locale.ROOT, "verified %s: %s%d data payloads, %d bytes of data", dump, entries, report.payloads(),
                report.payloadBytes());
    }

    /** Whether --verify can read {@code output} back: a regular file or directory, or nothing yet (one will be written). */
    static boolean canReadBack(Path output) {
        return !Files.exists(output) || Files.isRegularFile(output) || Files.isDirectory(output);
    }

    /**
     * Moves the output (file or directory) to NAME.invalid, replacing an earlier one. Anything else
     * (a device, a pipe — should one get here) stays where it is: moving /dev/null would break the system.
     */
    private static Optional<Path> keepAside(Path output) throws IOException {
        if (!Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path target = output.resolveSibling(output.getFileName() + INVALID_SUFFIX);
        if (Files.isDirectory(target)) {
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.move(output, target, StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(target);
    }
}
