package dev.datagen.sink.s3;

import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed number of part-sized buffers, shared by every upload stream of one dump: the bound on the
 * memory an upload takes, however large the dump and however many files upload at once. A stream
 * holds one buffer while filling it and hands it to its part upload, which returns it when sent; a
 * writer that finds none free waits for a part upload to finish.
 */
final class PartBuffers {
    private final int partSize;
    private final int count;
    private final BlockingQueue<byte[]> free;
    private int allocated;

    PartBuffers(int partSize, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("an upload needs at least 2 part buffers, got " + count);
        }
        this.partSize = partSize;
        this.count = count;
        this.free = new ArrayBlockingQueue<>(count);
    }

    /** A buffer, allocated on first need (a small dump never allocates more than one). */
    byte[] take() throws InterruptedIOException {
        byte[] buffer = free.poll();
        if (buffer != null) {
            return buffer;
        }
        synchronized (this) {
            if (allocated < count) {
                allocated++;
                return new byte[partSize];
            }
        }
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for an upload buffer");
        }
    }

    void release(byte[] buffer) {
        if (buffer != null) {
            free.offer(buffer);
        }
    }
}
