package dev.datagen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.archive.ArchiveEntry;
import dev.datagen.dump.archive.ArchiveReader;
import dev.datagen.dump.archive.ArchiveToc;
import dev.datagen.sink.s3.ObjectStore;
import dev.datagen.sink.s3.S3Location;
import dev.datagen.sink.Sha256;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import dev.datagen.support.TestS3;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code generate -o s3://…} against a real S3-compatible server (s3proxy, {@link TestS3}), run as the
 * user runs it: a datagen process with credentials in its environment. Every format is uploaded,
 * downloaded and restored; the object is byte for byte the local file of the same seed.
 */
class ObjectStorageCliTest {
    private static final String SCHEMA = "src/test/resources/schemas/blog.json";
    private static final Map<String, Long> ROWS = Map.of("users", 100L, "posts", 500L, "comments", 2000L);

    @TempDir
    Path dir;

    private final TestS3 s3 = TestS3.get();

    record Run(int exitCode, String stderr) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"custom", "custom-spool", "tar", "plain"})
    void uploadsEachFormatByteForByteAsTheLocalFile(String variant) throws Exception {
        String format = variant.replace("-spool", "");
        String bucket = s3.createBucket();
        S3Location object = new S3Location(bucket, "previews/blog." + format);
        List<String> args = new ArrayList<>(List.of("-F", format, "-o", object.toString()));
        if (variant.endsWith("-spool")) {
            args.addAll(List.of("--s3-spool", dir.resolve("spool").toString()));
        }
        Run run = upload(args);
        assertThat(run.exitCode()).as(run.stderr()).isZero();

        Path downloaded = dir.resolve("downloaded." + format);
        Map<String, String> metadata = s3.download(object, downloaded);
        Path local = dir.resolve("local." + format);
        assertThat(datagen("generate", SCHEMA, "-q", "-j", "2", "--seed", "7", "-F", format, "-o", local.toString()).exitCode()).isZero();
        String sha256 = Sha256.of(Files.readAllBytes(downloaded));
        assertThat(sha256).isEqualTo(Sha256.of(Files.readAllBytes(local))).isEqualTo(metadata.get(ObjectStore.SHA256));
        assertThat(metadata).containsEntry(ObjectStore.SEED, "7").containsKeys(ObjectStore.VERSION, ObjectStore.SCHEMA_SHA256);
        assertThat(metadata.get(ObjectStore.SCHEMA_SHA256)).matches("[0-9a-f]{64}");
        assertThat(s3.uploadsInProgress(bucket)).isEmpty();
        if (variant.endsWith("-spool")) {
            assertThat(files(dir.resolve("spool"))).as("the spool file is deleted").isEmpty();
        }

        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            if (format.equals("plain")) {
                db.runScript(downloaded).assertClean();
            } else if (format.equals("custom")) {
                // the streamed archive carries data offsets, so pg_restore can work in parallel
                ArchiveToc toc = ArchiveReader.readToc(downloaded);
                assertThat(toc.entries().stream().filter(ArchiveEntry::hadDumper).map(ArchiveEntry::offsetFlag)).containsOnly(2);
                db.restore(downloaded, "-j", "2").assertClean();
            } else {
                db.restore(downloaded).assertClean();
            }
            ROWS.forEach((table, rows) -> assertThat(db.queryLong("SELECT count(*) FROM " + table)).as(table).isEqualTo(rows));
        }
    }

    @Test
    void uploadsADirectoryArchiveAsOneObjectPerFile() throws Exception {
        String bucket = s3.createBucket();
        S3Location prefix = new S3Location(bucket, "previews/blog.dir");
        Run run = upload(List.of("-F", "directory", "-o", prefix.toString()));
        assertThat(run.exitCode()).as(run.stderr()).isZero();

        Path local = dir.resolve("local.dir");
        assertThat(datagen("generate", SCHEMA, "-q", "-j", "2", "--seed", "7", "-F", "directory", "-o", local.toString()).exitCode()).isZero();
        Path downloaded = Files.createDirectory(dir.resolve("downloaded.dir"));
        List<String> keys = s3.keys(bucket, prefix.key() + "/");
        assertThat(keys.stream().map(k -> k.substring(prefix.key().length() + 1)))
                .containsExactlyInAnyOrderElementsOf(files(local).stream().map(p -> p.getFileName().toString()).toList());
        for (String key : keys) {
            Path file = downloaded.resolve(key.substring(prefix.key().length() + 1));
            Map<String, String> metadata = s3.download(new S3Location(bucket, key), file);
            String sha256 = Sha256.of(Files.readAllBytes(file));
            assertThat(sha256).as(key).isEqualTo(metadata.get(ObjectStore.SHA256))
                    .isEqualTo(Sha256.of(Files.readAllBytes(local.resolve(file.getFileName()))));
        }
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.restore(downloaded, "-j", "2").assertClean();
            ROWS.forEach((table, rows) -> assertThat(db.queryLong("SELECT count(*) FROM " + table)).as(table).isEqualTo(rows));
        }
    }

    @Test
    void theSummaryNamesTheUploadAndRemoveDeletesIt() throws Exception {
        String bucket = s3.createBucket();
        S3Location object = new S3Location(bucket, "previews/blog.dump");
        Path summary = dir.resolve("summary.json");
        Run run = upload(List.of("-o", object.toString(), "--summary-file", summary.toString()));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode document = new ObjectMapper().readTree(summary.toFile());
        Path downloaded = dir.resolve("downloaded.dump");
        Map<String, String> metadata = s3.download(object, downloaded);
        assertThat(document.get("status").asText()).isEqualTo("succeeded");
        assertThat(document.get("location").asText()).isEqualTo(object.toString());
        assertThat(document.get("bytes").asLong()).isEqualTo(Files.size(downloaded));
        assertThat(document.get("sha256").asText()).isEqualTo(Sha256.of(Files.readAllBytes(downloaded)))
                .isEqualTo(metadata.get(ObjectStore.SHA256));

        S3Location prefix = new S3Location(bucket, "previews/blog.dir");
        assertThat(upload(List.of("-F", "directory", "-o", prefix.toString())).exitCode()).isZero();
        s3.put(new S3Location(bucket, "previews/blog.dir/notes.txt"), "not datagen's");
        for (S3Location removed : List.of(object, prefix)) {
            Run remove = run(List.of("remove", "-o", removed.toString(), "--s3-endpoint", s3.endpoint().toString()), s3.environment());
            assertThat(remove.exitCode()).as(remove.stderr()).isZero();
            Run again = run(List.of("remove", "-o", removed.toString(), "--s3-endpoint", s3.endpoint().toString()), s3.environment());
            assertThat(again.exitCode()).as(again.stderr()).isZero();
        }
        assertThat(s3.keys(bucket, "")).containsExactly("previews/blog.dir/notes.txt");
    }

    @Test
    void aMissingBucketIsExitCode7() throws Exception {
        Run run = upload(List.of("-o", "s3://no-such-bucket/blog.dump"));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OBJECT_STORAGE_FAILED);
        assertThat(run.stderr()).isEqualTo("datagen: bucket no-such-bucket does not exist\n");
    }

    @Test
    void refusedCredentialsAreExitCode7AndNamed() throws Exception {
        String bucket = s3.createBucket();
        Run wrongKey = run(List.of("generate", SCHEMA, "-q", "--s3-endpoint", s3.endpoint().toString(), "-o", "s3://" + bucket + "/b.dump"),
                Map.of("AWS_ACCESS_KEY_ID", "nobody", "AWS_SECRET_ACCESS_KEY", TestS3.SECRET_KEY));
        assertThat(wrongKey.exitCode()).isEqualTo(ExitCodes.OBJECT_STORAGE_FAILED);
        assertThat(wrongKey.stderr()).isEqualTo("datagen: s3://" + bucket
                + "/b.dump: access denied: unknown access key (check AWS_ACCESS_KEY_ID / credentials)\n");

        Run wrongSecret = run(List.of("generate", SCHEMA, "-q", "--s3-endpoint", s3.endpoint().toString(), "-o", "s3://" + bucket + "/b.dump"),
                Map.of("AWS_ACCESS_KEY_ID", TestS3.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", "wrong"));
        assertThat(wrongSecret.exitCode()).isEqualTo(ExitCodes.OBJECT_STORAGE_FAILED);
        assertThat(wrongSecret.stderr()).isEqualTo("datagen: s3://" + bucket
                + "/b.dump: access denied: the secret key does not match the access key (check AWS_SECRET_ACCESS_KEY / credentials)\n");
        assertThat(s3.keys(bucket, "")).isEmpty();
    }

    @Test
    void usageErrorsNameTheConflict() throws Exception {
        Run verify = upload(List.of("-o", "s3://b/k.dump", "--verify"));
        assertThat(verify.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(verify.stderr()).startsWith("--verify reads a written dump back; it cannot check an upload to object storage");
        Run target = upload(List.of("-o", "s3://b/k.dump", "--target", "postgresql://localhost/x"));
        assertThat(target.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(target.stderr()).startsWith("--target and -o/--file are mutually exclusive");
        Run noKey = upload(List.of("-o", "s3://bucket-only"));
        assertThat(noKey.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noKey.stderr()).startsWith("-o: expected s3://BUCKET/KEY with a bucket and an object key, got \"s3://bucket-only\"");
    }

    @Test
    void aTerminatedUploadLeavesNoObjectAndNoMultipartUpload() throws Exception {
        String bucket = s3.createBucket();
        Path schema = Files.writeString(dir.resolve("big.json"), """
                {"version": "1.0", "seed": 1, "tables": {"t": {"row_count": 50000000,
                  "columns": [{"name": "id", "type": "serial"}, {"name": "note", "type": "text"}]}}}
                """);
        ProcessBuilder pb = PlainLaunch.datagen("generate", schema.toString(), "-q", "-j", "1", "-F", "plain",
                "--s3-endpoint", s3.endpoint().toString(), "-o", "s3://" + bucket + "/big.sql");
        pb.environment().putAll(s3.environment());
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (s3.uploadsInProgress(bucket).isEmpty()) {
                assertThat(p.isAlive()).as("still running").isTrue();
                assertThat(System.nanoTime()).as("a multipart upload starts").isLessThan(deadline);
                Thread.sleep(50);
            }
        } finally {
            p.destroy(); // SIGTERM
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(s3.uploadsInProgress(bucket)).isEmpty();
        assertThat(s3.keys(bucket, "")).isEmpty();
    }

    @Test
    void anS3OutputWinsOverTheEnvironmentsDefaultTarget() throws Exception {
        String bucket = s3.createBucket();
        S3Location object = new S3Location(bucket, "env/blog.dump");
        Map<String, String> env = new java.util.HashMap<>(s3.environment());
        env.put("DATAGEN_TARGET", "postgresql://nobody@127.0.0.1:1/none");
        Run run = run(List.of("generate", SCHEMA, "-q", "--seed", "7", "--s3-endpoint", s3.endpoint().toString(),
                "-o", object.toString()), env);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(s3.keys(bucket, "")).containsExactly("env/blog.dump");
    }

    private Run upload(List<String> options) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("generate", SCHEMA, "-q", "-j", "2", "--seed", "7",
                "--s3-endpoint", s3.endpoint().toString()));
        args.addAll(options);
        return run(args, s3.environment());
    }

    private Run datagen(String... args) throws IOException, InterruptedException {
        return run(List.of(args), Map.of());
    }

    static Run run(List<String> args, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder pb = PlainLaunch.datagen(args.toArray(String[]::new)).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(environment);
        Process p = pb.start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), stderr);
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
