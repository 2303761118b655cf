package dev.datagen.dump.archive;

import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpHeader;
import dev.datagen.dump.Pg15Sample;
import dev.datagen.dump.Section;
import dev.datagen.dump.TableData;
import dev.datagen.dump.TocEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomArchiveWriterTest {

    @TempDir
    Path dir;

    static byte[] writeSeekable(Path file, DumpContent content, CustomArchiveWriter writer) throws IOException {
        try (FileChannel ch = FileChannel.open(file, CREATE, WRITE, READ)) {
            writer.write(content, ch);
        }
        return Files.readAllBytes(file);
    }

    static byte[] writeStream(DumpContent content, CustomArchiveWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(content, out);
        return out.toByteArray();
    }

    /*
     * Byte identity with real pg_dump output. The sample's payloads flush() after every row, which ends
     * a chunk in uncompressed mode, so our framing is pg_dump's (one chunk per row + the terminator);
     * everything else (header, TOC, offsets, block headers) is compared unchanged.
     */
    @Test
    void uncompressedSeekableArchiveIsByteIdenticalToPgDump() throws IOException {
        byte[] written = writeSeekable(dir.resolve("a.dump"), Pg15Sample.content(), new CustomArchiveWriter(0));
        assertThat(written).isEqualTo(Pg15Sample.resource("sample.Fc-Z0.dump"));
    }

    @Test
    void uncompressedStreamArchiveIsByteIdenticalToPgDumpToAPipe() throws IOException {
        // That sample came from a second pg_dump run, one second later (tm_sec 59 instead of 58);
        // otherwise it differs from sample.Fc-Z0.dump only in the three data offsets.
        DumpContent sample = Pg15Sample.content();
        DumpHeader h = sample.header();
        DumpContent oneSecondLater = new DumpContent(new DumpHeader(h.databaseName(),
                h.createdAt().plusSeconds(1), h.serverVersion(), h.dumpVersion()), sample.entries());
        byte[] written = writeStream(oneSecondLater, new CustomArchiveWriter(0));
        assertThat(written).isEqualTo(Pg15Sample.resource("sample.Fc-Z0-stdout.dump"));
    }

    /*
     * The zlib archive matches pg_dump -Fc byte for byte as well: same 4096-byte chunking, and zlib's
     * deflate is deterministic for a given level (this relies on the JDK's zlib producing the same
     * stream as Debian's zlib 1.2.13 used by pg_dump; the decode tests below are the portable check).
     */
    @Test
    void zlibSeekableArchiveIsByteIdenticalToPgDump() throws IOException {
        byte[] written = writeSeekable(dir.resolve("z.dump"), Pg15Sample.content(), new CustomArchiveWriter(-1));
        assertThat(written).isEqualTo(Pg15Sample.resource("sample.Fc.dump"));
    }

    @Test
    void tocSizeMatchesWhatIsWritten() throws IOException {
        DumpContent content = Pg15Sample.content();
        TocWriter toc = new TocWriter(ArchiveVersion.V1_14);
        TocWriter.EntryExtra none = new TocWriter.EntryExtra() {
            @Override
            public void write(ArchiveOutput out, TocEntry entry) {
            }

            @Override
            public int size(TocEntry entry) {
                return 0;
            }
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        toc.write(new ArchiveOutput(bytes), content.entries(), none);
        assertThat(toc.size(content.entries(), none)).isEqualTo(bytes.size());
    }

    @Test
    void zlibBlocksAreOneCompleteStreamEachAndOffsetsPointAtThem() throws Exception {
        byte[] written = writeSeekable(dir.resolve("z.dump"), Pg15Sample.content(), new CustomArchiveWriter(-1));
        ArchiveTestReader archive = new ArchiveTestReader(written);
        assertThat(archive.compression).isEqualTo(-1);
        Map<Integer, byte[]> payloads = Pg15Sample.payloads();
        assertThat(archive.blocks.keySet()).containsExactlyElementsOf(payloads.keySet());
        for (var e : payloads.entrySet()) {
            assertThat(archive.blocks.get(e.getKey()).inflated()).isEqualTo(e.getValue());
        }
        for (ArchiveTestReader.Entry e : archive.entries) {
            if (e.hadDumper()) {
                assertThat(e.offsetFlag()).isEqualTo(2);
                assertThat(e.offset()).isEqualTo(archive.blocks.get(e.dumpId()).position());
            } else {
                assertThat(e.offsetFlag()).isEqualTo(3);
                assertThat(e.offset()).isZero();
            }
        }
    }

    @Test
    void zlibStreamVariantKeepsFlagOne() throws Exception {
        ArchiveTestReader archive = new ArchiveTestReader(writeStream(Pg15Sample.content(), new CustomArchiveWriter(6)));
        assertThat(archive.compression).isEqualTo(6);
        assertThat(archive.entries).filteredOn(ArchiveTestReader.Entry::hadDumper)
                .allSatisfy(e -> assertThat(e.offsetFlag()).isEqualTo(1))
                .hasSize(3);
        for (var e : Pg15Sample.payloads().entrySet()) {
            assertThat(archive.blocks.get(e.getKey()).inflated()).isEqualTo(e.getValue());
        }
    }

    @Test
    void emptyPayloadIsStillACompleteZlibStream() throws Exception {
        ArchiveTestReader archive = new ArchiveTestReader(writeStream(oneTable(out -> { }), new CustomArchiveWriter(-1)));
        ArchiveTestReader.Block block = archive.blocks.get(2);
        assertThat(block.chunks()).hasSize(1);
        assertThat(HexFormat.ofDelimiter(" ").formatHex(block.joined())).isEqualTo("78 9c 03 00 00 00 00 01");
    }

    @Test
    void emptyPayloadUncompressedHasNoChunks() throws Exception {
        ArchiveTestReader archive = new ArchiveTestReader(writeStream(oneTable(out -> { }), new CustomArchiveWriter(0)));
        assertThat(archive.blocks.get(2).chunks()).isEmpty();
    }

    @Test
    void largePayloadsAreChunkedAndRoundTrip() throws Exception {
        byte[] payload = new byte[300_000];
        new Random(42).nextBytes(payload);
        // Write in odd-sized pieces so buffer boundaries fall everywhere.
        TableData data = out -> {
            for (int off = 0; off < payload.length; off += 7777) {
                out.write(payload, off, Math.min(7777, payload.length - off));
            }
        };
        ArchiveTestReader stored = new ArchiveTestReader(writeStream(oneTable(data), new CustomArchiveWriter(0)));
        assertThat(stored.blocks.get(2).joined()).isEqualTo(payload);
        assertThat(stored.blocks.get(2).chunks()).extracting(c -> c.length)
                .containsExactly(65536, 65536, 65536, 65536, 37856);

        ArchiveTestReader zlib = new ArchiveTestReader(writeStream(oneTable(data), new CustomArchiveWriter(1)));
        assertThat(zlib.blocks.get(2).inflated()).isEqualTo(payload);
        assertThat(zlib.blocks.get(2).chunks()).allSatisfy(c -> assertThat(c.length).isBetween(1, 4096));
    }

    /** Segments compressed in parallel join into one zlib stream, byte-identical to the serial result. */
    @Test
    void parallelCompressionGivesTheSameBytesAsSerial() throws Exception {
        // compressible but not trivial: text-like bytes over several 256 KB segments, the last one partial
        byte[] payload = new byte[5 * ParallelDeflateStream.SEGMENT_SIZE + 12_345];
        Random random = new Random(7);
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) ('a' + random.nextInt(random.nextInt(26) + 1));
        }
        TableData data = out -> {
            for (int off = 0; off < payload.length; off += 10_007) {
                out.write(payload, off, Math.min(10_007, payload.length - off));
            }
        };
        byte[] serial = writeStream(oneTable(data), new CustomArchiveWriter(-1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            for (int workers : new int[] {1, 2, 3}) {
                byte[] parallel = writeStream(oneTable(data), new CustomArchiveWriter(-1).compressingOn(pool, workers));
                assertThat(parallel).isEqualTo(serial);
            }
        } finally {
            pool.shutdownNow();
        }
        ArchiveTestReader archive = new ArchiveTestReader(serial);
        assertThat(archive.blocks.get(2).inflated()).isEqualTo(payload);
        assertThat(archive.blocks.get(2).joined().length).isLessThan(payload.length * 3 / 4);
    }

    @Test
    void payloadThatClosesItsStreamDoesNotEndTheArchive() throws Exception {
        TableData closing = out -> {
            out.write("1\n\\.\n\n\n".getBytes());
            out.close();
        };
        ArchiveTestReader archive = new ArchiveTestReader(writeSeekable(dir.resolve("c.dump"),
                new DumpContent(header(), List.of(table(2, closing), table(3, closing))), new CustomArchiveWriter(-1)));
        assertThat(archive.blocks).hasSize(2);
        assertThat(archive.blocks.get(3).inflated()).isEqualTo("1\n\\.\n\n\n".getBytes());
    }

    @Test
    void seekableWriteTruncatesALongerExistingFile() throws IOException {
        Path file = dir.resolve("old.dump");
        Files.write(file, new byte[100_000]);
        byte[] written = writeSeekable(file, Pg15Sample.content(), new CustomArchiveWriter(0));
        assertThat(written).isEqualTo(Pg15Sample.resource("sample.Fc-Z0.dump"));
    }

    @Test
    void headerStoresTheCompressionLevel() throws IOException {
        for (int level = -1; level <= 9; level++) {
            ArchiveTestReader archive = new ArchiveTestReader(writeStream(oneTable(out -> { }), new CustomArchiveWriter(level)));
            assertThat(archive.compression).isEqualTo(level);
        }
        assertThatThrownBy(() -> new CustomArchiveWriter(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CustomArchiveWriter(-2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newerVersionsChangeTheHeaderAndTocLayout() throws IOException {
        DumpContent content = oneTable(out -> { });
        byte[] v15 = writeStream(content, new CustomArchiveWriter(-1, ArchiveVersion.V1_15, 4096));
        byte[] v16 = writeStream(content, new CustomArchiveWriter(-1, ArchiveVersion.V1_16, 4096));
        byte[] v14 = writeStream(content, new CustomArchiveWriter(-1));
        assertThat(v15[6]).isEqualTo((byte) 15);
        assertThat(v15[11]).isEqualTo((byte) 1); // algorithm byte: gzip/zlib
        assertThat(v15.length).isEqualTo(v14.length - 4);
        assertThat(v16[6]).isEqualTo((byte) 16);
        // Two entries, each with one more Int (TABLE: relkind 'r' = 114; TABLE DATA: 0).
        assertThat(v16.length).isEqualTo(v15.length + 2 * ArchiveOutput.INT_SIZE);
        assertThat(HexFormat.of().formatHex(v16)).contains("000400000068656170" + "0072000000");
    }

    static DumpHeader header() {
        return new DumpHeader("db", Instant.parse("2024-02-29T23:59:01Z"), "15.0", "datagen test");
    }

    static TocEntry table(int dumpId, TableData data) {
        return new TocEntry(dumpId, "0", "0", "t" + dumpId, "TABLE DATA", Section.DATA, null, null,
                "COPY public.t" + dumpId + " (a) FROM stdin;\n", "public", null, null, "", List.of(1), data);
    }

    /** A TABLE (dumpId 1) and its TABLE DATA (dumpId 2). */
    static DumpContent oneTable(TableData data) {
        TocEntry t = new TocEntry(1, "1259", "0", "t2", "TABLE", Section.PRE_DATA,
                "CREATE TABLE public.t2 (\n    a integer\n);\n", "DROP TABLE public.t2;\n", null,
                "public", "", "heap", "", List.of(), null);
        return new DumpContent(header(), List.of(t, table(2, data)));
    }
}
