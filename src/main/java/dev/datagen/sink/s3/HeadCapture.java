package dev.datagen.sink.s3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/**
 * Two passes of the custom-format writer give a streamed archive true data offsets. The writer, given
 * a seekable channel, writes header, TOC with placeholder offsets, and data blocks, then seeks back and
 * rewrites the TOC with each block's position. A stream cannot seek back, but generation is
 * deterministic: pass 1 writes into a {@link Capture} channel that discards everything and keeps only
 * the bytes of that rewrite; pass 2 writes the same archive again into a {@link Substitute} channel that
 * streams it to the upload with the captured bytes in place of the placeholders, and checks that its
 * own rewrite matches the capture (and is otherwise ignored). The upload is then byte for byte the file
 * {@code -o FILE} writes with the same seed.
 */
final class HeadCapture {
    private HeadCapture() {
    }

    /** What pass 1 learnt: the rewritten region (the TOC, with offsets) and the archive's length. */
    record Head(long start, byte[] bytes, long length) {
        long end() {
            return start + bytes.length;
        }
    }

    /** Common channel bookkeeping: position, size, and whether the writer has seeked back (is rewriting). */
    private abstract static class PositionChannel implements SeekableByteChannel {
        long position;
        long size;
        /** Where the writer seeked back to, or -1 while it writes forward. */
        long rewriteStart = -1;
        boolean open = true;
        /** Reused for every write (the writer's buffer size, 256 KiB). */
        private byte[] scratch = new byte[0];

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = src.remaining();
            if (scratch.length < n) {
                scratch = new byte[n];
            }
            src.get(scratch, 0, n);
            if (rewriteStart >= 0) {
                rewritten(scratch, n);
            } else {
                forward(scratch, n);
            }
            position += n;
            size = Math.max(size, position);
            return n;
        }

        abstract void forward(byte[] bytes, int length) throws IOException;

        abstract void rewritten(byte[] bytes, int length) throws IOException;

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            if (newPosition < position) {
                if (rewriteStart >= 0) {
                    throw new IOException("the custom-format writer seeked back twice");
                }
                rewriteStart = newPosition;
            } else if (newPosition != position && newPosition != size) {
                throw new IOException("unexpected seek to " + newPosition + " (position " + position + ", size " + size + ")");
            }
            position = newPosition;
            return this;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public SeekableByteChannel truncate(long newSize) throws IOException {
            if (newSize < size) {
                throw new IOException("the custom-format writer truncated a streamed archive");
            }
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            throw new IOException("a streamed archive cannot be read back");
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }

    /** Pass 1: counts positions, discards the bytes, keeps the TOC rewrite. */
    static final class Capture extends PositionChannel {
        private final ByteArrayOutputStream rewrite = new ByteArrayOutputStream();

        @Override
        void forward(byte[] bytes, int length) {
        }

        @Override
        void rewritten(byte[] bytes, int length) {
            rewrite.write(bytes, 0, length);
        }

        Head head() throws IOException {
            if (rewriteStart < 0) {
                throw new IOException("the custom-format writer did not rewrite its TOC");
            }
            return new Head(rewriteStart, rewrite.toByteArray(), size);
        }
    }

    /** Pass 2: streams to {@code out}, the captured head in place of what the writer first writes there. */
    static final class Substitute extends PositionChannel {
        private final Head head;
        private final OutputStream out;
        private long checked;

        Substitute(Head head, OutputStream out) {
            this.head = head;
            this.out = out;
        }

        @Override
        void forward(byte[] bytes, int length) throws IOException {
            long from = Math.max(position, head.start());
            long to = Math.min(position + length, head.end());
            if (from < to) {
                System.arraycopy(head.bytes(), (int) (from - head.start()), bytes, (int) (from - position), (int) (to - from));
            }
            out.write(bytes, 0, length);
        }

        @Override
        void rewritten(byte[] bytes, int length) throws IOException {
            long offset = position - head.start();
            if (rewriteStart != head.start() || offset < 0 || offset + length > head.bytes().length
                    || !Arrays.equals(bytes, 0, length, head.bytes(), (int) offset, (int) offset + length)) {
                throw mismatch();
            }
            checked += length;
        }

        /** After pass 2: the archive had the same length and the same TOC as in pass 1. */
        void verify() throws IOException {
            if (size != head.length() || checked != head.bytes().length) {
                throw mismatch();
            }
        }

        private static IOException mismatch() {
            return new IOException("the second pass of the custom archive differs from the first (data offsets would be wrong); "
                    + "generation was not deterministic — please report it (--s3-spool DIR avoids the second pass)");
        }
    }
}
