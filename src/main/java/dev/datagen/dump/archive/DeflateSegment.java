package dev.datagen.dump.archive;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.zip.Deflater;

/**
 * One piece of a parallel zlib stream: raw deflate of a segment, primed with the last 32 KB of the
 * previous segment (so matches can reach back across the cut, as in one long stream), ending with a
 * sync flush (byte-aligned, not final) or, for the last segment, the final block.
 */
final class DeflateSegment implements Callable<byte[]> {
    /** deflate's window: the most a match can reach back, so the most a dictionary can help. */
    private static final int DICTIONARY_SIZE = 32 * 1024;
    /** One raw deflater per thread and level; reset between segments instead of re-allocated. */
    private static final ThreadLocal<Deflater[]> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater[11]);

    private final int level;
    private final byte[] input;
    private final int length;
    private final byte[] previous;
    private final boolean last;

    DeflateSegment(int level, byte[] input, int length, byte[] previous, boolean last) {
        this.level = level;
        this.input = input;
        this.length = length;
        this.previous = previous;
        this.last = last;
    }

    @Override
    public byte[] call() {
        Deflater deflater = deflater(level);
        deflater.reset();
        if (previous != null) {
            deflater.setDictionary(previous, previous.length - DICTIONARY_SIZE, DICTIONARY_SIZE);
        }
        deflater.setInput(input, 0, length);
        if (last) {
            deflater.finish();
        }
        // raw deflate never grows data by more than ~0.03% plus a few bytes per stored block
        byte[] out = new byte[length + (length >> 10) + 64];
        int count = 0;
        while (true) {
            int n = deflater.deflate(out, count, out.length - count, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            count += n;
            boolean done = last ? deflater.finished() : count < out.length;
            if (done) {
                return Arrays.copyOf(out, count);
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
        }
    }

    private static Deflater deflater(int level) {
        Deflater[] cache = DEFLATERS.get();
        if (cache[level + 1] == null) {
            cache[level + 1] = new Deflater(level, true);
        }
        return cache[level + 1];
    }
}
