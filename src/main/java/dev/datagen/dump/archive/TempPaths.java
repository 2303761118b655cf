package dev.datagen.dump.archive;

import java.io.IOException;
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

    private TempPaths() {
    }

    /** Deletes {@code path} (a file or a whole directory) should the process end before {@link #forget}; returns it. */
    public static Path track(Path path) {
        installHook();
        TRACKED.add(path.toAbsolutePath());
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

    /** What the shutdown hook does: deletes every tracked path, as far as it can. */
    static void deleteTracked() {
        for (Path path : TRACKED) {
            // a writer thread may still be adding files to a directory: try again if one appeared
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    DirectoryArchiveWriter.deleteTree(path);
                    TRACKED.remove(path);
                    break;
                } catch (IOException | RuntimeException e) {
                    // best effort: the process is ending and has nobody left to tell
                }
            }
        }
    }

    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        synchronized (TempPaths.class) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(TempPaths::deleteTracked, "datagen-temp-cleanup"));
                hookInstalled = true;
            }
        }
    }
}
