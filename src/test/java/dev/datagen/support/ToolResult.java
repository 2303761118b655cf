package dev.datagen.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Outcome of one run of an external tool (pg_restore, psql, initdb, ...). */
public record ToolResult(int exitCode, String stdout, String stderr) {

    /**
     * What counts as a problem on stderr. The product promises restores "without a single error
     * or warning", so server messages (WARNING/ERROR/FATAL/PANIC) and the clients' own
     * "pg_restore: error:" / "pg_restore: warning:" lines all fail; NOTICEs do not.
     */
    private static final Pattern PROBLEM = Pattern.compile("WARNING|ERROR|FATAL|PANIC|error:|warning:");

    /** True when the tool exited with 0 and printed no error or warning. */
    public boolean isClean() {
        return exitCode == 0 && !PROBLEM.matcher(stderr).find();
    }

    /** Fails the test with the tool's stderr unless {@link #isClean()}; returns this for chaining. */
    public ToolResult assertClean() {
        if (!isClean()) {
            throw new AssertionError("tool exited with " + exitCode
                    + (exitCode == 0 ? " but reported problems" : "") + "; stderr:\n" + stderr
                    + (stdout.isBlank() ? "" : "\nstdout:\n" + stdout));
        }
        return this;
    }

    /** Runs a tool that needs no server (e.g. {@code pg_restore -f}), with a minimal environment. */
    public static ToolResult run(List<String> command, Duration timeout) {
        return run(command, Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C"), timeout);
    }

    /**
     * Runs {@code command} with exactly {@code env} as its environment (nothing inherited, so no
     * stray PG* variables), stdin closed, output captured via files (no pipe deadlocks).
     */
    static ToolResult run(List<String> command, Map<String, String> env, Duration timeout) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("tool", ".out");
            err = Files.createTempFile("tool", ".err");
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
                return new ToolResult(-1, read(out),
                        read(err) + "\nERROR: timed out after " + timeout + ": " + command);
            }
            return new ToolResult(p.exitValue(), read(out),
                    read(err));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** Lenient decoding: a stray non-UTF-8 byte in tool output must not hide the message. */
    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover temp file is harmless
        }
    }
}
