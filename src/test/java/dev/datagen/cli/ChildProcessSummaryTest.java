package dev.datagen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datagen.summary.SummaryFile;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What needs a process of its own: standard output (its bytes and sha256 in the summary) and the
 * environment (DATAGEN_TARGET with PG* variables); also where the summary may and may not be replaced.
 */
class ChildProcessSummaryTest {
    private static final String BLOG = "examples/blog.json";

    @TempDir
    Path dir;

    @Test
    void standardOutputSummaryHasTheBytesAndSha256OfWhatWasWritten() throws Exception {
        Path summary = dir.resolve("summary.json");
        Path captured = dir.resolve("captured.dump");
        Process p = PlainLaunch.datagen("generate", BLOG, "-q", "--progress", "none", "--summary-file", summary.toString())
                .redirectOutput(captured.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        JsonNode doc = new ObjectMapper().readTree(summary.toFile());
        byte[] written = Files.readAllBytes(captured);
        assertThat(doc.get("location").asText()).isEqualTo("standard output");
        assertThat(doc.get("bytes").asLong()).isEqualTo(written.length);
        assertThat(doc.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(written)));
    }

    @Test
    void datagenTargetWithPgVariablesIsTheDefaultTarget() throws Exception {
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            ProcessBuilder pb = PlainLaunch.datagen("generate", BLOG, "--seed", "2", "--progress", "none", "--target-schema", "envload")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Map<String, String> env = pb.environment();
            env.put("DATAGEN_TARGET", "postgresql://");
            env.putAll(Map.of("PGHOST", "127.0.0.1", "PGPORT", String.valueOf(TestPostgres.get().port()), "PGDATABASE", db.name(),
                    "PGUSER", "postgres", "PGSSLMODE", "disable"));
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();
            String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(stderr).isZero();
            assertThat(stderr).contains("datagen: loaded 3 tables (2600 rows) into postgres@127.0.0.1:" + TestPostgres.get().port() + "/" + db.name());
            assertThat(db.queryLong("select count(*) from envload.comments")).isEqualTo(2000);

            // an explicit -o wins over the environment's default target
            Path dump = dir.resolve("blog.dump");
            pb.command().addAll(java.util.List.of("-o", dump.toString()));
            pb.command().removeAll(java.util.List.of("--target-schema", "envload"));
            Process file = pb.start();
            assertThat(file.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();
            assertThat(file.exitValue()).as(new String(file.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
            assertThat(dump).isNotEmptyFile();
        }
    }

    @Test
    void aDeviceIsWrittenInPlaceAndARegularFileIsReplacedWithoutLeftovers() throws Exception {
        SummaryFile.write(Path.of("/dev/null"), "{}\n");
        assertThat(new File("/dev/null").isFile()).as("still a device").isFalse();

        Path summary = Files.writeString(dir.resolve("summary.json"), "an older, longer summary\n");
        SummaryFile.write(summary, "{}\n");
        assertThat(Files.readString(summary)).isEqualTo("{}\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(summary);
        }
    }
}
