package dev.datagen.sink;

import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.PlainScriptWriter;
import dev.datagen.dump.archive.CustomArchiveWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a dump to a file or a stream. A file is written to a temporary name beside it and renamed
 * only when complete, so a failed run never leaves a half-written dump behind.
 */
public final class DumpSink {
    private final DumpFormat format;
    /** pg_dump's -Z: -1 = default (zlib for custom, none for plain), 0 = none, 1..9 = level. */
    private final int compression;

    private final ExecutorService pool;
    private final int workers;

    public DumpSink(DumpFormat format, int compression) {
        this(format, compression, null, 1);
    }

    /** @param pool compresses in parallel ({@code workers} threads); null compresses on the writing thread */
    public DumpSink(DumpFormat format, int compression, ExecutorService pool, int workers) {
        this.format = format;
        this.compression = compression;
        this.pool = pool;
        this.workers = workers;
    }

    private CustomArchiveWriter customWriter() {
        return new CustomArchiveWriter(compression).compressingOn(pool, workers);
    }

    public void writeFile(DumpContent content, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".partial");
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            // a temp file is private (0600); the finished dump gets the usual rw-r--r-- like pg_dump's
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        boolean done = false;
        try {
            if (format == DumpFormat.CUSTOM) {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    // seekable: the TOC gets true data offsets, so pg_restore -j works
                    customWriter().write(content, channel);
                    channel.force(false);
                }
            } else {
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING)) {
                    writeStream(content, out);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Writes to a stream that cannot seek (stdout): a custom archive then has no data offsets, like pg_dump's. */
    public void writeStream(DumpContent content, OutputStream target) throws IOException {
        OutputStream out = new BufferedOutputStream(target, 1 << 16);
        if (format == DumpFormat.CUSTOM) {
            customWriter().write(content, out);
            out.flush();
        } else if (compression > 0) {
            GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
            new PlainScriptWriter().write(content, gzip);
            gzip.finish();
            gzip.flush();
        } else {
            new PlainScriptWriter().write(content, out);
            out.flush();
        }
    }
}
