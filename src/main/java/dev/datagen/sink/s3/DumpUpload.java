package dev.datagen.sink.s3;

import dev.datagen.sink.Sha256;
import dev.datagen.sink.OutputResult;
import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.WriterThreads;
import dev.datagen.dump.archive.TempPaths;
import dev.datagen.sink.DumpSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;

/**
 * One dump's upload, by format: a custom archive in two passes ({@link HeadCapture}) or from a spool
 * file; plain and tar streamed as they are written; a directory archive as one object per file.
 */
final class DumpUpload {
    /** Part uploads in flight at once per dump. */
    private static final int SENDER_THREADS = 2;
    /** Directory format: at most this many files upload at once (each holds a part buffer while it fills). */
    private static final int DIRECTORY_FILES_AT_ONCE = 4;
    private static final int STREAM_BUFFER = 64 * 1024;

    private final ObjectStore store;
    private final DumpSink sink;
    private final Map<String, String> metadata;
    private final Path spoolDir;

    DumpUpload(ObjectStore store, DumpSink sink, Map<String, String> metadata, Path spoolDir) {
        this.store = store;
        this.sink = sink;
        this.metadata = Map.copyOf(metadata);
        this.spoolDir = spoolDir;
    }

    OutputResult upload(DumpContent content, S3Location location, Runnable secondPass) throws IOException {
        ExecutorService senders = WriterThreads.pool(SENDER_THREADS, "datagen-upload");
        Throwable failure = null;
        try {
            if (sink.format() == DumpFormat.DIRECTORY) {
                int filesAtOnce = Math.min(DIRECTORY_FILES_AT_ONCE, sink.threads());
                PartBuffers buffers = new PartBuffers(store.tuning().partSize(), Math.max(store.tuning().buffers(), filesAtOnce + 2));
                return new DirectoryUpload(location, buffers, senders).upload(content);
            }
            PartBuffers buffers = new PartBuffers(store.tuning().partSize(), store.tuning().buffers());
            MultipartUploadStream object = new MultipartUploadStream(store, location, metadata, buffers, senders);
            try {
                writeObject(content, object, secondPass);
                return object.finish();
            } catch (IOException | RuntimeException | Error e) {
                object.abortQuietly(e);
                throw e;
            }
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            WriterThreads.stop(senders, failure);
        }
    }

    private void writeObject(DumpContent content, MultipartUploadStream object, Runnable secondPass) throws IOException {
        if (sink.format() != DumpFormat.CUSTOM) {
            if (spoolDir == null) {
                sink.writeStream(content, object); // a tar archive spools in the system's temporary directory
            } else {
                sink.writeStream(content, object, spoolDir);
            }
        } else if (spoolDir != null) {
            uploadSpooled(content, object);
        } else {
            HeadCapture.Capture capture = new HeadCapture.Capture();
            sink.writeCustom(content, capture);
            secondPass.run();
            HeadCapture.Substitute substitute = new HeadCapture.Substitute(capture.head(), object);
            sink.writeCustom(content, substitute);
            substitute.verify();
        }
    }

    /** --s3-spool: the archive is written once, to a temporary file in the spool directory, then uploaded and deleted. */
    private void uploadSpooled(DumpContent content, OutputStream object) throws IOException {
        Files.createDirectories(spoolDir);
        Path spool = TempPaths.track(Files.createTempFile(spoolDir, ".datagen-upload-", ".dump"));
        try {
            try (FileChannel channel = FileChannel.open(spool, StandardOpenOption.WRITE)) {
                sink.writeCustom(content, channel);
            }
            try (InputStream in = Files.newInputStream(spool)) {
                in.transferTo(object);
            }
        } finally {
            Files.deleteIfExists(spool);
            TempPaths.forget(spool);
        }
    }

    /**
     * A directory archive: {@code toc.dat} and each table file become objects under the prefix. The
     * objects already stored are deleted, and uploads in progress aborted, when the dump fails.
     */
    private final class DirectoryUpload {
        private final S3Location prefix;
        private final PartBuffers buffers;
        private final ExecutorService senders;
        private final List<MultipartUploadStream> files = new CopyOnWriteArrayList<>();
        private final Map<String, String> sha256ByName = new ConcurrentHashMap<>();
        private final Runnable removeAtShutdown = this::removeQuietly;
        /** Set (under the lock) when the upload is given up: no file may start after it, so {@link #remove} sees them all. */
        private boolean aborted;

        DirectoryUpload(S3Location prefix, PartBuffers buffers, ExecutorService senders) {
            this.prefix = prefix;
            this.buffers = buffers;
            this.senders = senders;
        }

        OutputResult upload(DumpContent content) throws IOException {
            PendingUploads.track(removeAtShutdown);
            try {
                sink.writeDirectory(content, this::create);
                long bytes = 0;
                for (MultipartUploadStream file : files) {
                    OutputResult stored = file.finish(); // all closed (finished) already: their results
                    bytes += stored.bytes();
                    sha256ByName.put(stored.location().substring(prefix.toString().length() + 1), stored.sha256());
                }
                return new OutputResult(prefix.toString(), bytes, Sha256.manifest(sha256ByName));
            } catch (IOException | RuntimeException | Error e) {
                remove(e);
                throw e;
            } finally {
                PendingUploads.forget(removeAtShutdown);
            }
        }

        private OutputStream create(String name) throws IOException {
            MultipartUploadStream file = new MultipartUploadStream(store, prefix.child(name), metadata, buffers, senders);
            synchronized (this) {
                if (aborted) {
                    throw new IOException("upload of " + prefix + " was aborted");
                }
                files.add(file);
            }
            return new BufferedOutputStream(file, STREAM_BUFFER);
        }

        /** Aborts what is in progress and deletes what was stored; files created later are refused. */
        private void remove(Throwable cause) {
            synchronized (this) {
                aborted = true;
            }
            for (MultipartUploadStream file : files) {
                try {
                    file.abort();
                    store.delete(file.location());
                } catch (IOException | RuntimeException e) {
                    cause.addSuppressed(e);
                }
            }
        }

        private void removeQuietly() {
            remove(new IOException("shutdown"));
        }
    }
}
