package dev.datagen.dump.archive;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4FrameInputStream;

/**
 * The compressed files datagen and pg_dump write — gzip, an LZ4 frame, a zstd frame — recognised by
 * their magic bytes, as pg_restore and psql users meet them: compressed plain scripts and a directory
 * archive's {@code .gz}, {@code .lz4} and {@code .zst} data files. The decoders are the pure-Java ones
 * of the libraries that encode them ({@link CompressedStreams}).
 */
enum CompressedInput {
    NONE("uncompressed", "", new byte[0]),
    GZIP("gzip", ".gz", new byte[] {0x1f, (byte) 0x8b}),
    LZ4("lz4", ".lz4", new byte[] {0x04, 0x22, 0x4d, 0x18}),
    ZSTD("zstd", ".zst", new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd});

    private static final int MAGIC_BYTES = 4;
    private static final int IO_BUFFER = 1 << 16;

    final String label;
    /** The file name suffix of a directory archive's data file compressed so (pg_restore goes by it, not the content). */
    final String suffix;
    private final byte[] magic;

    CompressedInput(String label, String suffix, byte[] magic) {
        this.label = label;
        this.suffix = suffix;
        this.magic = magic;
    }

    /** What the suffix of {@code fileName} says it is. */
    static CompressedInput bySuffix(String fileName) {
        for (CompressedInput c : values()) {
            if (c != NONE && fileName.endsWith(c.suffix)) {
                return c;
            }
        }
        return NONE;
    }

    /** What the first bytes of a file say it is; {@link #NONE} for anything else. */
    static CompressedInput of(byte[] start) {
        for (CompressedInput c : values()) {
            if (c != NONE && startsWith(start, c.magic)) {
                return c;
            }
        }
        return NONE;
    }

    /** The decoded bytes of {@code raw}; closing the result closes {@code raw}. */
    private InputStream decode(InputStream raw) throws IOException {
        return switch (this) {
            case NONE -> new BufferedInputStream(raw, IO_BUFFER);
            case GZIP -> new GZIPInputStream(raw, IO_BUFFER);
            case LZ4 -> new LZ4FrameInputStream(new BufferedInputStream(raw, IO_BUFFER));
            case ZSTD -> new ZstdInputStream(new BufferedInputStream(raw, IO_BUFFER));
        };
    }

    /** Receives decoded bytes. */
    interface Chunks {
        void accept(byte[] buffer, int length);
    }

    /** What the first bytes of {@code file} say it is. */
    static CompressedInput of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in.readNBytes(MAGIC_BYTES));
        }
    }

    /**
     * Decodes {@code file} as this kind and hands every decoded byte to {@code chunks}.
     *
     * @return null when the data decode to their end, else what is wrong with them
     */
    String decode(Path file, Chunks chunks) throws IOException {
        byte[] buffer = new byte[IO_BUFFER];
        try (InputStream in = decode(Files.newInputStream(file))) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                chunks.accept(buffer, n);
            }
            return null;
        } catch (IOException | LZ4Exception | MalformedInputException e) {
            if (this == NONE) {
                throw e;
            }
            // the decoders report damage as exceptions: a corrupt header or block, or the end of the file too soon
            return "corrupt or truncated " + label + " data (" + e.getMessage() + ")";
        }
    }

    private static boolean startsWith(byte[] start, byte[] prefix) {
        if (start.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (start[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
