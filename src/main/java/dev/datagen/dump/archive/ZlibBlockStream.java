package dev.datagen.dump.archive;

import java.io.IOException;
import java.util.zip.Deflater;

/**
 * zlib-compressed data block: the whole payload becomes exactly one complete zlib (RFC 1950) stream,
 * cut into chunks of at most 4096 bytes as pg_dump does (ZLIB_OUT_SIZE). An empty payload still yields
 * a full 8-byte stream, because pg_restore cannot handle a zlib block without chunks. {@link #flush()}
 * is ignored: a sync flush would only add bytes, and chunk boundaries carry no meaning here.
 */
final class ZlibBlockStream extends BlockPayloadStream {

    /** pg_dump's ZLIB_OUT_SIZE: the largest chunk it writes for compressed data. */
    static final int CHUNK_SIZE = 4096;
    /** Input is gathered before each JNI call into zlib, so row-sized writes stay cheap. */
    private static final int INPUT_BUFFER_SIZE = 64 * 1024;

    private final Deflater deflater;
    private final byte[] input = new byte[INPUT_BUFFER_SIZE];
    private int inputCount;
    private final byte[] chunk = new byte[CHUNK_SIZE];
    private int chunkCount;

    ZlibBlockStream(ArchiveOutput out, int level) {
        super(out);
        this.deflater = new Deflater(level, false); // nowrap=false: zlib header and Adler-32 trailer
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len >= input.length) {
            compressPending();
            deflate(b, off, len);
            return;
        }
        if (len > input.length - inputCount) {
            compressPending();
        }
        System.arraycopy(b, off, input, inputCount, len);
        inputCount += len;
    }

    @Override
    public void flush() {
        // Intentionally empty, see the class comment.
    }

    @Override
    void finishBlock() throws IOException {
        compressPending();
        deflater.finish();
        while (!deflater.finished()) {
            fillChunk();
        }
        writeChunk(chunk, 0, chunkCount);
        chunkCount = 0;
        writeEndMarker();
        deflater.reset();
    }

    @Override
    void release() {
        deflater.end();
    }

    private void compressPending() throws IOException {
        if (inputCount > 0) {
            deflate(input, 0, inputCount);
            inputCount = 0;
        }
    }

    private void deflate(byte[] b, int off, int len) throws IOException {
        deflater.setInput(b, off, len);
        while (!deflater.needsInput()) {
            fillChunk();
        }
    }

    /** Runs deflate into the chunk buffer and writes the chunk once it is full. */
    private void fillChunk() throws IOException {
        chunkCount += deflater.deflate(chunk, chunkCount, chunk.length - chunkCount);
        if (chunkCount == chunk.length) {
            writeChunk(chunk, 0, chunkCount);
            chunkCount = 0;
        }
    }
}
