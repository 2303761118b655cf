package dev.datagen.sink.s3;

import dev.datagen.sink.OutputResult;
import dev.datagen.dump.DumpContent;
import dev.datagen.sink.DumpSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3-compatible object store: uploads dumps ({@link #upload}), removes them ({@link #remove}), and
 * reports every failure as one {@link ObjectStorageException} line.
 */
public final class ObjectStore implements AutoCloseable {
    /** Object metadata written on every object of a dump ({@code x-amz-meta-*}). */
    public static final String VERSION = "datagen-version";
    public static final String SEED = "datagen-seed";
    public static final String SCHEMA_SHA256 = "datagen-schema-sha256";
    /** sha256 (hex) of the object's bytes, set once they are all uploaded. */
    public static final String SHA256 = "sha256";

    /** The files datagen writes into a directory-format prefix: what {@link #remove} deletes there. */
    private static final Pattern DIRECTORY_FILE = Pattern.compile("toc\\.dat|\\d+\\.dat(\\.gz|\\.lz4|\\.zst)?");

    interface S3Call<T> {
        T apply(S3Client s3);
    }

    private final S3Client client;
    private final String endpoint;
    private final UploadTuning tuning;

    public ObjectStore(S3Client client, String endpoint, UploadTuning tuning) {
        this.client = client;
        this.endpoint = endpoint;
        this.tuning = tuning;
    }

    /** A store reached with {@code settings} and the default credential chain. */
    public static ObjectStore open(S3Settings settings) throws ObjectStorageException {
        String endpoint = settings.endpoint() != null ? settings.endpoint().toString() : "Amazon S3";
        return new ObjectStore(S3ClientFactory.create(settings), endpoint, UploadTuning.DEFAULT);
    }

    /**
     * Fails early — before anything is generated — when the store cannot be reached, the bucket does
     * not exist or the credentials are refused. A store that only denies listing (a role allowed to
     * put objects but not to list them) passes: the upload will tell.
     */
    public void check(S3Location location) throws ObjectStorageException {
        try {
            client.listObjectsV2(r -> r.bucket(location.bucket()).prefix(location.key()).maxKeys(1));
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            if (!"AccessDenied".equals(code)) {
                throw describe(e, location);
            }
        } catch (SdkException e) {
            throw describe(e, location);
        }
    }

    /**
     * Uploads {@code content} as {@code sink}'s format to {@code location}: one object, or one per file
     * under the prefix for the directory format. On failure, interruption or shutdown nothing remains.
     *
     * @param metadata stored on every object ({@link #VERSION}, {@link #SEED}, {@link #SCHEMA_SHA256}); {@link #SHA256} is added
     * @param spoolDir null: stream (a custom archive is then generated twice, see {@link HeadCapture}); else write the
     *        dump to a temporary file there first and upload that
     * @param secondPass told before a custom archive's second generation pass
     */
    public OutputResult upload(DumpContent content, DumpSink sink, S3Location location, Map<String, String> metadata,
            Path spoolDir, Runnable secondPass) throws ObjectStorageException, IOException {
        try {
            return new DumpUpload(this, sink, metadata, spoolDir).upload(content, location, secondPass);
        } catch (IOException e) {
            ObjectStorageException storage = ObjectStorageIOException.find(e);
            if (storage != null) {
                throw storage;
            }
            throw e;
        }
    }

    /** How many passes a custom archive upload generates: 2 when streamed, 1 with a spool directory. */
    public static int passes(DumpSink sink, Path spoolDir) {
        return sink.format() == dev.datagen.dump.DumpFormat.CUSTOM && spoolDir == null ? 2 : 1;
    }

    /**
     * Deletes what an upload to {@code location} stored: the object, and datagen's files under
     * {@code location/} (a directory-format dump). What is not there is no error.
     *
     * @return how many objects were deleted
     */
    public int remove(S3Location location) throws ObjectStorageException {
        try {
            int removed = 0;
            if (exists(location)) {
                delete(location);
                removed++;
            }
            for (S3Location file : directoryFiles(location)) {
                delete(file);
                removed++;
            }
            return removed;
        } catch (IOException e) {
            ObjectStorageException storage = ObjectStorageIOException.find(e);
            throw storage != null ? storage : new ObjectStorageException(location + ": " + e.getMessage(), e);
        }
    }

    /** Whether the object exists; also a probe for the other tests' assertions. */
    public boolean exists(S3Location location) throws IOException {
        try {
            client.headObject(r -> r.bucket(location.bucket()).key(location.key()));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new ObjectStorageIOException(describe(e, location));
        } catch (SdkException e) {
            throw new ObjectStorageIOException(describe(e, location));
        }
    }

    private List<S3Location> directoryFiles(S3Location prefix) throws IOException {
        String dir = prefix.key() + "/";
        return call(prefix, s3 -> {
            List<S3Location> files = new ArrayList<>();
            for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(prefix.bucket()).prefix(dir)).contents()) {
                if (DIRECTORY_FILE.matcher(o.key().substring(dir.length())).matches()) {
                    files.add(new S3Location(prefix.bucket(), o.key()));
                }
            }
            return files;
        });
    }

    void delete(S3Location location) throws IOException {
        call(location, s3 -> s3.deleteObject(r -> r.bucket(location.bucket()).key(location.key())));
    }

    /** Starts a multipart upload of {@code location} with {@code metadata}; returns its id. */
    String createMultipart(S3Location location, Map<String, String> metadata) throws IOException {
        return call(location, s3 -> s3.createMultipartUpload(r -> r.bucket(location.bucket()).key(location.key())
                .contentType(MultipartUploadStream.CONTENT_TYPE).metadata(metadata))).uploadId();
    }

    void completeMultipart(S3Location location, String uploadId, List<CompletedPart> parts) throws IOException {
        call(location, s3 -> s3.completeMultipartUpload(r -> r.bucket(location.bucket()).key(location.key())
                .uploadId(uploadId).multipartUpload(CompletedMultipartUpload.builder().parts(parts).build())));
    }

    void abortMultipart(S3Location location, String uploadId) throws IOException {
        call(location, s3 -> s3.abortMultipartUpload(r -> r.bucket(location.bucket()).key(location.key()).uploadId(uploadId)));
    }

    /** Runs one request; a failure becomes an IOException carrying the one-line {@link ObjectStorageException}. */
    <T> T call(S3Location about, S3Call<T> request) throws ObjectStorageIOException {
        try {
            return request.apply(client);
        } catch (SdkException e) {
            throw new ObjectStorageIOException(describe(e, about));
        }
    }

    ObjectStorageException describe(SdkException e, S3Location about) {
        return S3Errors.describe(e, about, endpoint);
    }

    S3Client client() {
        return client;
    }

    UploadTuning tuning() {
        return tuning;
    }

    @Override
    public void close() {
        client.close();
    }
}
