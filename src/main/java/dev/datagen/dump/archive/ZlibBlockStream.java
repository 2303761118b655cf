package dev.datagen.dump.archive;

import java.io.IOException;
import java.util.concurrent.ExecutorService;

/**
 * zlib-compressed data block: the whole payload becomes exactly one complete zlib (RFC 1950) stream
 * (compressed in parallel by {@link ParallelDeflateStream}), cut into chunks of at most 4096 bytes as
 * pg_dump does (ZLIB_OUT_SIZE). An empty payload still yields a full 8-byte stream, because
 * pg_restore cannot handle a zlib block without chunks. {@link #flush()} is ignored: chunk boundaries
 * carry no meaning here.
 */
final class ZlibBlockStream extends BlockPayloadStream {

    private final Chunker chunks = new Chunker(COMPRESSED_CHUNK_SIZE);
    private final ParallelDeflateStream deflate;

    /** @param pool compresses in parallel ({@code workers} threads); null compresses on the calling thread */
    ZlibBlockStream(ArchiveOutput out, int level, ExecutorService pool, int workers) {
        super(out);
        this.deflate = new ParallelDeflateStream(chunks, ParallelDeflateStream.Wrapper.ZLIB, level, pool, workers);
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
        chunks.drain();
        writeEndMarker();
    }

    @Override
    void release() {
        deflate.abandon();
    }
}
