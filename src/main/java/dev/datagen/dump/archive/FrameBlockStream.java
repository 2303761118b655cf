package dev.datagen.dump.archive;

import java.io.IOException;
import java.io.OutputStream;

/**
 * lz4 or zstd data block (archive 1.15+, {@code pg-archive-format.md} §4.2): the whole payload becomes
 * one complete LZ4 frame or zstd frame, cut into chunks of at most 4096 bytes like pg_dump's zlib
 * blocks. {@link #flush()} is ignored, as for zlib: chunk boundaries carry no meaning here.
 */
final class FrameBlockStream extends BlockPayloadStream {

    static final int CHUNK_SIZE = 4096;

    private final Compression compression;
    private final byte[] chunk = new byte[CHUNK_SIZE];
    private int chunkCount;
    /** The frame encoder of the current block; it writes into {@link #chunks}. */
    private OutputStream frame;
    private final OutputStream chunks = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, chunk.length - chunkCount);
                System.arraycopy(b, off, chunk, chunkCount, n);
                chunkCount += n;
                off += n;
                len -= n;
                if (chunkCount == chunk.length) {
                    drain();
                }
            }
        }

        @Override
        public void close() {
            // The encoder closes this when its frame is complete; the block goes on in finishBlock().
        }
    };

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
        drain();
        writeEndMarker();
    }

    private OutputStream frame() throws IOException {
        if (frame == null) {
            frame = CompressedStreams.open(compression, chunks);
        }
        return frame;
    }

    private void drain() throws IOException {
        writeChunk(chunk, 0, chunkCount);
        chunkCount = 0;
    }
}
