package dev.datagen.dump.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;

/**
 * zlib-compressed data block: the whole payload becomes exactly one complete zlib (RFC 1950) stream
 * (compressed in parallel by {@link ParallelDeflateStream}), cut into chunks of at most 4096 bytes as
 * pg_dump does (ZLIB_OUT_SIZE). An empty payload still yields a full 8-byte stream, because
 * pg_restore cannot handle a zlib block without chunks. {@link #flush()} is ignored: chunk boundaries
 * carry no meaning here.
 */
final class ZlibBlockStream extends BlockPayloadStream {

    /** pg_dump's ZLIB_OUT_SIZE: the largest chunk it writes for compressed data. */
    static final int CHUNK_SIZE = 4096;

    private final byte[] chunk = new byte[CHUNK_SIZE];
    private int chunkCount;
    private final ParallelDeflateStream deflate;

    /** @param pool compresses in parallel ({@code workers} threads); null compresses on the calling thread */
    ZlibBlockStream(ArchiveOutput out, int level, ExecutorService pool, int workers) {
        super(out);
        this.deflate = new ParallelDeflateStream(new Chunker(), ParallelDeflateStream.Wrapper.ZLIB, level, pool, workers);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        deflate.write(b, off, len);
    }

    @Override
    public void flush() {
        // Intentionally empty, see the class comment.
    }

    @Override
    void finishBlock() throws IOException {
        deflate.finish();
        writeChunk(chunk, 0, chunkCount);
        chunkCount = 0;
        writeEndMarker();
    }

    @Override
    void release() {
        deflate.abandon();
    }

    /** Cuts the compressed stream into chunks of CHUNK_SIZE bytes. */
    private final class Chunker extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, CHUNK_SIZE - chunkCount);
                System.arraycopy(b, off, chunk, chunkCount, n);
                chunkCount += n;
                off += n;
                len -= n;
                if (chunkCount == CHUNK_SIZE) {
                    writeChunk(chunk, 0, CHUNK_SIZE);
                    chunkCount = 0;
                }
            }
        }
    }
}
