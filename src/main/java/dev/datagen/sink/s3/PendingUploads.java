package dev.datagen.sink.s3;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clean-ups of uploads in progress (abort a multipart upload, delete the objects a directory upload
 * already stored), run by a shutdown hook when the process is ended before the upload finishes: Ctrl-C
 * and SIGTERM run shutdown hooks but not the uploading thread's finally blocks. The object-storage
 * counterpart of {@code TempPaths}.
 */
final class PendingUploads {
    private static final Set<Runnable> CLEANUPS = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private PendingUploads() {
    }

    /** Runs {@code cleanup} at shutdown unless {@link #forget} comes first. */
    static void track(Runnable cleanup) {
        installHook();
        CLEANUPS.add(cleanup);
    }

    static void forget(Runnable cleanup) {
        CLEANUPS.remove(cleanup);
    }

    private static void runAll() {
        for (Runnable cleanup : CLEANUPS) {
            try {
                cleanup.run();
            } catch (RuntimeException e) {
                // best effort: the process is ending and has nobody left to tell
            }
        }
    }

    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        synchronized (PendingUploads.class) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(PendingUploads::runAll, "datagen-upload-abort"));
                hookInstalled = true;
            }
        }
    }
}
