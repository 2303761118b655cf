package dev.datagen.dump.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datagen.dump.archive.Compression.Algorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** pg_dump 16's -Z spellings and what each means for the archive version. */
class CompressionTest {

    @ParameterizedTest(name = "-Z {0}")
    @CsvSource({"0, none", "none, none", "5, gzip:5", "9, gzip:9", "gzip, gzip", "GZIP:3, gzip:3", "gzip:level=7, gzip:7",
            "lz4, lz4", "lz4:1, lz4:1", "lz4:12, lz4:12", "zstd, zstd", "zstd:3, zstd:3"})
    void acceptsPgDumpSpellings(String spec, String parsed) {
        assertThat(Compression.parse(spec)).hasToString(parsed);
    }

    @ParameterizedTest(name = "-Z {0}")
    @CsvSource(delimiter = '|', value = {
            "10|invalid compression specification: compression algorithm \"gzip\" expects a compression level between 1 and 9",
            "gzip:0|invalid compression specification: compression algorithm \"gzip\" expects a compression level between 1 and 9",
            "lz4:13|invalid compression specification: compression algorithm \"lz4\" expects a compression level between 1 and 12",
            "none:3|invalid compression specification: compression algorithm \"none\" does not accept a compression level",
            "gzip:|invalid compression specification: found empty string where a compression option was expected",
            "gzip:fast|invalid compression specification: unrecognized compression option \"fast\"; give a level, e.g. gzip:9",
            "xz|unrecognized compression algorithm: \"xz\"; use 0-9, none, gzip[:1-9], lz4[:1-12] or zstd",
            "-1|unrecognized compression algorithm: \"-1\"; use 0-9, none, gzip[:1-9], lz4[:1-12] or zstd",
            "zstd:19|invalid compression specification: datagen writes zstd at its default level 3 only "
                    + "(its zstd encoder is pure Java); use -Z zstd"})
    void refusesWhatPgDumpRefusesWithItsWords(String spec, String message) {
        assertThatThrownBy(() -> Compression.parse(spec)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void lz4AndZstdNeedArchive115AndPgRestore16() {
        assertThat(Compression.parse("6").archiveVersion()).isEqualTo(ArchiveVersion.V1_14);
        assertThat(Compression.NONE.minimumPgRestore()).isEqualTo(12);
        for (String spec : new String[] {"lz4", "zstd"}) {
            assertThat(Compression.parse(spec).archiveVersion()).isEqualTo(ArchiveVersion.V1_15);
            assertThat(Compression.parse(spec).minimumPgRestore()).isEqualTo(16);
        }
        assertThat(Algorithm.LZ4.fileSuffix).isEqualTo(".lz4");
        assertThat(Algorithm.ZSTD.fileSuffix).isEqualTo(".zst");
    }

    @Test
    void aVersionTooOldForTheAlgorithmIsRefused() {
        assertThatThrownBy(() -> ArchiveHeader.write(new ArchiveOutput(java.io.OutputStream.nullOutputStream()),
                ArchiveVersion.V1_14, ArchiveFormat.CUSTOM, Compression.parse("lz4"), CustomArchiveWriterTest.header()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lz4 compression needs archive version 1.15 or newer, not 1.14");
    }

    @Test
    void theOldIntegerLevelsMapToGzipOrNone() {
        assertThat(Compression.zlib(0)).isEqualTo(Compression.NONE);
        assertThat(Compression.zlib(-1)).isEqualTo(Compression.GZIP);
        assertThat(Compression.zlib(4)).hasToString("gzip:4");
        assertThat(Compression.zlib(4).zlibLevel()).isEqualTo(4);
        assertThat(Compression.GZIP.zlibLevel()).isEqualTo(-1);
        assertThatThrownBy(() -> Compression.zlib(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
