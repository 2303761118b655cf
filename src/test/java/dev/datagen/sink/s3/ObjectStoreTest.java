package dev.datagen.sink.s3;

import dev.datagen.sink.Sha256;
import dev.datagen.sink.OutputResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datagen.dump.DumpBuilder;
import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.TableData;
import dev.datagen.dump.TocEntry;
import dev.datagen.dump.WriterThreads;
import dev.datagen.dump.archive.Compression;
import dev.datagen.sink.DumpSink;
import dev.datagen.support.Dumps;
import dev.datagen.support.TestS3;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The upload engine against a real S3-compatible server ({@link TestS3}) with small parts, so that a
 * small dump takes the multipart paths: multipart upload, metadata set by a multipart copy
 * (UploadPartCopy), aborts on failure, and removal.
 */
class ObjectStoreTest {
    /** S3's smallest parts (5 MiB, s3proxy enforces it too); metadata by a multipart copy for any size, in 5 MiB parts. */
    private static final UploadTuning SMALL = new UploadTuning(5 << 20, 3, 1, 5 << 20);
    private static final Map<String, String> METADATA = Map.of(ObjectStore.SEED, "7");

    @TempDir
    Path dir;

    private final TestS3 s3 = TestS3.get();
    private final ObjectStore store = s3.store(SMALL);

    @ParameterizedTest
    @EnumSource(value = DumpFormat.class, names = {"CUSTOM", "PLAIN", "TAR"})
    void aMultipartUploadIsTheLocalFileWithItsSha256(DumpFormat format) throws Exception {
        DumpSink sink = new DumpSink(format, Compression.NONE, 2);
        S3Location object = new S3Location(s3.createBucket(), "dumps/blog");
        OutputResult result = store.upload(blog(), sink, object, METADATA, null, () -> { });

        Path local = dir.resolve("local");
        sink.writeFile(blog(), local);
        Path downloaded = dir.resolve("downloaded");
        Map<String, String> metadata = s3.download(object, downloaded);
        String sha256 = Sha256.of(Files.readAllBytes(local));
        assertThat(Files.size(local)).as("three parts").isGreaterThan(2L * SMALL.partSize());
        assertThat(Sha256.of(Files.readAllBytes(downloaded))).isEqualTo(sha256);
        assertThat(metadata).containsEntry(ObjectStore.SHA256, sha256).containsEntry(ObjectStore.SEED, "7");
        assertThat(result).isEqualTo(new OutputResult(object.toString(), Files.size(local), sha256));
        assertThat(s3.uploadsInProgress(object.bucket())).isEmpty();
    }

    @Test
    void aDumpThatFitsInOnePartIsOnePutWithAllItsMetadata() throws Exception {
        S3Location object = new S3Location(s3.createBucket(), "small.sql");
        OutputResult result = s3.store(UploadTuning.DEFAULT).upload(blog(), new DumpSink(DumpFormat.PLAIN, null, 1), object, METADATA,
                null, () -> { });
        assertThat(s3.metadata(object)).containsEntry(ObjectStore.SHA256, result.sha256()).containsEntry(ObjectStore.SEED, "7");
    }

    @ParameterizedTest
    @EnumSource(value = DumpFormat.class, names = {"CUSTOM", "PLAIN", "DIRECTORY"})
    void aGenerationFailureMidwayLeavesNoObjectAndNoMultipartUpload(DumpFormat format) throws Exception {
        String bucket = s3.createBucket();
        S3Location object = new S3Location(bucket, "failed/blog");
        // the last table fails after 12 MB (two parts sent) — in the custom format's second pass, when the upload runs
        DumpContent failing = failingLastTable(blog(), format == DumpFormat.CUSTOM ? 2 : 1);
        assertThatThrownBy(() -> store.upload(failing, new DumpSink(format, null, 2), object, METADATA, null, () -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("generator failed");
        assertThat(s3.keys(bucket, "")).isEmpty();
        assertThat(s3.uploadsInProgress(bucket)).isEmpty();
    }

    @Test
    void removeDeletesAnObjectAndADirectoryDumpAndIsIdempotent() throws Exception {
        String bucket = s3.createBucket();
        S3Location single = new S3Location(bucket, "a/blog.dump");
        S3Location directory = new S3Location(bucket, "a/blog.dir");
        store.upload(blog(), new DumpSink(DumpFormat.CUSTOM, null, 1), single, METADATA, dir, () -> { });
        store.upload(blog(), new DumpSink(DumpFormat.DIRECTORY, null, 2), directory, METADATA, null, () -> { });
        s3.client().putObject(r -> r.bucket(bucket).key("a/blog.dir/notes.txt"), software.amazon.awssdk.core.sync.RequestBody.fromString("mine"));
        assertThat(s3.keys(bucket, "a/blog.dir/")).hasSize(5); // toc.dat, 3 tables, notes.txt
        assertThat(s3.uploadsInProgress(bucket)).isEmpty();
        assertThat(dir.toFile().list()).as("the spool file is deleted").isEmpty();

        assertThat(store.remove(single)).isEqualTo(1);
        assertThat(store.remove(directory)).isEqualTo(4);
        assertThat(s3.keys(bucket, "")).as("only what datagen did not write stays").containsExactly("a/blog.dir/notes.txt");
        assertThat(store.remove(single)).isZero();
        assertThat(store.remove(directory)).isZero();
    }

    @Test
    void aWriterWokenAfterAnAbortStartsNoUpload() throws Exception {
        String bucket = s3.createBucket();
        S3Location object = new S3Location(bucket, "aborted/blog");
        PartBuffers buffers = new PartBuffers(SMALL.partSize(), 2);
        byte[] held = buffers.take();
        buffers.take(); // both buffers in use: the writer waits for one, as it does while parts are being sent
        ExecutorService senders = WriterThreads.pool(1, "test-upload");
        MultipartUploadStream stream = new MultipartUploadStream(store, object, METADATA, buffers, senders);
        AtomicReference<Throwable> writeFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                stream.write(new byte[SMALL.partSize()]);    // fills a whole part: sends it
            } catch (IOException e) {
                writeFailure.set(e);
            }
        });
        try {
            writer.start();
            while (writer.getState() != Thread.State.WAITING) {
                Thread.sleep(10);
            }
            stream.abort();         // as the shutdown hook does, while the writer waits for a buffer
            buffers.release(held);
            writer.join();
            assertThat(writeFailure.get()).isInstanceOf(IOException.class).hasMessage("upload of " + object + " was aborted");
            assertThatThrownBy(stream::finish).isInstanceOf(IOException.class).hasMessage("upload of " + object + " was aborted");
            assertThat(s3.uploadsInProgress(bucket)).isEmpty();
            assertThat(s3.keys(bucket, "")).isEmpty();
        } finally {
            senders.shutdownNow();
        }
    }

    /** blog.json with ten times its rows: about 11 MB uncompressed. */
    private static DumpContent blog() {
        return new DumpBuilder(Dumps.plan(Dumps.scaled("blog.json", 10), 7), null, 1).build();
    }

    /** The content with its last table's payload failing after 12 MB, on the {@code failingWrite}-th time it is written. */
    private static DumpContent failingLastTable(DumpContent content, int failingWrite) {
        List<TocEntry> entries = new ArrayList<>(content.entries());
        int last = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).hasData()) {
                last = i;
            }
        }
        TocEntry e = entries.get(last);
        AtomicInteger writes = new AtomicInteger();
        TableData failing = out -> {
            byte[] chunk = new byte[64 * 1024];
            Random random = new Random(1); // incompressible, the same each time
            for (int written = 0; written < 12_000_000; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
            if (writes.incrementAndGet() == failingWrite) {
                throw new IOException("generator failed");
            }
            e.data().writeTo(out);
        };
        entries.set(last, new TocEntry(e.dumpId(), e.tableoid(), e.oid(), e.tag(), e.desc(), e.section(), e.defn(), e.dropStmt(),
                e.copyStmt(), e.namespace(), e.tablespace(), e.tableam(), e.owner(), e.dependencies(), failing));
        return new DumpContent(content.header(), entries);
    }

}
