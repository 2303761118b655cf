package dev.datagen.sink;

import dev.datagen.dump.TocEntry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * COPYs the TABLE DATA entries, up to {@code connections} tables at once. Each table runs on a loader
 * thread of its own, separate from the generation pool (a payload submits row chunks to that pool and
 * waits for them, so running it on a pool thread could starve the pool); the first failure stops the rest.
 */
final class TableLoader {

    /** Opens one more session set up like the main one. */
    interface Opener {
        Connection open() throws TargetException;
    }

    private static final long STOP_TIMEOUT_SECONDS = 60;

    private TableLoader() {
    }

    static void load(List<TocEntry> tables, Connection main, int connections, Opener opener) throws TargetException, IOException {
        if (connections <= 1 || tables.size() <= 1) {
            for (TocEntry table : tables) {
                copy(main, table);
            }
            return;
        }
        int sessions = Math.min(connections, tables.size());
        List<Connection> opened = new ArrayList<>();
        BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(sessions);
        idle.add(main);
        ExecutorService loaders = Executors.newFixedThreadPool(sessions, loaderThreads());
        try {
            for (int i = 1; i < sessions; i++) {
                Connection c = opener.open();
                opened.add(c);
                idle.add(c);
            }
            List<Future<?>> loads = new ArrayList<>();
            for (TocEntry table : tables) {
                loads.add(loaders.submit(() -> {
                    Connection c = idle.take();
                    try {
                        copy(c, table);
                    } finally {
                        idle.add(c);
                    }
                    return null;
                }));
            }
            for (Future<?> load : loads) {
                await(load);
            }
        } finally {
            loaders.shutdownNow();
            opened.forEach(PostgresTarget::close);   // after a failure this unblocks loaders stuck in a socket write
            stop(loaders);
        }
    }

    private static void copy(Connection c, TocEntry table) throws TargetException, IOException {
        try {
            PostgresTarget.copy(c, table);
        } catch (SQLException e) {
            throw TargetErrors.during("loading " + table.namespace() + "." + table.tag(), e);
        } catch (IOException e) {
            if (TargetErrors.sqlCause(e) == null) {
                throw e;    // the payload's own failure (generation, interrupt): not the target's
            }
            throw TargetErrors.during("loading " + table.namespace() + "." + table.tag(), e);
        }
    }

    /** Waits for one table; its failure becomes ours (the finally block then stops the others). */
    private static void await(Future<?> load) throws TargetException, IOException {
        try {
            load.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while loading tables");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TargetException te) {
                throw te;
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

    private static void stop(ExecutorService loaders) throws InterruptedIOException {
        try {
            if (!loaders.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new InterruptedIOException("table loaders did not stop within " + STOP_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping table loaders");
        }
    }

    private static java.util.concurrent.ThreadFactory loaderThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "datagen-table-loader-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
