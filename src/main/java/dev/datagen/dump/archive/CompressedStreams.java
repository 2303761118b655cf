package dev.datagen.dump.archive;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.FilterOutputStream;
import java.util.concurrent.ExecutorService;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4FrameOutputStream;
import net.jpountz.lz4.LZ4FrameOutputStream.BLOCKSIZE;
import net.jpountz.lz4.LZ4FrameOutputStream.FLG;
import net.jpountz.xxhash.XXHashFactory;

/**
 * Compressing streams in the file formats pg_restore decodes: gzip (RFC 1952) for directory
 * {@code .dat.gz} files and compressed plain scripts, an LZ4 frame, a zstd frame. The same LZ4/zstd
 * frames make up a custom archive's lz4/zstd data blocks. Closing the returned stream finishes the
 * frame and closes {@code target}. Only pure-Java encoders are used (no JNI), for a native image.
 */
public final class CompressedStreams {

    private static final int BUFFER_SIZE = 64 * 1024;
    /** liblz4's LZ4HC_CLEVEL_MIN: levels below it use the fast compressor, as LZ4F does. */
    private static final int LZ4_HC_MIN_LEVEL = 3;

    private CompressedStreams() {
    }

    public static OutputStream open(Compression compression, OutputStream target) throws IOException {
        return open(compression, target, null, 1);
    }

    /** @param pool deflates gzip in parallel ({@code workers} threads; same bytes); null deflates on the writing thread */
    public static OutputStream open(Compression compression, OutputStream target, ExecutorService pool, int workers)
            throws IOException {
        return switch (compression.algorithm()) {
            case NONE -> target;
            case GZIP -> gzip(compression, target, pool, workers);
            case LZ4 -> lz4(compression, target);
            case ZSTD -> new ZstdOutputStream(target); // aircompressor: standard frames at level 3
        };
    }

    private static OutputStream gzip(Compression compression, OutputStream target, ExecutorService pool, int workers) {
        ParallelDeflateStream gzip = new ParallelDeflateStream(target, ParallelDeflateStream.Wrapper.GZIP,
                compression.zlibLevel(), pool, workers);
        return new FilterOutputStream(gzip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                gzip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                try {
                    gzip.finish();
                } finally {
                    gzip.abandon();
                    target.close();
                }
            }
        };
    }

    /** Like pg_dump's LZ4F output: 64 KiB blocks, no content checksum; the level picks fast or HC. */
    private static OutputStream lz4(Compression compression, OutputStream target) throws IOException {
        LZ4Factory java = LZ4Factory.fastestJavaInstance();
        int level = compression.level();
        LZ4Compressor compressor = level == Compression.DEFAULT_LEVEL || level < LZ4_HC_MIN_LEVEL
                ? java.fastCompressor()
                : java.highCompressor(level);
        return new LZ4FrameOutputStream(target, BLOCKSIZE.SIZE_64KB, -1L, compressor,
                XXHashFactory.fastestJavaInstance().hash32(), FLG.Bits.BLOCK_INDEPENDENCE);
    }
}
