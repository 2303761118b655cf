package dev.datagen.dump.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;

class ParallelDeflateStreamTest {

    /** Text-like bytes over several segments, the last one partial. */
    static byte[] payload(int size) {
        byte[] b = new byte[size];
        Random random = new Random(11);
        for (int i = 0; i < size; i++) {
            b[i] = (byte) ('a' + random.nextInt(random.nextInt(26) + 1));
        }
        return b;
    }

    static byte[] compress(byte[] input, ParallelDeflateStream.Wrapper wrapper, ExecutorService pool, int workers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParallelDeflateStream s = new ParallelDeflateStream(out, wrapper, 6, pool, workers);
        for (int off = 0; off < input.length; off += 70_001) {
            s.write(input, off, Math.min(70_001, input.length - off));
        }
        s.finish();
        return out.toByteArray();
    }

    @Test
    void gzipAndZlibStreamsDecodeAndDoNotDependOnTheWorkers() throws IOException {
        byte[] input = payload(3 * ParallelDeflateStream.SEGMENT_SIZE + 999);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (ParallelDeflateStream.Wrapper wrapper : ParallelDeflateStream.Wrapper.values()) {
                byte[] serial = compress(input, wrapper, null, 1);
                assertThat(compress(input, wrapper, pool, 2)).isEqualTo(serial);
                assertThat(compress(input, wrapper, pool, 3)).isEqualTo(serial);
                var in = wrapper == ParallelDeflateStream.Wrapper.GZIP
                        ? new GZIPInputStream(new ByteArrayInputStream(serial))
                        : new InflaterInputStream(new ByteArrayInputStream(serial));
                assertThat(in.readAllBytes()).isEqualTo(input);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyInputIsStillACompleteStream() throws IOException {
        assertThat(compress(new byte[0], ParallelDeflateStream.Wrapper.ZLIB, null, 1))
                .containsExactly(0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01);
        byte[] gzip = compress(new byte[0], ParallelDeflateStream.Wrapper.GZIP, null, 1);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip)).readAllBytes()).isEmpty();
    }
}
