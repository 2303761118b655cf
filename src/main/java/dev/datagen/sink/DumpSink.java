package dev.datagen.sink;

import dev.datagen.dump.BorrowedOutputStream;
import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.PlainScriptWriter;
import dev.datagen.dump.archive.CompressedStreams;
import dev.datagen.dump.archive.Compression;
import dev.datagen.dump.archive.CustomArchiveWriter;
import dev.datagen.dump.archive.DirectoryArchiveWriter;
import dev.datagen.dump.archive.TarArchiveWriter;
import dev.datagen.dump.archive.TempPaths;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutorService;

/**
 * Writes a dump to a file, a directory (directory format) or a stream. Files and directories are
 * written under a temporary name beside the target and renamed only when complete, so a failed run
 * never leaves a half-written dump behind — nor its temporary file, even when ended by a signal
 * ({@link TempPaths}).
 */
public final class DumpSink {
    private final DumpFormat format;
    private final Compression compression;
    /** How many table files the directory and tar formats write at once, and how many threads compress. */
    private final int threads;
    private ExecutorService compressionPool;

    /** @param compression null for the format's default (pg_dump's: gzip for custom and directory, none otherwise) */
    public DumpSink(DumpFormat format, Compression compression, int threads) {
        this.format = format;
        this.compression = compression == null ? defaultCompression(format) : compression;
        this.threads = Math.max(1, threads);
        if (format == DumpFormat.TAR && this.compression.isCompressed()) {
            throw new IllegalArgumentException("compression is not supported by tar archive format");
        }
    }

    /** pg_dump 12-15's {@code -Z} level: -1 = the format's default, 0 = none, 1..9 = gzip/zlib level. */
    public DumpSink(DumpFormat format, int level) {
        this(format, level == -1 ? null : Compression.zlib(level), 1);
    }

    /** gzip/zlib compression runs on {@code pool} (in parallel, same bytes) instead of the writing thread. */
    public DumpSink compressingOn(ExecutorService pool) {
        this.compressionPool = pool;
        return this;
    }

    /**
     * Without -Z, custom and directory archives are gzip-compressed like pg_dump's, but at level 5, not
     * zlib's default 6: on generated data level 5 is within 1% of level 6's size and about 45% faster
     * (zlib level 6 manages about 20 MB/s per core here, the bottleneck of a compressed dump).
     * {@code -Z gzip} or {@code -Z 6} gives pg_dump's exact level.
     */
    public static final Compression DEFAULT_ARCHIVE_COMPRESSION = new Compression(Compression.Algorithm.GZIP, 5);

    public static Compression defaultCompression(DumpFormat format) {
        return format == DumpFormat.CUSTOM || format == DumpFormat.DIRECTORY ? DEFAULT_ARCHIVE_COMPRESSION : Compression.NONE;
    }

    public Compression compression() {
        return compression;
    }

    public DumpFormat format() {
        return format;
    }

    /** A custom archive into a seekable channel (true data offsets); positioned at its end afterwards, not closed. */
    public void writeCustom(DumpContent content, SeekableByteChannel channel) throws IOException {
        customWriter().write(content, channel);
    }

    private CustomArchiveWriter customWriter() {
        return new CustomArchiveWriter(compression).compressingOn(compressionPool, threads);
    }

    /** A directory archive's files into {@code files} (e.g. one object each); see {@link DirectoryArchiveWriter#write(DumpContent, DirectoryArchiveWriter.FileSink)}. */
    public void writeDirectory(DumpContent content, DirectoryArchiveWriter.FileSink files) throws IOException {
        directoryWriter().write(content, files);
    }

    private DirectoryArchiveWriter directoryWriter() {
        return new DirectoryArchiveWriter(compression, threads).compressingOn(compressionPool);
    }

    /** How many files the directory format writes at once. */
    public int threads() {
        return threads;
    }

    public void writeFile(DumpContent content, Path target) throws IOException {
        if (format == DumpFormat.DIRECTORY) {
            directoryWriter().write(content, target);
            return;
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + target + ": it is a directory (only --format directory writes one)");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // A device or a pipe (/dev/null, a FIFO): write straight into it, as pg_dump does.
            // Renaming a finished temp file onto it would replace the device node with a plain file.
            try (OutputStream out = new NamedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE), target.toString())) {
                writeStream(content, out);
            }
            return;
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = TempPaths.track(Files.createTempFile(dir, "." + target.getFileName() + ".", ".partial"));
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            // a temp file is private (0600); the finished dump gets the usual rw-r--r-- like pg_dump's
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        boolean done = false;
        try {
            if (format == DumpFormat.CUSTOM) {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    // seekable: the TOC gets true data offsets, so pg_restore -j works
                    writeCustom(content, channel);
                    channel.force(false);
                }
            } else {
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING)) {
                    writeStream(content, out, dir);
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
            TempPaths.forget(temp);
        }
    }

    /**
     * Writes to standard output; a write that fails (full disk, closed pipe) fails the run instead of vanishing.
     * With {@code hash}, returns the bytes written and their sha256; else null.
     */
    public OutputResult writeStandardOutput(DumpContent content, boolean hash) throws IOException {
        if (!hash) {
            writeStream(content, NamedOutputStream.standardOutput()); // flushes at the end
            return null;
        }
        OutputResult.Hashing out = new OutputResult.Hashing(NamedOutputStream.standardOutput());
        writeStream(content, out);
        return out.result(NamedOutputStream.STANDARD_OUTPUT);
    }

    /**
     * Writes to a stream that cannot seek (stdout): a custom archive then has no data offsets, like
     * pg_dump's; a tar archive spools its tables in the system's temporary directory.
     */
    public void writeStream(DumpContent content, OutputStream target) throws IOException {
        writeStream(content, target, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Like {@link #writeStream(DumpContent, OutputStream)}; a tar archive spools its tables in {@code spoolDir}. */
    public void writeStream(DumpContent content, OutputStream target, Path spoolDir) throws IOException {
        OutputStream out = new BufferedOutputStream(target, 1 << 16);
        switch (format) {
            case CUSTOM -> customWriter().write(content, out);
            case TAR -> new TarArchiveWriter(threads).write(content, out, spoolDir);
            case PLAIN -> {
                // -Z compresses the whole script (gzip like pg_dump 15; lz4/zstd frames like pg_dump 16+)
                try (OutputStream script = CompressedStreams.open(compression, new BorrowedOutputStream(out), compressionPool, threads)) {
                    new PlainScriptWriter().write(content, script);
                }
            }
            case DIRECTORY -> throw new IllegalArgumentException("the directory format needs an output directory (-f DIR)");
        }
        out.flush();
    }
}
