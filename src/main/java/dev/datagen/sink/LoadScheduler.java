package dev.datagen.sink;

import dev.datagen.dump.WriterThreads;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs load tasks over up to {@code connections} sessions the way pg_restore -j schedules its work
 * items: whenever a session is free it starts, of the tasks whose dependencies are done and whose locks
 * conflict with no running task's (so no statement waits for another's lock, and two ALTER TABLEs that
 * lock each other's tables, as circular foreign keys do, never deadlock), the one with the longest
 * remaining path to the end of the load. The first failure stops the rest.
 */
final class LoadScheduler {

    /** Opens one more session set up like the main one. */
    interface Opener {
        Connection open() throws TargetException;
    }

    private record Finished(LoadTask task, Connection session) {
    }

    private final Set<LoadTask> waiting;
    /** The tasks under way, with the session each runs on. */
    private final Map<LoadTask, Connection> running = new HashMap<>();
    private final Set<LoadTask> done = new HashSet<>();

    private LoadScheduler(List<LoadTask> tasks) {
        this.waiting = new LinkedHashSet<>(byPriority(tasks));
    }

    static void run(List<LoadTask> tasks, Connection main, int connections, Opener opener) throws TargetException, IOException {
        new LoadScheduler(tasks).run(main, Math.max(1, Math.min(connections, tasks.size())), opener);
    }

    private void run(Connection main, int sessions, Opener opener) throws TargetException, IOException {
        List<Connection> opened = new ArrayList<>();
        Deque<Connection> idle = new ArrayDeque<>();
        idle.add(main);
        ExecutorService workers = WriterThreads.pool(sessions, "datagen-loader");
        CompletionService<Finished> finished = new ExecutorCompletionService<>(workers);
        Throwable failure = null;
        try {
            for (int i = 1; i < sessions; i++) {
                Connection c = opener.open();
                opened.add(c);
                idle.add(c);
            }
            while (!waiting.isEmpty() || !running.isEmpty()) {
                LoadTask next;
                while (!idle.isEmpty() && (next = nextReady()) != null) {
                    LoadTask task = next;
                    Connection session = idle.pop();
                    waiting.remove(task);
                    running.put(task, session);
                    finished.submit(() -> {
                        task.work.run(session);
                        return new Finished(task, session);
                    });
                }
                if (running.isEmpty()) {
                    throw new IllegalStateException("load tasks wait on each other: " + waiting);
                }
                Finished f = await(finished.take());
                running.remove(f.task());
                done.add(f.task());
                idle.push(f.session());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while loading");
            failure = interrupted;
            throw interrupted;
        } catch (TargetException | IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            workers.shutdownNow();
            if (failure != null) {
                // statements still running on the server (a CREATE INDEX, a VALIDATE) are cancelled, the main
                // session's too; closing then unblocks tasks stuck in a socket write
                running.values().forEach(PostgresTarget::cancel);
                PostgresTarget.close(main);
            }
            opened.forEach(PostgresTarget::close);
            WriterThreads.stop(workers, failure);
        }
    }

    /** Longest remaining path first; ties keep TOC order (the sort is stable). */
    static List<LoadTask> byPriority(List<LoadTask> tasks) {
        List<LoadTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparingLong((LoadTask t) -> t.remainingPath).reversed());
        return sorted;
    }

    /** The first waiting task by priority that may start now, or null. */
    private LoadTask nextReady() {
        for (LoadTask t : waiting) {
            if (done.containsAll(t.after) && running.keySet().stream().noneMatch(t::conflictsWith)) {
                return t;
            }
        }
        return null;
    }

    /** The task's result; its failure (thrown as WriterThreads.await passes it on) ends the load. */
    private static Finished await(Future<Finished> f) throws TargetException, IOException {
        WriterThreads.await(f, TargetException.class);
        try {
            return f.get();     // done and successful: returns at once
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
