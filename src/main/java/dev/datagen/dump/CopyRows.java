package dev.datagen.dump;

import dev.datagen.generate.ProgressListener;
import dev.datagen.generate.TableKeys;
import dev.datagen.generate.TableRowWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A table's COPY payload that can also be written in row ranges (each a pure function of the seed, so
 * the ranges together hold exactly the whole payload's rows) and can estimate its size, the way
 * pg_dump's dataLength lets pg_restore load the largest tables first.
 */
public final class CopyRows implements TableData {
    private static final long SAMPLE_ROWS = 512;

    private final long rows;
    private final Function<ProgressListener, TableRowWriter> writers;
    private final Supplier<ProgressListener> progress;
    private long estimatedBytes = -1;

    /**
     * @param writers  a fresh row writer reporting to the given listener
     * @param progress the listener at the time of writing (set on the builder after the entries are built)
     */
    CopyRows(long rows, Function<ProgressListener, TableRowWriter> writers, Supplier<ProgressListener> progress) {
        this.rows = rows;
        this.writers = writers;
        this.progress = progress;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        writers.apply(progress.get()).writeCopy(out);
    }

    public long rows() {
        return rows;
    }

    /** The payload's size in bytes, from the first few hundred rows (generated once, on the calling thread). */
    public synchronized long estimatedBytes() throws IOException {
        if (estimatedBytes < 0) {
            long sample = Math.min(rows, SAMPLE_ROWS);
            ByteCounter counter = new ByteCounter();
            writers.apply(ProgressListener.NONE).writeRows(counter, 0, sample);
            estimatedBytes = sample == 0 ? 0 : counter.bytes * rows / sample;
        }
        return estimatedBytes;
    }

    /**
     * The rows cut into {@code parts} ranges of about equal size, each written without the COPY
     * terminator. Their progress adds up to the table's: it finishes when the last range does.
     */
    public List<TableData> ranges(int parts) {
        SharedProgress shared = new SharedProgress(progress.get(), parts);
        List<TableData> ranges = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            long from = rows * i / parts;
            long to = rows * (i + 1) / parts;
            ranges.add(out -> {
                RangeProgress listener = shared.range();
                writers.apply(listener).writeRows(out, from, to);
                listener.finished();
            });
        }
        return ranges;
    }

    /** Sums what the ranges of one table report, so the listener sees one table, in order. */
    private static final class SharedProgress {
        private final ProgressListener listener;
        private int unfinished;
        private long rows;
        private TableKeys table;

        SharedProgress(ProgressListener listener, int ranges) {
            this.listener = listener;
            this.unfinished = ranges;
        }

        RangeProgress range() {
            return new RangeProgress(this);
        }

        synchronized void add(TableKeys written, long more) {
            table = written;
            rows += more;
            listener.rowsWritten(written, rows);
        }

        synchronized void rangeFinished() {
            if (--unfinished == 0 && table != null) {
                listener.tableFinished(table);
            }
        }
    }

    private static final class RangeProgress implements ProgressListener {
        private final SharedProgress shared;
        private long reported;

        RangeProgress(SharedProgress shared) {
            this.shared = shared;
        }

        @Override
        public void rowsWritten(TableKeys table, long rowsSoFar) {
            shared.add(table, rowsSoFar - reported);
            reported = rowsSoFar;
        }

        @Override
        public void tableFinished(TableKeys table) {
            // a range reports its end through finished(); writeRows never calls this
        }

        void finished() {
            shared.rangeFinished();
        }
    }

    private static final class ByteCounter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
