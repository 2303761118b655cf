package dev.datagen.dump.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Checksum;

/**
 * One zlib (RFC 1950) or gzip (RFC 1952) stream, deflated in parallel the way pigz does it. zlib at
 * level 6 runs at about 25 MB/s per core, far slower than generation, so the input is cut into
 * fixed-size segments, each compressed on its own by a worker ({@link DeflateSegment}: raw deflate
 * primed with the previous segment's last 32 KB, ended by a sync flush so the pieces join into one
 * deflate stream); this thread writes the header, the pieces in order, and the trailer with the
 * checksum of the whole input. Segment boundaries depend only on the byte count, so the output is
 * the same with or without a pool and for any number of workers.
 *
 * <p>{@link #finish()} ends the stream; {@link #close()} finishes it too but never closes the target.
 * After {@code finish()} the next write starts a new stream.
 */
final class ParallelDeflateStream extends OutputStream {

    enum Wrapper { ZLIB, GZIP }

    /** Input compressed as one piece: large enough that the dictionary priming and flush marker cost ~3%. */
    static final int SEGMENT_SIZE = 1 << 20;

    private final OutputStream target;
    private final Wrapper wrapper;
    private final int level;
    private final ExecutorService pool;
    /** Segments compressing ahead of the writer; bounds memory to a few segments per worker. */
    private final int window;
    private final Deque<Future<byte[]>> pending = new ArrayDeque<>();
    private final Checksum checksum;
    private byte[] segment;
    private int segmentCount;
    private byte[] previous;
    private long inputSize;
    private boolean started;

    /** @param pool compresses segments in parallel ({@code workers} threads); null compresses on the calling thread */
    ParallelDeflateStream(OutputStream target, Wrapper wrapper, int level, ExecutorService pool, int workers) {
        this.target = target;
        this.wrapper = wrapper;
        this.level = level;
        this.pool = pool;
        this.window = Math.max(2, 2 * workers);
        this.checksum = wrapper == Wrapper.ZLIB ? new Adler32() : new CRC32();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        start();
        checksum.update(b, off, len);
        inputSize += len;
        while (len > 0) {
            int n = Math.min(len, SEGMENT_SIZE - segmentCount);
            System.arraycopy(b, off, segment, segmentCount, n);
            segmentCount += n;
            off += n;
            len -= n;
            if (segmentCount == SEGMENT_SIZE) {
                submit(false);
            }
        }
    }

    /** Ends the stream: the last segment, then the trailer. An empty input still gives a complete stream. */
    void finish() throws IOException {
        start();
        submit(true);
        while (!pending.isEmpty()) {
            target.write(take());
        }
        long sum = checksum.getValue();
        if (wrapper == Wrapper.ZLIB) {
            target.write(new byte[] {(byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum});
        } else {
            long size = inputSize; // ISIZE: the input length modulo 2^32, little-endian like the CRC
            target.write(new byte[] {(byte) sum, (byte) (sum >>> 8), (byte) (sum >>> 16), (byte) (sum >>> 24),
                    (byte) size, (byte) (size >>> 8), (byte) (size >>> 16), (byte) (size >>> 24)});
        }
        checksum.reset();
        inputSize = 0;
        previous = null;
        segment = null;
        started = false;
    }

    @Override
    public void close() throws IOException {
        if (started) {
            finish();
        }
    }

    /** Drops segments still compressing (after a failure). */
    void abandon() {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
    }

    private void start() throws IOException {
        if (!started) {
            started = true;
            segment = new byte[SEGMENT_SIZE];
            segmentCount = 0;
            target.write(header());
        }
    }

    /** Hands the current segment to a worker (the last one ends the deflate stream). */
    private void submit(boolean last) throws IOException {
        DeflateSegment piece = new DeflateSegment(level, segment, segmentCount, previous, last);
        previous = segment;
        segment = last ? null : new byte[SEGMENT_SIZE];
        segmentCount = 0;
        if (pool == null) {
            target.write(piece.call());
            return;
        }
        pending.add(pool.submit(piece));
        while (pending.size() >= window) {
            target.write(take());
        }
    }

    private byte[] take() throws IOException {
        try {
            return pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compressing", e);
        } catch (ExecutionException e) {
            throw new IOException("compressing data failed: " + e.getCause(), e.getCause());
        }
    }

    /** The header zlib itself writes for this level (zlib: CMF 0x78 + FLEVEL; gzip: no name, no time, OS unix). */
    private byte[] header() {
        if (wrapper == Wrapper.GZIP) {
            byte xfl = (byte) (level == 9 ? 2 : level == 1 ? 4 : 0);
            return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3};
        }
        return zlibHeader(level);
    }

    static byte[] zlibHeader(int level) {
        int flevel = level == 1 ? 0 : level >= 2 && level <= 5 ? 1 : level == 6 || level == -1 ? 2 : 3;
        int cmf = 0x78;
        int flg = flevel << 6;
        flg += 31 - ((cmf << 8) + flg) % 31;
        return new byte[] {(byte) cmf, (byte) flg};
    }
}
