package dev.datagen.dump.archive;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream a {@code TableData} writes its payload into; it frames the bytes as the chunks of one
 * custom-format data block ({@code pg-archive-format.md} §4.2). One instance serves every block of an
 * archive, reusing its buffers. {@link #close()} does nothing, so a payload writer that closes its
 * stream cannot end the block or the file early; the archive writer calls {@link #finishBlock()}.
 */
abstract class BlockPayloadStream extends OutputStream {

    /** pg_dump's ZLIB_OUT_SIZE: the largest chunk it writes for compressed data (zlib, lz4, zstd). */
    static final int COMPRESSED_CHUNK_SIZE = 4096;

    protected final ArchiveOutput out;

    BlockPayloadStream(ArchiveOutput out) {
        this.out = out;
    }

    /** Writes the remaining payload and the zero-length end chunk; ready for the next block after. */
    abstract void finishBlock() throws IOException;

    /** Releases native resources (the zlib stream); the underlying output stays open. */
    void release() {
    }

    @Override
    public final void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public final void close() {
        // Deliberately not closing: the block ends in finishBlock(), the file belongs to the caller.
    }

    protected void writeChunk(byte[] b, int off, int len) throws IOException {
        if (len > 0) { // a zero length is the end marker, never a chunk
            out.writeInt(len);
            out.writeBytes(b, off, len);
        }
    }

    protected void writeEndMarker() throws IOException {
        out.writeInt(0);
    }

    /**
     * Cuts whatever is written to it into chunks of at most {@code size} bytes, each full chunk
     * framed as it fills; {@link #drain()} ends the current chunk early. A write that starts on an
     * empty buffer with at least a whole chunk is framed directly, without a copy (same chunks).
     * {@code close()} does nothing: compressors close their target when their stream is complete,
     * and the block goes on until {@link #finishBlock()}.
     */
    protected final class Chunker extends OutputStream {
        private final byte[] buffer;
        private int count;

        protected Chunker(int size) {
            if (size <= 0) {
                throw new IllegalArgumentException("chunk size must be positive: " + size);
            }
            this.buffer = new byte[size];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (count == 0 && len >= buffer.length) {
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

        /** Frames the pending bytes as a chunk (nothing when there are none). */
        public void drain() throws IOException {
            writeChunk(buffer, 0, count);
            count = 0;
        }

        @Override
        public void close() {
            // Deliberately not ending anything: see the class comment.
        }
    }
}
