package dev.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.archive.Compression;
import dev.datagen.support.Dumps;
import dev.datagen.support.ToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * lz4 and zstd archives (version 1.15) read by real pg_restore 17 and 18, the clients that
 * {@code shared/tools/pgmatrix} keeps in its cache (skipped where that cache is missing). The test
 * server is PostgreSQL 15, which pg_restore 17+ cannot restore into (it sends SET transaction_timeout),
 * so pg_restore writes the archive as a script: every table's COPY block must come out byte for byte
 * as in our plain dump of the same data, proving the frames decode. Restores into servers 16-18 are
 * what {@code pgmatrix matrix} checks.
 */
class NewerPgRestoreTest {
    private static final Pattern COPY_BLOCK = Pattern.compile("(?ms)^COPY .*? FROM stdin;\n.*?^\\\\\\.\n");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "pg_restore {0} -f: -F {1} -Z {2}")
    @CsvSource({"17, CUSTOM, lz4", "17, DIRECTORY, zstd", "18, CUSTOM, zstd", "18, DIRECTORY, lz4:9", "18, CUSTOM, lz4:1"})
    void newerPgRestoreDecodesEveryTable(int major, DumpFormat format, String compress) throws IOException {
        Path pgRestore = pgmatrixClient(major, "pg_restore");
        Path archive = dir.resolve("alltypes." + format.pgName());
        Dumps.write("alltypes.json", format, Compression.parse(compress), null, 17, 2, archive);
        Path plain = dir.resolve("alltypes.sql");
        Dumps.write("alltypes.json", DumpFormat.PLAIN, null, null, 17, 2, plain);

        Path script = dir.resolve("restored.sql");
        ToolResult result = ToolResult.run(List.of(pgRestore.toString(), "--exit-on-error", "-f", script.toString(),
                archive.toString()), Duration.ofMinutes(5)).assertClean();
        assertThat(result.exitCode()).isZero();
        String restored = Files.readString(script, StandardCharsets.UTF_8);
        List<String> blocks = copyBlocks(Files.readString(plain, StandardCharsets.UTF_8));
        assertThat(blocks).hasSize(7);
        assertThat(copyBlocks(restored)).containsExactlyElementsOf(blocks);
    }

    private static List<String> copyBlocks(String script) {
        Matcher m = COPY_BLOCK.matcher(script);
        return m.results().map(r -> r.group()).toList();
    }

    /** A client kept by pgmatrix ({@code $PGMATRIX_HOME}, default {@code ~/.cache/pgmatrix}). */
    static Path pgmatrixClient(int major, String tool) {
        String home = System.getenv().getOrDefault("PGMATRIX_HOME", System.getProperty("user.home") + "/.cache/pgmatrix");
        Path client = Path.of(home, "clients", String.valueOf(major), "bin", tool);
        assumeTrue(Files.isExecutable(client), tool + " " + major + " not in the pgmatrix cache (" + client + "); skipping");
        return client;
    }
}
