package dev.datagen.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Writes a table's rows as COPY text. Rows are generated in fixed-size chunks; with a worker pool
 * the chunks are generated in parallel (a bounded window ahead of the writer) and written in
 * order. Since every value is a function of (seed, table, column, row), the bytes do not depend on
 * the number of workers, and memory holds only the window, whatever the row count.
 */
public final class TableRowWriter {
    static final int CHUNK_ROWS = 2048;
    private static final byte[] TERMINATOR = {'\\', '.', '\n', '\n', '\n'};

    private final TableKeys table;
    private final ColumnGenerator[] generators;
    private final GenerationSettings settings;
    private final int tableCount;
    private final ExecutorService pool;
    private final int window;
    private final ThreadLocal<Worker> workers;
    private ProgressListener progress = ProgressListener.NONE;

    /** @param pool the worker pool, or null to generate on the calling thread */
    public TableRowWriter(TableKeys table, ColumnGenerator[] generators, GenerationSettings settings, int tableCount,
            ExecutorService pool, int jobs) {
        this.table = table;
        this.generators = generators;
        this.settings = settings;
        this.tableCount = tableCount;
        this.pool = pool;
        this.window = Math.max(2, jobs * 3);
        this.workers = ThreadLocal.withInitial(Worker::new);
    }

    /** Reports written rows to {@code listener} (after each chunk, from the writing thread). */
    public TableRowWriter reportingTo(ProgressListener listener) {
        this.progress = listener;
        return this;
    }

    /** Writes every row, then pg_dump's COPY terminator {@code \.} and two blank lines. */
    public void writeCopy(OutputStream out) throws IOException {
        writeRows(out, 0, table.rowCount());
        out.write(TERMINATOR);
        progress.tableFinished(table);
    }

    /**
     * Writes rows {@code from} (inclusive) to {@code to} (exclusive) with no terminator: the same bytes
     * that part of {@link #writeCopy} holds. Reports rows written since {@code from}, not the table's end.
     */
    public void writeRows(OutputStream out, long from, long to) throws IOException {
        long chunks = (to - from + CHUNK_ROWS - 1) / CHUNK_ROWS;
        progress.rowsWritten(table, 0);
        if (pool == null) {
            Worker w = workers.get();
            for (long c = 0; c < chunks; c++) {
                long start = from + c * CHUNK_ROWS;
                CopyTextBuffer buf = w.generate(start, Math.min(to, start + CHUNK_ROWS));
                out.write(buf.bytes(), 0, buf.length());
                progress.rowsWritten(table, Math.min(to, start + CHUNK_ROWS) - from);
            }
            return;
        }
        Deque<Future<byte[]>> pending = new ArrayDeque<>();
        long next = 0;
        long written = 0;
        try {
            while (next < chunks || !pending.isEmpty()) {
                while (next < chunks && pending.size() < window) {
                    long start = from + next * CHUNK_ROWS;
                    long end = Math.min(to, start + CHUNK_ROWS);
                    pending.add(pool.submit(() -> workers.get().generate(start, end).toByteArray()));
                    next++;
                }
                out.write(pending.removeFirst().get());
                written = Math.min(to - from, written + CHUNK_ROWS);
                progress.rowsWritten(table, written);
            }
        } catch (InterruptedException e) {
            pending.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating " + table.name(), e);
        } catch (ExecutionException e) {
            pending.forEach(f -> f.cancel(true));
            // Worker.generate wraps what a generator throws, so any -j reports it alike
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new GenerationException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Per-thread scratch: a row context and a byte buffer, reused for every chunk. */
    private final class Worker {
        final RowContext ctx = new RowContext(settings, tableCount);
        final CopyTextBuffer buffer = new CopyTextBuffer(CHUNK_ROWS * 64);

        /** Rows {@code from} to {@code to}; a generator's failure becomes a GenerationException naming the table and row. */
        CopyTextBuffer generate(long from, long to) {
            buffer.reset();
            long r = from;
            try {
                for (; r < to; r++) {
                    ctx.at(table, r);
                    for (ColumnGenerator g : generators) {
                        g.generate(ctx, buffer);
                    }
                    buffer.endRow();
                }
            } catch (RuntimeException e) {
                String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                throw new GenerationException("generating row " + (r + 1) + " of table " + table.name() + " failed: " + why, e);
            }
            return buffer;
        }
    }
}
