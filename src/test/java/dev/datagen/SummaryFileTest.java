package dev.datagen;

import static dev.datagen.TargetLoadTest.generate;
import static dev.datagen.TargetLoadTest.uri;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datagen.cli.ExitCodes;
import dev.datagen.schema.SchemaFingerprint;
import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --summary-file: one small document at the end of every run, success or failure, whose facts match what was written. */
@QuarkusMainTest
class SummaryFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BLOG = "examples/blog.json";

    @TempDir
    Path dir;

    @Test
    void loadSummaryHoldsExactlyTheFactsOfTheLoad(QuarkusMainLauncher launcher) throws IOException {
        Path summary = dir.resolve("summary.json");
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            LaunchResult load = generate(launcher, BLOG, "--seed", "7", "--target", uri(db.name()), "--target-schema", "preview",
                    "--summary-file", summary.toString());
            assertThat(load.exitCode()).as(load.getErrorOutput()).isZero();
            JsonNode doc = read(summary);
            assertThat(fieldNames(doc)).containsExactly("status", "datagenVersion", "seed", "schemaSha256", "location", "rows",
                    "totalRows", "durationSeconds", "startedAt", "finishedAt");
            assertThat(doc.get("status").asText()).isEqualTo("succeeded");
            assertThat(doc.get("datagenVersion").asText()).isEqualTo(Version.get());
            assertThat(doc.get("seed").asText()).isEqualTo("7");
            assertThat(doc.get("schemaSha256").asText()).isEqualTo(SchemaFingerprint.sha256(Dumps.schema("blog.json")));
            assertThat(doc.get("location").asText()).isEqualTo("postgresql://postgres@127.0.0.1:" + TestPostgres.get().port() + "/"
                    + db.name() + " (schema preview)");
            Map<String, Long> restored = new LinkedHashMap<>();
            for (String table : List.of("users", "posts", "comments")) {
                restored.put("preview." + table, db.queryLong("select count(*) from preview." + table));
            }
            assertThat(rows(doc)).isEqualTo(restored);
            assertThat(doc.get("totalRows").asLong()).isEqualTo(restored.values().stream().mapToLong(Long::longValue).sum());
            Instant started = Instant.parse(doc.get("startedAt").asText());
            Instant finished = Instant.parse(doc.get("finishedAt").asText());
            assertThat(started).isBeforeOrEqualTo(finished);
            assertThat(doc.get("durationSeconds").asDouble()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void fileSummaryHasTheBytesAndSha256OfTheWrittenDump(QuarkusMainLauncher launcher) throws Exception {
        Path dump = dir.resolve("blog.dump");
        Path summary = dir.resolve("summary.json");
        LaunchResult run = generate(launcher, BLOG, "--seed", "9", "-o", dump.toString(), "--summary-file", summary.toString());
        assertThat(run.exitCode()).as(run.getErrorOutput()).isZero();
        JsonNode doc = read(summary);
        assertThat(doc.get("format").asText()).isEqualTo("custom");
        assertThat(doc.get("location").asText()).isEqualTo(dump.toString());
        assertThat(doc.get("bytes").asLong()).isEqualTo(Files.size(dump));
        assertThat(doc.get("sha256").asText()).isEqualTo(sha256(Files.readAllBytes(dump)));
        assertThat(rows(doc)).containsExactly(Map.entry("public.users", 100L), Map.entry("public.posts", 500L),
                Map.entry("public.comments", 2000L));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("blog.dump", "summary.json");
        }
    }

    @Test
    void directorySummaryHashesTheSha256sumManifestOfItsFiles(QuarkusMainLauncher launcher) throws Exception {
        Path archive = dir.resolve("blog.dir");
        Path summary = dir.resolve("summary.txt");
        LaunchResult run = generate(launcher, BLOG, "--seed", "9", "-Fd", "-o", archive.toString(), "--summary-file", summary.toString(),
                "--summary-format", "text");
        assertThat(run.exitCode()).as(run.getErrorOutput()).isZero();
        // what the README says reproduces it: sha256sum of every file, sorted by path, then sha256 of that list
        Process manifest = new ProcessBuilder("sh", "-c", "find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum")
                .directory(archive.toFile()).start();
        String expected = new String(manifest.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).split(" ")[0];
        assertThat(manifest.waitFor()).isZero();
        long bytes;
        try (var files = Files.list(archive)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        List<String> lines = Files.readAllLines(summary);
        assertThat(lines).contains("status: succeeded", "format: directory", "location: " + archive, "sha256: " + expected,
                "bytes: " + bytes, "rows:", "  public.users: 100", "  public.posts: 500", "  public.comments: 2000", "totalRows: 2600");
    }

    @Test
    void randomSeedIsReportedAndReproducesTheDump(QuarkusMainLauncher launcher) throws Exception {
        Path unseeded = Files.writeString(dir.resolve("unseeded.json"), Files.readString(Path.of(BLOG)).replace("\"seed\": 42,", ""));
        Path summary = dir.resolve("summary.json");
        LaunchResult first = generate(launcher, unseeded.toString(), "-o", dir.resolve("a.dump").toString(), "--summary-file", summary.toString());
        assertThat(first.exitCode()).as(first.getErrorOutput()).isZero();
        JsonNode doc = read(summary);
        String seed = doc.get("seed").asText();
        assertThat(first.getErrorOutput()).contains("using --seed " + seed + " ");
        LaunchResult again = generate(launcher, unseeded.toString(), "--seed", seed, "-o", dir.resolve("b.dump").toString());
        assertThat(again.exitCode()).as(again.getErrorOutput()).isZero();
        assertThat(sha256(Files.readAllBytes(dir.resolve("b.dump")))).isEqualTo(doc.get("sha256").asText());
    }

    @Test
    void invalidSchemaGivesAFailedSummaryWithExitCode3(QuarkusMainLauncher launcher) throws IOException {
        Path schema = Files.writeString(dir.resolve("bad.json"), "{\"tables\": {\"t\": {\"columns\": [{\"name\": \"a\", \"type\": \"intt\"}]}}}");
        Path summary = dir.resolve("summary.json");
        LaunchResult run = generate(launcher, schema.toString(), "--seed", "1", "-o", dir.resolve("x.dump").toString(),
                "--summary-file", summary.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_SCHEMA);
        JsonNode doc = read(summary);
        assertThat(doc.get("status").asText()).isEqualTo("failed");
        assertThat(doc.get("exitCode").asInt()).isEqualTo(3);
        assertThat(doc.get("error").asText()).isEqualTo(run.getErrorOutput().replaceFirst("^datagen: ", "").replaceAll(":?\\s*\\R\\s*", "; "));
        assertThat(doc.get("error").asText()).startsWith("invalid schema " + schema);
        assertThat(doc.get("location").asText()).isEqualTo(dir.resolve("x.dump").toString());
        assertThat(doc.has("rows")).isFalse();
        assertThat(doc.has("schemaSha256")).isFalse();
    }

    @Test
    void unreachableTargetGivesAFailedSummaryWithExitCode6(QuarkusMainLauncher launcher) throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Path summary = dir.resolve("summary.json");
        LaunchResult run = generate(launcher, BLOG, "--seed", "4", "--target", "postgresql://postgres@127.0.0.1:" + closedPort
                + "/x?sslmode=disable", "--summary-file", summary.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.TARGET_UNREACHABLE);
        JsonNode doc = read(summary);
        assertThat(doc.get("status").asText()).isEqualTo("failed");
        assertThat(doc.get("exitCode").asInt()).isEqualTo(6);
        assertThat(doc.get("error").asText()).startsWith("cannot connect to 127.0.0.1:" + closedPort + ": ");
        assertThat(doc.get("seed").asText()).isEqualTo("4");
        assertThat(doc.get("location").asText()).isEqualTo("postgresql://postgres@127.0.0.1:" + closedPort + "/x (schema public)");
        assertThat(doc.get("totalRows").asLong()).isEqualTo(2600);
    }

    @Test
    void unwritableOutputGivesAFailedSummaryWithExitCode4(QuarkusMainLauncher launcher) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        Path summary = dir.resolve("summary.json");
        LaunchResult run = generate(launcher, BLOG, "--seed", "4", "-o", notADirectory.resolve("out/blog.dump").toString(),
                "--summary-file", summary.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.GENERATION_FAILED);
        JsonNode doc = read(summary);
        assertThat(doc.get("exitCode").asInt()).isEqualTo(4);
        assertThat(doc.get("error").asText()).isEqualTo(run.getErrorOutput().replaceFirst("^datagen: ", ""));
        assertThat(doc.has("sha256")).isFalse();
    }

    @Test
    void usageErrorAfterParsingGivesAFailedSummaryWithExitCode2(QuarkusMainLauncher launcher) throws IOException {
        Path summary = dir.resolve("summary.json");
        LaunchResult run = generate(launcher, BLOG, "--rows", "-5", "--summary-file", summary.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        JsonNode doc = read(summary);
        assertThat(doc.get("exitCode").asInt()).isEqualTo(2);
        assertThat(doc.get("error").asText()).isEqualTo("--rows must be 0 or more, got -5");
    }

    @Test
    void commandLinesThatDoNotParseGiveAFailedSummaryWithExitCode2(QuarkusMainLauncher launcher) throws IOException {
        Path summary = dir.resolve("summary.json");
        LaunchResult unknown = generate(launcher, BLOG, "--bogus", "--summary-file=" + summary);
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        JsonNode doc = read(summary);
        assertThat(doc.get("status").asText()).isEqualTo("failed");
        assertThat(doc.get("exitCode").asInt()).isEqualTo(2);
        assertThat(doc.get("error").asText()).isEqualTo("Unknown option: '--bogus'");
        assertThat(unknown.getErrorOutput()).startsWith("Unknown option: '--bogus'");

        Path text = dir.resolve("summary.txt");
        LaunchResult notANumber = generate(launcher, BLOG, "--summary-file", text.toString(), "--summary-format", "text", "--rows", "abc");
        assertThat(notANumber.exitCode()).isEqualTo(ExitCodes.USAGE);
        String firstLine = notANumber.getErrorOutput().lines().findFirst().orElseThrow();
        assertThat(firstLine).contains("--rows").contains("abc");
        assertThat(Files.readString(text)).startsWith("status: failed\nexitCode: 2\nerror: " + firstLine + "\n");
    }

    @Test
    void threeHundredTablesKeepTheLargestAndStayUnder4096Bytes(QuarkusMainLauncher launcher) throws IOException {
        StringBuilder schema = new StringBuilder("{\"version\": \"1.0\", \"tables\": {");
        for (int i = 0; i < 300; i++) {
            schema.append(i == 0 ? "" : ",").append("\"table_with_a_rather_long_name_number_").append(i)
                    .append("\": {\"row_count\": ").append(i + 1).append(", \"columns\": [{\"name\": \"id\", \"type\": \"integer\"}]}");
        }
        Path schemaFile = Files.writeString(dir.resolve("wide.json"), schema.append("}}").toString());
        Path summary = dir.resolve("summary.json");
        LaunchResult run = generate(launcher, schemaFile.toString(), "--seed", "1", "-o", dir.resolve("wide.dump").toString(),
                "--summary-file", summary.toString());
        assertThat(run.exitCode()).as(run.getErrorOutput()).isZero();
        assertThat(Files.size(summary)).isLessThan(4096);
        JsonNode doc = read(summary);
        assertThat(doc.get("rowsTruncated").asBoolean()).isTrue();
        assertThat(doc.get("totalRows").asLong()).isEqualTo(300 * 301 / 2);
        Map<String, Long> kept = rows(doc);
        assertThat(kept).hasSizeBetween(20, 299);
        long smallestKept = kept.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        // the largest tables are the ones kept: every table with more rows than the smallest kept one is there
        assertThat(kept.size()).isEqualTo(300 - smallestKept + 1);
        assertThat(kept).containsEntry("public.table_with_a_rather_long_name_number_299", 300L);
    }

    private static JsonNode read(Path summary) throws IOException {
        String text = Files.readString(summary);
        assertThat(text).endsWith("}\n").hasLineCount(1);
        return JSON.readTree(text);
    }

    private static List<String> fieldNames(JsonNode doc) {
        List<String> names = new ArrayList<>();
        doc.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, Long> rows(JsonNode doc) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("rows").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            rows.put(e.getKey(), e.getValue().asLong());
        }
        return rows;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
