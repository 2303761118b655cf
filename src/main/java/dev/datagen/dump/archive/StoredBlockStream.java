package dev.datagen.dump.archive;

import java.io.IOException;

/**
 * Uncompressed data block: payload bytes cut into chunks of at most {@code chunkSize} bytes. A
 * {@link #flush()} ends the current chunk early, which lets a payload reproduce pg_dump's framing
 * (one chunk per row); payload writers that never flush get full-size chunks. An empty payload
 * gives zero chunks, which pg_restore accepts for uncompressed blocks.
 */
final class StoredBlockStream extends BlockPayloadStream {

    private final byte[] buffer;
    private int count;

    StoredBlockStream(ArchiveOutput out, int chunkSize) {
        super(out);
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunk size must be positive: " + chunkSize);
        }
        this.buffer = new byte[chunkSize];
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (count == 0 && len >= buffer.length) {
                // Large write with an empty buffer: frame it directly, no copy.
                writeChunk(b, off, buffer.length);
                off += buffer.length;
                len -= buffer.length;
                continue;
            }
            int n = Math.min(len, buffer.length - count);
            System.arraycopy(b, off, buffer, count, n);
            count += n;
            off += n;
            len -= n;
            if (count == buffer.length) {
                drain();
            }
        }
    }

    /** Ends the current chunk (if any bytes are pending); does not flush the file. */
    @Override
    public void flush() throws IOException {
        drain();
    }

    @Override
    void finishBlock() throws IOException {
        drain();
        writeEndMarker();
    }

    private void drain() throws IOException {
        writeChunk(buffer, 0, count);
        count = 0;
    }
}
