package dev.datagen.dump.archive;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.Adler32;

/**
 * zlib-compressed data block: the whole payload becomes exactly one complete zlib (RFC 1950) stream,
 * cut into chunks of at most 4096 bytes as pg_dump does (ZLIB_OUT_SIZE). An empty payload still yields
 * a full 8-byte stream, because pg_restore cannot handle a zlib block without chunks.
 *
 * <p>zlib at level 6 runs at about 25 MB/s per core, far slower than generation, so the payload is
 * compressed in parallel the way pigz does it: the input is cut into fixed-size segments, each
 * compressed on its own (raw deflate, primed with the previous segment's last 32 KB as dictionary and
 * ended with a sync flush so the pieces concatenate into one deflate stream); this thread writes the
 * zlib header, the pieces in order and the Adler-32 of the whole payload. Segment boundaries depend
 * only on the byte count, so the output is the same with or without a pool and for any pool size.
 * {@link #flush()} is ignored: chunk boundaries carry no meaning here.
 */
final class ZlibBlockStream extends BlockPayloadStream {

    /** pg_dump's ZLIB_OUT_SIZE: the largest chunk it writes for compressed data. */
    static final int CHUNK_SIZE = 4096;
    /** Input compressed as one piece; large enough that the sync-flush marker costs nothing. */
    static final int SEGMENT_SIZE = 256 * 1024;

    private final int level;
    private final ExecutorService pool;
    /** Segments compressing ahead of the writer; bounds memory to a few segments per worker. */
    private final int window;
    private final Deque<Future<byte[]>> pending = new ArrayDeque<>();
    private final Adler32 adler = new Adler32();
    private final byte[] chunk = new byte[CHUNK_SIZE];
    private int chunkCount;
    private byte[] segment = new byte[SEGMENT_SIZE];
    private int segmentCount;
    private byte[] previous;
    private boolean headerWritten;

    /** @param pool compresses segments in parallel; null compresses on the calling thread */
    ZlibBlockStream(ArchiveOutput out, int level, ExecutorService pool, int workers) {
        super(out);
        this.level = level;
        this.pool = pool;
        this.window = Math.max(2, 2 * workers);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        adler.update(b, off, len);
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

    @Override
    public void flush() {
        // Intentionally empty, see the class comment.
    }

    @Override
    void finishBlock() throws IOException {
        submit(true);
        while (!pending.isEmpty()) {
            writeCompressed(take());
        }
        long sum = adler.getValue();
        writeCompressed(new byte[] {(byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum});
        writeChunk(chunk, 0, chunkCount);
        chunkCount = 0;
        writeEndMarker();
        adler.reset();
        previous = null;
        headerWritten = false;
    }

    @Override
    void release() {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
    }

    /** Hands the current segment to a worker (the last one finishes the deflate stream). */
    private void submit(boolean last) throws IOException {
        if (!headerWritten) {
            writeCompressed(header(level));
            headerWritten = true;
        }
        DeflateSegment piece = new DeflateSegment(level, segment, segmentCount, previous, last);
        previous = segment;
        segment = new byte[SEGMENT_SIZE];
        segmentCount = 0;
        if (pool == null) {
            writeCompressed(piece.call());
            return;
        }
        pending.add(pool.submit(piece));
        while (pending.size() >= window) {
            writeCompressed(take());
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

    /** Appends compressed bytes to the chunk buffer, writing each full 4096-byte chunk. */
    private void writeCompressed(byte[] b) throws IOException {
        int off = 0;
        while (off < b.length) {
            int n = Math.min(b.length - off, CHUNK_SIZE - chunkCount);
            System.arraycopy(b, off, chunk, chunkCount, n);
            chunkCount += n;
            off += n;
            if (chunkCount == CHUNK_SIZE) {
                writeChunk(chunk, 0, CHUNK_SIZE);
                chunkCount = 0;
            }
        }
    }

    /** The 2-byte zlib header zlib itself writes for this level (CMF 0x78: deflate, 32 KB window). */
    static byte[] header(int level) {
        int flevel = level == 1 ? 0 : level >= 2 && level <= 5 ? 1 : level == 6 || level == -1 ? 2 : 3;
        int cmf = 0x78;
        int flg = flevel << 6;
        flg += 31 - ((cmf << 8) + flg) % 31;
        return new byte[] {(byte) cmf, (byte) flg};
    }
}
