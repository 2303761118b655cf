package dev.datagen.dump.archive;

import dev.datagen.dump.BorrowedOutputStream;
import dev.datagen.dump.TocEntry;
import dev.datagen.dump.WriterThreads;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Writes TABLE DATA payloads to files, several tables at once. Each file gets a writer thread of its
 * own, separate from the generation pool: a payload submits row chunks to that pool and waits for
 * them, so running it on a pool thread could starve the pool. At most {@code threads} files are in
 * flight; each finished file is handed to {@code done} on the calling thread in the entries' order
 * (the tar writer copies it into the archive while later tables are still being written).
 */
final class PayloadFiles {

    private static final int FILE_BUFFER_SIZE = 256 * 1024;

    /** Called on the caller's thread, in entry order, once the entry's file is complete and closed. */
    interface Done {
        void accept(TocEntry entry) throws IOException;
    }

    /** Opens the (uncompressed) output of one entry's file; closing it completes the file. */
    interface Opener {
        OutputStream open(TocEntry entry) throws IOException;
    }

    private record Pending(TocEntry entry, Future<?> written) {
    }

    private PayloadFiles() {
    }

    /** Each entry's file is the local file {@code fileOf} names. */
    static Opener localFiles(Function<TocEntry, Path> fileOf) {
        return e -> localFile(fileOf.apply(e));
    }

    /** A new local file, buffered for payload writes. */
    static OutputStream localFile(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), FILE_BUFFER_SIZE);
    }

    static void write(List<TocEntry> entries, Opener opener, Compression compression,
            int threads, ExecutorService compressionPool, Done done) throws IOException {
        if (threads <= 1 || entries.size() <= 1) {
            for (TocEntry e : entries) {
                writeFile(e, opener, compression, compressionPool, threads);
                done.accept(e);
            }
            return;
        }
        int filesAtOnce = Math.min(threads, entries.size());
        // files written at once share the compression workers: each stream keeps fewer segments in
        // flight, so memory stays about 2 MB per worker however many files run (not files × workers)
        int workersPerFile = Math.max(1, threads / filesAtOnce);
        ExecutorService writers = WriterThreads.pool(filesAtOnce, "datagen-file-writer");
        Deque<Pending> pending = new ArrayDeque<>();
        Throwable failure = null;
        try {
            int next = 0;
            while (next < entries.size() || !pending.isEmpty()) {
                while (next < entries.size() && pending.size() < threads) {
                    TocEntry e = entries.get(next++);
                    pending.add(new Pending(e, writers.submit(() -> {
                        writeFile(e, opener, compression, compressionPool, workersPerFile);
                        return null;
                    })));
                }
                Pending first = pending.removeFirst();
                WriterThreads.await(first.written(), IOException.class);
                done.accept(first.entry());
            }
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            pending.forEach(p -> p.written().cancel(true));
            WriterThreads.stop(writers, failure);
        }
    }

    private static void writeFile(TocEntry entry, Opener opener, Compression compression, ExecutorService compressionPool,
            int compressionWorkers) throws IOException {
        try (OutputStream out = CompressedStreams.open(compression, opener.open(entry), compressionPool, compressionWorkers)) {
            entry.data().writeTo(new BorrowedOutputStream(out));
        }
    }
}
