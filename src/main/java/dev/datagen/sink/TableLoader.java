package dev.datagen.sink;

import dev.datagen.dump.TocEntry;
import dev.datagen.dump.WriterThreads;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * COPYs the TABLE DATA entries, up to {@code connections} tables at once, each on a {@link WriterThreads}
 * thread with a session of its own; the first failure stops the rest.
 */
final class TableLoader {

    /** Opens one more session set up like the main one. */
    interface Opener {
        Connection open() throws TargetException;
    }

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
        ExecutorService loaders = WriterThreads.pool(sessions, "datagen-table-loader");
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
                WriterThreads.await(load, TargetException.class);
            }
        } finally {
            loaders.shutdownNow();
            opened.forEach(PostgresTarget::close);   // after a failure this unblocks loaders stuck in a socket write
            WriterThreads.stop(loaders);
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
}
