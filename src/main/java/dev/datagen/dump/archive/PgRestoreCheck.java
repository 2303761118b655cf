package dev.datagen.dump.archive;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the real {@code pg_restore} on PATH to list an archive ({@code pg_restore -l}), the cheapest
 * proof that PostgreSQL's own reader accepts header and TOC. An archive version newer than that
 * pg_restore reads is not its fault: the check is then skipped, with a reason.
 */
public final class PgRestoreCheck {
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    private static final long TIMEOUT_SECONDS = 120;

    /** @param ran false when skipped (then {@code message} says why) */
    public record Outcome(boolean ran, boolean ok, String message) {
    }

    private final Path pgRestore;

    private PgRestoreCheck(Path pgRestore) {
        this.pgRestore = pgRestore;
    }

    /** The pg_restore on PATH, if there is one. */
    public static Optional<PgRestoreCheck> onPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = dir.isEmpty() ? null : Path.of(dir, "pg_restore");
            if (candidate != null && Files.isExecutable(candidate)) {
                return Optional.of(new PgRestoreCheck(candidate));
            }
        }
        return Optional.empty();
    }

    public Outcome list(Path archive, int archiveMinor) throws IOException {
        Run version = run(List.of(pgRestore.toString(), "--version"));
        Matcher m = VERSION.matcher(version.stdout);
        if (m.find()) {
            int major = Integer.parseInt(m.group(1));
            int newest = newestArchiveMinor(major);
            if (archiveMinor > newest) {
                return new Outcome(false, true, "pg_restore " + major + " reads archive versions up to 1." + newest
                        + ", this one is 1." + archiveMinor + "; its check was skipped");
            }
        }
        Run list = run(List.of(pgRestore.toString(), "-l", archive.toString()));
        String err = list.stderr.strip();
        return list.exit == 0
                ? new Outcome(true, true, err)
                : new Outcome(true, false, "pg_restore -l failed (exit " + list.exit + ")" + (err.isEmpty() ? "" : ": " + err));
    }

    /** pg_restore N reads archives up to the version its own pg_dump writes (pg-archive-format.md §2.1). */
    static int newestArchiveMinor(int pgRestoreMajor) {
        if (pgRestoreMajor >= 17) {
            return 16;
        }
        if (pgRestoreMajor == 16) {
            return 15;
        }
        return pgRestoreMajor >= 12 ? 14 : 13;
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private static Run run(List<String> command) throws IOException {
        Path out = Files.createTempFile("datagen-pg_restore", ".out");
        Path err = Files.createTempFile("datagen-pg_restore", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, "", "timed out after " + TIMEOUT_SECONDS + " s");
            }
            return new Run(p.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                    new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
