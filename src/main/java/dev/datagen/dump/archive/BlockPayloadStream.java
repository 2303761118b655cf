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
}
