package dev.datagen.dump.archive;

import dev.datagen.dump.DumpContent;
import dev.datagen.dump.TocEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

/**
 * Writes pg_dump's directory format ({@code pg_dump -Fd}; {@code pg-archive-format.md} §6.1):
 * {@code toc.dat} plus one {@code <dumpId>.dat[.gz|.lz4|.zst]} file per table, written in parallel.
 * Everything goes into a hidden sibling directory (mode 0700, like pg_dump's), renamed to the target
 * only when complete, so a failed run leaves nothing half-written. Like pg_dump, it refuses a target
 * that exists and is not an empty directory.
 */
public final class DirectoryArchiveWriter {

    private final Compression compression;
    private final int threads;
    private ExecutorService compressionPool;

    /** @param threads how many table files to write at once */
    public DirectoryArchiveWriter(Compression compression, int threads) {
        this.compression = compression;
        this.threads = threads;
    }

    /** gzip files are deflated on {@code pool} in parallel (same bytes) instead of their writer thread. */
    public DirectoryArchiveWriter compressingOn(ExecutorService pool) {
        this.compressionPool = pool;
        return this;
    }

    public void write(DumpContent content, Path target) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        checkTarget(dir);
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        // createTempDirectory makes it rwx------, the mode pg_dump gives its directory
        Path temp = TempPaths.track(Files.createTempDirectory(parent, "." + dir.getFileName() + "."));
        try {
            write(content, name -> PayloadFiles.localFile(temp.resolve(name)));
            moveIntoPlace(temp, dir);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        } finally {
            TempPaths.forget(temp);
        }
    }

    /** Where a directory archive's files go when not to a local directory (e.g. one object each in a bucket). */
    public interface FileSink {
        /** Opens file {@code name} of the archive; closing the stream completes the file. Called from several threads. */
        OutputStream create(String name) throws IOException;
    }

    /**
     * Writes the archive's files into {@code files}: {@code toc.dat} first, then the table files, up to
     * {@code threads} at once. Nothing is renamed or cleaned up here: a failure leaves that to the sink.
     */
    public void write(DumpContent content, FileSink files) throws IOException {
        try (OutputStream toc = files.create(TocFile.NAME)) {
            TocFile.write(toc, content, compression);
        }
        List<TocEntry> withData = content.entries().stream().filter(TocEntry::hasData).toList();
        PayloadFiles.write(withData, e -> files.create(fileName(e)), compression, threads, compressionPool, e -> { });
    }

    /** {@code <dumpId>.dat} with the compression's suffix ({@code .gz}, {@code .lz4}, {@code .zst}). */
    private String fileName(TocEntry e) {
        return TocFile.dataFileName(e) + compression.algorithm().fileSuffix;
    }

    /** Removes a failed run's files; a failure to do so is attached to the error that caused it. */
    static void deleteQuietly(Path root, Throwable cause) {
        try {
            deleteTree(root);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Fails unless {@code target} is absent or an empty directory (pg_dump: "could not create directory
     * ...: File exists"). Callers may check before generating anything; {@link #write} checks again.
     */
    public static void checkTarget(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new IOException("cannot write directory archive " + target + ": it exists and is not a directory");
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(target)) {
            if (children.iterator().hasNext()) {
                throw new IOException("cannot write directory archive " + target
                        + ": the directory exists and is not empty (pg_dump refuses it too); remove it or choose another");
            }
        }
    }

    /** rename(2) replaces an empty directory in one step; the target was checked to be absent or empty. */
    private static void moveIntoPlace(Path temp, Path dir) throws IOException {
        try {
            Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(dir);
            Files.move(temp, dir);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
