package dev.datagen.dump.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files and directories of writes in progress (a dump's {@code .NAME.*.partial} file, a
 * directory archive's hidden directory, tar's spool), deleted by a shutdown hook when the process is
 * ended before the write finishes — Ctrl-C or SIGTERM run shutdown hooks but not the writing thread's
 * finally blocks. A writer tracks a path once it creates it and forgets it once it is renamed into
 * place or deleted.
 */
public final class TempPaths {
    private static final Set<Path> TRACKED = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;
    /** Set by the shutdown hook: a path tracked after it is deleted at once (its writer is still running). */
    private static volatile boolean shuttingDown;
    private static final long SHUTDOWN_CLEANUP_NANOS = 2_000_000_000L;

    private TempPaths() {
    }

    /** Deletes {@code path} (a file or a whole directory) should the process end before {@link #forget}; returns it. */
    public static Path track(Path path) {
        installHook();
        Path absolute = path.toAbsolutePath();
        TRACKED.add(absolute);
        if (shuttingDown) {
            deleteIfTracked(absolute);
            throw new UncheckedIOException(new IOException("datagen is shutting down; " + path + " was not kept"));
        }
        return path;
    }

    /** {@code path} was renamed into place or deleted: nothing to do for it at shutdown. */
    public static void forget(Path path) {
        TRACKED.remove(path.toAbsolutePath());
    }

    /** Whether {@code path} is tracked; for tests. */
    static boolean isTracked(Path path) {
        return TRACKED.contains(path.toAbsolutePath());
    }

    /** Whether anything under {@code dir} is tracked; for tests. */
    static boolean tracksAnythingUnder(Path dir) {
        Path d = dir.toAbsolutePath();
        return TRACKED.stream().anyMatch(p -> p.startsWith(d));
    }

    /** Deletes every tracked path, as far as it can. */
    static void deleteTracked() {
        TRACKED.forEach(TempPaths::deleteIfTracked);
    }

    /**
     * What the shutdown hook does. Writer threads keep running while hooks run, so they may still add a
     * file to a tracked directory or track a new spool file: new tracks are refused from now on, and the
     * deleting is repeated until nothing is tracked (for at most two seconds).
     */
    private static void deleteTrackedAtShutdown() {
        shuttingDown = true;
        long deadline = System.nanoTime() + SHUTDOWN_CLEANUP_NANOS;
        while (!TRACKED.isEmpty() && System.nanoTime() < deadline) {
            deleteTracked();
            if (!TRACKED.isEmpty()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void deleteIfTracked(Path path) {
        try {
            DirectoryArchiveWriter.deleteTree(path);
            TRACKED.remove(path);
        } catch (IOException | RuntimeException e) {
            // a writer added a file meanwhile, or the process is ending: the next round tries again
        }
    }

    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        synchronized (TempPaths.class) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(TempPaths::deleteTrackedAtShutdown, "datagen-temp-cleanup"));
                hookInstalled = true;
            }
        }
    }
}
