package dev.datagen.dump;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that each write one table's payload somewhere (a file, a COPY), separate from the generation
 * pool: a payload submits row chunks to that pool and waits for them, so running it on a pool thread
 * could starve the pool.
 */
public final class WriterThreads {

    private static final long STOP_TIMEOUT_SECONDS = 60;

    private WriterThreads() {
    }

    /** A pool of {@code threads} daemon threads named {@code name-1}, {@code name-2}, ... */
    public static ExecutorService pool(int threads, String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Waits for one table; its failure becomes ours: an IOException, a {@code passThrough} exception or
     * an unchecked one as it is, anything else wrapped in an IOException.
     */
    public static <X extends Exception> void await(Future<?> written, Class<X> passThrough) throws IOException, X {
        try {
            written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing table data");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (passThrough.isInstance(cause)) {
                throw passThrough.cast(cause);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /**
     * Interrupts writers still running (after a failure) and waits for them, so none writes later; from a {@code finally} block: when {@code failure} is already on its
     * way out, a writer that does not stop is added to it as suppressed rather than thrown in its place
     * (the first failure is the one to report, with its exit code).
     */
    public static void stop(ExecutorService writers, Throwable failure) throws InterruptedIOException {
        stop(writers, failure, STOP_TIMEOUT_SECONDS);
    }

    static void stop(ExecutorService writers, Throwable failure, long timeoutSeconds) throws InterruptedIOException {
        try {
            awaitStopped(writers, timeoutSeconds);
        } catch (InterruptedIOException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    private static void awaitStopped(ExecutorService writers, long timeoutSeconds) throws InterruptedIOException {
        writers.shutdownNow();
        try {
            if (!writers.awaitTermination(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new InterruptedIOException("table writers did not stop within " + timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping table writers");
        }
    }
}
