package dev.datagen.dump.archive;

import static dev.datagen.dump.archive.ArchiveReaderTest.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpFormat;
import dev.datagen.support.Dumps;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The verifier passes sound dumps (pg_dump's and ours) and names what is wrong with damaged ones. */
class ArchiveVerifierTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sample.Fc.dump", "sample.Fc-Z0.dump", "sample.Fc-Z0-stdout.dump", "sample-inserts.Fc-Z0.dump",
            "sample.Fd", "sample.Fd-Z0", "sample.tar", "sample.sql"})
    void pgDumpsArchivesAreSound(String name) throws IOException {
        ArchiveVerifier.Report report = ArchiveVerifier.verify(sample(name));
        assertThat(report.problems()).isEmpty();
        assertThat(report.payloads()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} -Z {1}, seekable {2}")
    @CsvSource({"CUSTOM, -1, true", "CUSTOM, 0, true", "CUSTOM, 9, false", "CUSTOM, 0, false", "PLAIN, 0, true", "PLAIN, 6, true"})
    void ourDumpsAreSound(DumpFormat format, int compression, boolean seekable) throws IOException {
        Path file = dir.resolve("alltypes.out");
        if (seekable) {
            Dumps.write("alltypes.json", format, compression, 5, 2, file);
        } else {
            Files.write(file, Dumps.bytes("alltypes.json", format, compression, 5, 2));
        }
        ArchiveVerifier.Report report = ArchiveVerifier.verify(file);
        assertThat(report.problems()).isEmpty();
        assertThat(report.payloads()).isEqualTo(7);
    }

    private Path writeCustom(int compression) {
        Path file = dir.resolve("fidelity.dump");
        Dumps.write("fidelity.json", DumpFormat.CUSTOM, compression, 5, 1, file);
        return file;
    }

    @Test
    void aFlippedByteInCompressedDataIsFound() throws IOException {
        Path file = writeCustom(-1);
        byte[] b = Files.readAllBytes(file);
        b[b.length - 30] ^= 0x5a; // inside the last block's zlib stream
        Files.write(file, b);
        assertThat(ArchiveVerifier.verify(file).problems()).singleElement().asString()
                .startsWith("data of ").contains("TABLE DATA sales.orders: corrupt zlib data (");
    }

    @Test
    void aTruncatedArchiveIsFound() throws IOException {
        Path file = writeCustom(-1);
        byte[] b = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(b, b.length - 100));
        assertThat(ArchiveVerifier.verify(file).problems())
                .containsExactly(file + ": unexpected end of file at byte " + (b.length - 100) + " (truncated archive?)");
    }

    @Test
    void aMissingLastBlockAndAWrongOffsetAreFound() throws IOException {
        Path file = writeCustom(0);
        ArchiveToc toc = ArchiveReader.readToc(file);
        ArchiveEntry last = toc.entries().stream().filter(ArchiveEntry::hadDumper).reduce((a, b) -> b).orElseThrow();
        ArchiveEntry first = toc.entries().stream().filter(ArchiveEntry::hadDumper).findFirst().orElseThrow();
        byte[] b = Arrays.copyOf(Files.readAllBytes(file), (int) last.offset()); // cut the last block off
        // point the first data entry's offset one byte further
        byte[] offset = offsetBytes(first.offset());
        int at = indexOf(b, offset);
        b[at + 1]++;
        Files.write(file, b);
        assertThat(ArchiveVerifier.verify(file).problems()).containsExactly(
                "the TOC says the data of " + first.describe() + " starts at byte " + (first.offset() + 1) + ", but its block starts at byte "
                        + first.offset(),
                "no data block for " + last.describe());
    }

    @Test
    void aCopyPayloadWithoutItsTerminatorIsFound() throws IOException {
        Path file = dir.resolve("t.dump");
        DumpContent content = CustomArchiveWriterTest.oneTable(out -> out.write("1\n2\n".getBytes(StandardCharsets.US_ASCII)));
        try (OutputStream out = Files.newOutputStream(file)) {
            new CustomArchiveWriter(-1).write(content, out);
        }
        assertThat(ArchiveVerifier.verify(file).problems()).containsExactly("data of 2 TABLE DATA public.t2: does not end with the "
                + "COPY terminator line \\. (pg_restore -f and psql would read on past the data)");
    }

    @Test
    void directoryFilesMissingOrCutShortAreFound() throws IOException {
        Path copy = dir.resolve("sample.Fd");
        Files.createDirectory(copy);
        try (Stream<Path> files = Files.list(sample("sample.Fd"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.delete(copy.resolve("3462.dat.gz"));
        byte[] gz = Files.readAllBytes(copy.resolve("3464.dat.gz"));
        Files.write(copy.resolve("3464.dat.gz"), Arrays.copyOf(gz, gz.length - 9));
        assertThat(ArchiveVerifier.verify(copy).problems()).containsExactly(
                "data file 3462.dat of 3462 TABLE DATA public.customer is missing (nor is there a .gz, .lz4 or .zst)",
                "3464.dat.gz (3464 TABLE DATA public.orders): corrupt or truncated gzip data (Unexpected end of ZLIB input stream)");
    }

    @Test
    void aDamagedTarHeaderIsFound() throws IOException {
        byte[] tar = Files.readAllBytes(sample("sample.tar"));
        int member = indexOf(tar, "3462.dat\0".getBytes(StandardCharsets.US_ASCII), TarReader.BLOCK);
        tar[member + 100] ^= 1; // the mode field: the checksum no longer matches
        Path file = Files.write(dir.resolve("bad.tar"), tar);
        assertThat(ArchiveVerifier.verify(file).problems()).singleElement().asString()
                .startsWith(file + ": corrupt tar header found in 3462.dat (expected ").endsWith("file position " + member);
    }

    @Test
    void aCutShortPlainScriptIsFound() throws IOException {
        byte[] sql = Dumps.bytes("blog.json", DumpFormat.PLAIN, 0, 5, 1);
        Path file = Files.write(dir.resolve("blog.sql"), Arrays.copyOf(sql, sql.length / 2));
        assertThat(ArchiveVerifier.verify(file).problems()).singleElement().asString().startsWith("COPY public.").endsWith(
                " is not closed by a \\. line (truncated script?)");
        String text = new String(sql, StandardCharsets.UTF_8);
        Path noFooter = Files.writeString(dir.resolve("b.sql"), text.substring(0, text.indexOf("-- PostgreSQL database dump complete")));
        assertThat(ArchiveVerifier.verify(noFooter).problems())
                .containsExactly("the script does not end with \"-- PostgreSQL database dump complete\" (truncated script?)");
    }

    @ParameterizedTest
    @CsvSource({"PLAIN, lz4", "PLAIN, zstd", "DIRECTORY, lz4", "DIRECTORY, zstd"})
    void lz4AndZstdScriptsAndDataFilesAreDecodedAndChecked(DumpFormat format, String compression) throws IOException {
        Path out = dir.resolve("alltypes." + compression);
        Dumps.write("alltypes.json", format, Compression.parse(compression), null, 5, 2, out);
        ArchiveVerifier.Report report = ArchiveVerifier.verify(out);
        assertThat(report.problems()).isEmpty();
        assertThat(report.notes()).isEmpty();
        assertThat(report.payloads()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lz4", "zstd"})
    void aCutShortLz4OrZstdScriptIsFound(String compression) throws IOException {
        Path sql = dir.resolve("blog.sql." + compression);
        Dumps.write("blog.json", DumpFormat.PLAIN, Compression.parse(compression), null, 5, 1, sql);
        byte[] b = Files.readAllBytes(sql);
        Files.write(sql, Arrays.copyOf(b, b.length / 2));
        assertThat(ArchiveVerifier.verify(sql).problems()).singleElement().asString()
                .startsWith(sql + ": corrupt or truncated " + compression + " data (");
    }

    @Test
    void aCutShortLz4DataFileIsFound() throws IOException {
        Path out = dir.resolve("blog.dir");
        Dumps.write("blog.json", DumpFormat.DIRECTORY, Compression.parse("lz4"), null, 5, 1, out);
        Path file;
        try (Stream<Path> files = Files.list(out)) {
            file = files.filter(f -> f.toString().endsWith(".dat.lz4")).max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        byte[] b = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(b, b.length - 10));
        assertThat(ArchiveVerifier.verify(out).problems()).singleElement().asString()
                .startsWith(file.getFileName() + " (").contains("): corrupt or truncated lz4 data (");
    }

    private static byte[] offsetBytes(long position) {
        byte[] b = new byte[9];
        b[0] = 2;
        for (int i = 0; i < 8; i++) {
            b[1 + i] = (byte) (position >>> (8 * i));
        }
        return b;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, needle, 1);
    }

    /** The first position, a multiple of {@code step}, where {@code needle} starts. */
    private static int indexOf(byte[] haystack, byte[] needle, int step) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i += step) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
