package dev.datagen.dump.archive;

import java.io.IOException;

/**
 * Uncompressed data block: payload bytes cut into chunks of at most {@code chunkSize} bytes. A
 * {@link #flush()} ends the current chunk early, which lets a payload reproduce pg_dump's framing
 * (one chunk per row); payload writers that never flush get full-size chunks. An empty payload
 * gives zero chunks, which pg_restore accepts for uncompressed blocks.
 */
final class StoredBlockStream extends BlockPayloadStream {

    private final Chunker chunks;

    StoredBlockStream(ArchiveOutput out, int chunkSize) {
        super(out);
        this.chunks = new Chunker(chunkSize);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        chunks.write(b, off, len);
    }

    /** Ends the current chunk (if any bytes are pending); does not flush the file. */
    @Override
    public void flush() throws IOException {
        chunks.drain();
    }

    @Override
    void finishBlock() throws IOException {
        chunks.drain();
        writeEndMarker();
    }
}
