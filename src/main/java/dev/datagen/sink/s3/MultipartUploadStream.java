package dev.datagen.sink.s3;

import dev.datagen.sink.Sha256;
import dev.datagen.sink.OutputResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Streams one object to S3 with bounded memory: bytes fill a part buffer; a full buffer is sent as a
 * multipart part on the sender threads while the next one fills. An object that fits in one part is
 * stored with a single PutObject when {@link #finish finished}, with every metadata value; a multipart
 * object's {@code sha256} is only known at the end, so it is then written by copying the object onto
 * itself ({@link MetadataCopy}). Until finished, the upload can be {@link #abort aborted} — as it is at
 * shutdown — so no partial object and no dangling multipart upload remains.
 *
 * <p>{@link #close} finishes the upload (what a writer's try-with-resources expects); a caller that
 * must not store a partial object after a failure calls {@link #abort} instead.
 */
final class MultipartUploadStream extends OutputStream {
    static final String CONTENT_TYPE = "application/octet-stream";

    private final ObjectStore store;
    private final S3Location location;
    private final Map<String, String> metadata;
    private final PartBuffers buffers;
    private final ExecutorService senders;
    private final MessageDigest sha256 = Sha256.digest();
    private final List<Future<CompletedPart>> parts = new CopyOnWriteArrayList<>(); // read by the shutdown hook too
    private final Runnable abortAtShutdown = this::abortQuietly;
    private byte[] buffer;
    private int filled;
    private long bytes;
    private volatile String uploadId;
    /** Set by {@link #abort} (from the shutdown hook too): no part, no object and no upload may start after it. */
    private volatile boolean aborted;
    private volatile boolean ended;
    /** The multipart upload is complete: the object exists, but its metadata is not final until {@link MetadataCopy} ends. */
    private volatile boolean completed;
    /** The upload of a multipart {@link MetadataCopy} in progress, so that an abort ends it too. */
    private volatile String copyUploadId;
    private OutputResult result;

    MultipartUploadStream(ObjectStore store, S3Location location, Map<String, String> metadata, PartBuffers buffers,
            ExecutorService senders) {
        this.store = store;
        this.location = location;
        this.metadata = metadata;
        this.buffers = buffers;
        this.senders = senders;
    }

    S3Location location() {
        return location;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (ended) {
            throw aborted ? abortedError() : new IOException("upload of " + location + " already ended");
        }
        sha256.update(b, off, len);
        bytes += len;
        while (len > 0) {
            if (buffer == null) {
                buffer = buffers.take();
            }
            int n = Math.min(len, buffer.length - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
            if (filled == buffer.length) {
                sendPart();
            }
        }
    }

    /** Completes the upload: the object exists, with all its metadata. Idempotent. */
    OutputResult finish() throws IOException {
        if (result != null) {
            return result;
        }
        if (ended) {
            throw abortedError();
        }
        ended = true;
        String sha = Sha256.hex(sha256.digest());
        Map<String, String> complete = new HashMap<>(metadata);
        complete.put(ObjectStore.SHA256, sha);
        try {
            if (uploadId == null) {
                byte[] single = buffer == null ? new byte[0] : buffer;
                int length = filled;
                store.call(location, s3 -> s3.putObject(r -> r.bucket(location.bucket()).key(location.key())
                        .contentType(CONTENT_TYPE).metadata(complete), body(single, length)));
                if (aborted) {
                    store.delete(location); // the abort came while it was being stored
                    throw abortedError();
                }
            } else {
                if (filled > 0) {
                    sendPart();
                }
                List<CompletedPart> sent = new ArrayList<>();
                for (Future<CompletedPart> part : parts) {
                    sent.add(await(part));
                }
                refuseIfAborted();
                store.completeMultipart(location, uploadId, sent);
                completed = true;
                // still tracked: a shutdown now deletes the object (no sha256 yet) and aborts a multipart copy
                MetadataCopy.replace(store, location, complete, bytes, this::copyStarted);
                copyUploadId = null;
                PendingUploads.forget(abortAtShutdown);
            }
        } catch (IOException | RuntimeException e) {
            abortQuietly(e);
            throw e;
        } finally {
            buffers.release(buffer);
            buffer = null;
        }
        result = new OutputResult(location.toString(), bytes, sha);
        return result;
    }

    @Override
    public void close() throws IOException {
        finish();
    }

    /**
     * Abandons the upload: the multipart upload is aborted (or the completed object, whose metadata is not
     * final, deleted, with its multipart copy); nothing remains, and nothing more is uploaded. A stream
     * already finished is left as it is (the caller deletes the object).
     */
    void abort() throws IOException {
        aborted = true;
        ended = true;
        PendingUploads.forget(abortAtShutdown);
        try {
            if (result != null) {
                return;
            }
            String copy = copyUploadId;
            String id = uploadId;
            try {
                if (copy != null) {
                    store.abortMultipart(location, copy);
                }
            } finally {
                if (completed) {
                    store.delete(location);
                } else if (id != null) {
                    store.abortMultipart(location, id);
                }
            }
        } finally {
            // also at shutdown, while the writing thread may still be adding parts: the abort came first
            parts.forEach(p -> p.cancel(true));
            buffers.release(buffer);
            buffer = null;
        }
    }

    /** {@link MetadataCopy} started a multipart copy: an abort now ends it too; one that came first ends it at once. */
    private void copyStarted(String id) throws IOException {
        copyUploadId = id;
        refuseIfAborted(); // MetadataCopy aborts the copy it started
    }

    private void refuseIfAborted() throws IOException {
        if (aborted) {
            throw abortedError();
        }
    }

    private IOException abortedError() {
        return new IOException("upload of " + location + " was aborted");
    }

    private void abortQuietly() {
        try {
            abort();
        } catch (IOException | RuntimeException e) {
            // at shutdown there is nobody to tell
        }
    }

    /** {@link #abort}, its failure added to {@code cause}'s suppressed. */
    void abortQuietly(Throwable cause) {
        try {
            abort();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void sendPart() throws IOException {
        refuseIfAborted();
        if (uploadId == null) {
            String created = store.createMultipart(location, metadata);
            uploadId = created;
            PendingUploads.track(abortAtShutdown);
            if (aborted) {
                // the abort came while the upload was being created, and may not have seen its id
                PendingUploads.forget(abortAtShutdown);
                store.abortMultipart(location, created);
                throw abortedError();
            }
        }
        failFast();
        int number = parts.size() + 1;
        byte[] part = buffer;
        int length = filled;
        String id = uploadId;
        buffer = null;
        filled = 0;
        S3Client s3 = store.client();
        parts.add(senders.submit(() -> {
            try {
                String eTag = s3.uploadPart(r -> r.bucket(location.bucket()).key(location.key()).uploadId(id).partNumber(number)
                        .contentLength((long) length), body(part, length)).eTag();
                return CompletedPart.builder().partNumber(number).eTag(eTag).build();
            } finally {
                buffers.release(part);
            }
        }));
    }

    /** A part that already failed ends the upload now, not after the rest of the dump was generated. */
    private void failFast() throws IOException {
        for (Future<CompletedPart> part : parts) {
            if (part.isDone()) {
                await(part);
            }
        }
    }

    private CompletedPart await(Future<CompletedPart> part) throws IOException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while uploading " + location);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SdkException sdk) {
                throw new ObjectStorageIOException(store.describe(sdk, location));
            }
            throw new IOException("uploading " + location + ": " + e.getCause(), e.getCause());
        }
    }

    /** The buffer itself, no copy; the SDK opens a fresh stream for each attempt, so retries resend the same bytes. */
    private static RequestBody body(byte[] data, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(data, 0, length), length, CONTENT_TYPE);
    }
}
