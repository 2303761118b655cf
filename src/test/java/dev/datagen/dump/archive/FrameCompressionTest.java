package dev.datagen.dump.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.Pg15Sample;
import io.airlift.compress.zstd.ZstdInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jpountz.lz4.LZ4FrameInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** lz4 and zstd: archive 1.15 headers, and data that decodes as standard LZ4/zstd frames. */
class FrameCompressionTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "-Fc -Z {0}")
    @CsvSource({"lz4, 2", "lz4:9, 2", "zstd, 3"})
    void customArchiveBlocksAreOneFrameEach(String spec, int algorithmCode) throws Exception {
        Compression compression = Compression.parse(spec);
        byte[] written = CustomArchiveWriterTest.writeSeekable(dir.resolve("a.dump"), Pg15Sample.content(),
                new CustomArchiveWriter(compression));
        ArchiveTestReader archive = new ArchiveTestReader(written);
        assertThat(archive.minorVersion).isEqualTo(15);
        assertThat(archive.compression).isEqualTo(algorithmCode);
        Map<Integer, byte[]> payloads = Pg15Sample.payloads();
        assertThat(archive.blocks.keySet()).containsExactlyElementsOf(payloads.keySet());
        for (var e : payloads.entrySet()) {
            ArchiveTestReader.Block block = archive.blocks.get(e.getKey());
            assertThat(block.chunks()).allSatisfy(c -> assertThat(c.length).isBetween(1, BlockPayloadStream.COMPRESSED_CHUNK_SIZE));
            assertThat(decode(compression, block.joined())).isEqualTo(e.getValue());
        }
        for (ArchiveTestReader.Entry e : archive.entries) {
            if (e.hadDumper()) {
                assertThat(e.offset()).isEqualTo(archive.blocks.get(e.dumpId()).position());
            }
        }
    }

    @ParameterizedTest(name = "-Fd -Z {0}")
    @CsvSource({"lz4, .lz4, 2", "zstd, .zst, 3"})
    void directoryFilesAreFrameFilesAndTocSaysSo(String spec, String suffix, int algorithmCode) throws Exception {
        Compression compression = Compression.parse(spec);
        Path target = dir.resolve("d");
        new DirectoryArchiveWriter(compression, 2).write(Pg15Sample.content(), target);
        byte[] toc = Files.readAllBytes(target.resolve("toc.dat"));
        assertThat(toc[6]).as("minor version").isEqualTo((byte) 15);
        assertThat(toc[10]).as("format").isEqualTo((byte) 3);
        assertThat(toc[11]).as("algorithm").isEqualTo((byte) algorithmCode);
        for (var e : Pg15Sample.payloads().entrySet()) {
            byte[] file = Files.readAllBytes(target.resolve(e.getKey() + ".dat" + suffix));
            assertThat(decode(compression, file)).isEqualTo(e.getValue());
        }
    }

    static byte[] decode(Compression compression, byte[] frame) throws IOException {
        try (InputStream in = switch (compression.algorithm()) {
            case LZ4 -> new LZ4FrameInputStream(new ByteArrayInputStream(frame));
            case ZSTD -> new ZstdInputStream(new ByteArrayInputStream(frame));
            default -> throw new IllegalArgumentException(compression.toString());
        }) {
            return in.readAllBytes();
        }
    }
}
