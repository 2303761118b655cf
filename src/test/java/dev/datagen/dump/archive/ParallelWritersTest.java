package dev.datagen.dump.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.InsertStyle;
import dev.datagen.support.Dumps;
import java.security.MessageDigest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Several table files at once must not change a byte: -j 1 and -j 4 give the same archive. */
class ParallelWritersTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "-F {0} -Z {1} {2}")
    @CsvSource({"DIRECTORY, gzip, copy", "DIRECTORY, zstd, copy", "DIRECTORY, none, inserts", "TAR, none, copy"})
    void outputDoesNotDependOnTheNumberOfWriters(DumpFormat format, String compress, String payload) throws Exception {
        InsertStyle inserts = payload.equals("inserts") ? InsertStyle.INSERTS : null;
        Path serial = dir.resolve("serial");
        Path parallel = dir.resolve("parallel");
        Dumps.write("alltypes.json", format, Compression.parse(compress), inserts, 5, 1, serial);
        Dumps.write("alltypes.json", format, Compression.parse(compress), inserts, 5, 4, parallel);
        assertThat(contents(parallel)).isEqualTo(contents(serial)).hasSizeGreaterThan(format == DumpFormat.TAR ? 0 : 7);
    }

    /** File name → SHA-256 of its bytes; a single file is listed as "archive". */
    private static Map<String, String> contents(Path path) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        if (Files.isDirectory(path)) {
            for (String name : DirectoryArchiveWriterTest.fileNames(path)) {
                files.put(name, sha256(path.resolve(name)));
            }
        } else {
            files.put("archive", sha256(path));
        }
        return files;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
