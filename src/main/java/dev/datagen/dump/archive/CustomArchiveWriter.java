package dev.datagen.dump.archive;

import dev.datagen.dump.DumpContent;
import dev.datagen.dump.TocEntry;
import dev.datagen.dump.archive.ArchiveOutput.OffsetFlag;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.ToLongFunction;

/**
 * Writes pg_dump's custom format ({@code pg_dump -Fc}; {@code pg-archive-format.md} §4): header, TOC,
 * then one data block per entry with data, in TOC order. Payloads are streamed from
 * {@code TableData.writeTo} through reusable buffers; no table is ever held in memory.
 */
public final class CustomArchiveWriter {

    /** Block type BLK_DATA. */
    private static final int BLK_DATA = 1;
    /** Chunk size for uncompressed blocks. */
    public static final int DEFAULT_CHUNK_SIZE = 64 * 1024;
    private static final int IO_BUFFER_SIZE = 256 * 1024;

    private final Compression compression;
    private final ArchiveVersion version;
    private final int chunkSize;
    private ExecutorService compressionPool;
    private int compressionWorkers = 1;

    /** @param compressionLevel 0 = none, -1 = zlib at its default level, 1..9 = zlib at that level */
    public CustomArchiveWriter(int compressionLevel) {
        this(Compression.zlib(compressionLevel));
    }

    /**
     * Compresses zlib data blocks on {@code pool} ({@code workers} threads) instead of the writing
     * thread. The bytes written are the same either way.
     */
    public CustomArchiveWriter compressingOn(ExecutorService pool, int workers) {
        this.compressionPool = pool;
        this.compressionWorkers = workers;
        return this;
    }

    /** Writes the oldest archive version that holds this compression (1.14, or 1.15 for lz4/zstd). */
    public CustomArchiveWriter(Compression compression) {
        this(compression, compression.archiveVersion(), DEFAULT_CHUNK_SIZE);
    }

    /** @param chunkSize largest chunk of an uncompressed block (compressed blocks use pg_dump's 4096) */
    public CustomArchiveWriter(Compression compression, ArchiveVersion version, int chunkSize) {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunk size must be positive: " + chunkSize);
        }
        this.compression = compression;
        this.version = version;
        this.chunkSize = chunkSize;
    }

    /**
     * Seekable target: like pg_dump, writes the TOC with "position not set" placeholders, then the
     * data blocks, then rewrites the TOC in place with flag 2 and each block's true position (what
     * {@code pg_restore -j} and out-of-order restores need). Writing starts at the channel's current
     * position; afterwards the channel is positioned at, and truncated to, the end of the archive.
     * (An upload stream relies on this order of calls: one seek back, the TOC, a seek to the end.)
     */
    public void write(DumpContent content, SeekableByteChannel channel) throws IOException {
        long start = channel.position();
        OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), IO_BUFFER_SIZE);
        ArchiveOutput out = new ArchiveOutput(stream, start);
        ArchiveHeader.write(out, version, ArchiveFormat.CUSTOM, compression, content.header());
        long tocStart = out.position();
        TocWriter toc = new TocWriter(version);
        toc.write(out, content.entries(), unknownPositions());
        long tocEnd = out.position();
        Map<Integer, Long> positions = writeDataBlocks(out, content.entries());
        out.flush();
        long end = out.position();

        channel.position(tocStart);
        ArchiveOutput rewrite = new ArchiveOutput(
                new BufferedOutputStream(Channels.newOutputStream(channel), IO_BUFFER_SIZE), tocStart);
        toc.write(rewrite, content.entries(), knownPositions(positions));
        rewrite.flush();
        if (rewrite.position() != tocEnd) {
            throw new IllegalStateException("TOC rewrite changed its length: " + tocEnd + " -> " + rewrite.position());
        }
        channel.position(end);
        if (channel.size() > end) {
            channel.truncate(end);
        }
    }

    /**
     * Non-seekable target (a pipe, stdout): data entries keep flag 1, "position not set", exactly as
     * pg_dump writes to a pipe; pg_restore then finds the blocks by scanning forward. The stream is
     * flushed, not closed.
     */
    public void write(DumpContent content, OutputStream target) throws IOException {
        OutputStream stream = new BufferedOutputStream(target, IO_BUFFER_SIZE);
        ArchiveOutput out = new ArchiveOutput(stream);
        ArchiveHeader.write(out, version, ArchiveFormat.CUSTOM, compression, content.header());
        new TocWriter(version).write(out, content.entries(), unknownPositions());
        writeDataBlocks(out, content.entries());
        out.flush();
    }

    /** Writes every data block in TOC order; returns dumpId -> position of the block-type byte. */
    private Map<Integer, Long> writeDataBlocks(ArchiveOutput out, List<TocEntry> entries) throws IOException {
        Map<Integer, Long> positions = new HashMap<>();
        BlockPayloadStream payload = payloadStream(out);
        try {
            for (TocEntry e : entries) {
                if (!e.hasData()) {
                    continue;
                }
                positions.put(e.dumpId(), out.position());
                out.writeByte(BLK_DATA);
                out.writeInt(e.dumpId());
                e.data().writeTo(payload);
                payload.finishBlock();
            }
        } finally {
            payload.release();
        }
        return positions;
    }

    private BlockPayloadStream payloadStream(ArchiveOutput out) {
        return switch (compression.algorithm()) {
            case NONE -> new StoredBlockStream(out, chunkSize);
            case GZIP -> new ZlibBlockStream(out, compression.zlibLevel(), compressionPool, compressionWorkers);
            case LZ4, ZSTD -> new FrameBlockStream(out, compression);
        };
    }

    private static TocWriter.EntryExtra unknownPositions() {
        return new OffsetExtra(e -> -1L);
    }

    private static TocWriter.EntryExtra knownPositions(Map<Integer, Long> positions) {
        return new OffsetExtra(e -> positions.get(e.dumpId()));
    }

    /** The custom format's TOC extra: an Offset (flag 1 when the position is unknown, i.e. negative). */
    private record OffsetExtra(ToLongFunction<TocEntry> position) implements TocWriter.EntryExtra {
        @Override
        public void write(ArchiveOutput out, TocEntry entry) throws IOException {
            if (!entry.hasData()) {
                out.writeOffset(OffsetFlag.NO_DATA, 0);
                return;
            }
            long pos = position.applyAsLong(entry);
            if (pos < 0) {
                out.writeOffset(OffsetFlag.POS_NOT_SET, 0);
            } else {
                out.writeOffset(OffsetFlag.POS_SET, pos);
            }
        }

        @Override
        public int size(TocEntry entry) {
            return ArchiveOutput.OFFSET_SIZE;
        }
    }
}
