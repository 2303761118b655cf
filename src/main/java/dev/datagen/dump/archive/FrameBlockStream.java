package dev.datagen.dump.archive;

import java.io.IOException;
import java.io.OutputStream;

/**
 * lz4 or zstd data block (archive 1.15+, {@code pg-archive-format.md} §4.2): the whole payload becomes
 * one complete LZ4 frame or zstd frame, cut into chunks of at most 4096 bytes like pg_dump's zlib
 * blocks. {@link #flush()} is ignored, as for zlib: chunk boundaries carry no meaning here.
 */
final class FrameBlockStream extends BlockPayloadStream {

    private final Compression compression;
    /** The frame encoder of the current block; it writes into {@link #chunks} and closes it when the frame is complete. */
    private OutputStream frame;
    private final Chunker chunks = new Chunker(COMPRESSED_CHUNK_SIZE);

    FrameBlockStream(ArchiveOutput out, Compression compression) {
        super(out);
        this.compression = compression;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        frame().write(b, off, len);
    }

    @Override
    public void flush() {
        // Intentionally empty, see the class comment.
    }

    @Override
    void finishBlock() throws IOException {
        frame().close(); // completes the frame, even for an empty payload
        frame = null;
        chunks.drain();
        writeEndMarker();
    }

    private OutputStream frame() throws IOException {
        if (frame == null) {
            frame = CompressedStreams.open(compression, chunks);
        }
        return frame;
    }
}
