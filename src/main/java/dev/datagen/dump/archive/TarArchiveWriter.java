package dev.datagen.dump.archive;

import dev.datagen.dump.BorrowedOutputStream;
import dev.datagen.dump.DumpContent;
import dev.datagen.dump.TocEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes pg_dump's tar format ({@code pg_dump -Ft}; {@code pg-archive-format.md} §6.2): a ustar
 * archive of {@code toc.dat} (header compression 0) followed by {@code <dumpId>.dat} for each table,
 * in TOC order because pg_restore reads the tar strictly forward. Member headers carry what pg_dump
 * writes: mode 0600, uid 2048, gid 1024, owner and group "postgres". pg_dump's optional
 * {@code restore.sql}, which pg_restore never reads, is left out.
 *
 * <p>A tar header states the member's size before its bytes. Rather than generating every table
 * twice (once to count, once to write), each payload is spooled to a temporary file in
 * {@code spoolParent}, several tables at once, and copied into the archive in TOC order; each spool
 * file is deleted once copied. Memory stays flat; disk holds at most {@code threads} tables' spool
 * files besides the archive.
 */
public final class TarArchiveWriter {

    /** pg_dump's header values (tarCreateHeader in src/port/tar.c, called from pg_backup_tar.c). */
    private static final int MODE = 0600;
    private static final int UID = 04000;
    private static final int GID = 02000;
    private static final String OWNER = "postgres";
    /** pg_dump pads the archive only to 512-byte blocks, not to 10 KiB records. */
    private static final int BLOCK_SIZE = 512;

    private final int threads;

    /** @param threads how many table payloads to spool at once */
    public TarArchiveWriter(int threads) {
        this.threads = threads;
    }

    /** Writes the archive to {@code target} (flushed, not closed), spooling in a temporary directory of {@code spoolParent}. */
    public void write(DumpContent content, OutputStream target, Path spoolParent) throws IOException {
        FileTime mtime = FileTime.from(content.header().createdAt().getEpochSecond(), java.util.concurrent.TimeUnit.SECONDS);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new BorrowedOutputStream(target), BLOCK_SIZE);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_STAR); // base-256 sizes from 8 GiB, as pg_dump
        ByteArrayOutputStream toc = new ByteArrayOutputStream();
        TocFile.write(toc, content, Compression.NONE);
        tar.putArchiveEntry(member("toc.dat", toc.size(), mtime));
        toc.writeTo(tar);
        tar.closeArchiveEntry();

        Path spool = TempPaths.track(Files.createTempDirectory(spoolParent, ".datagen-tar-"));
        try {
            List<TocEntry> withData = content.entries().stream().filter(TocEntry::hasData).toList();
            PayloadFiles.write(withData, PayloadFiles.localFiles(e -> spool.resolve(TocFile.dataFileName(e))), Compression.NONE, threads, null,
                    e -> {
                        Path file = spool.resolve(TocFile.dataFileName(e));
                        tar.putArchiveEntry(member(TocFile.dataFileName(e), Files.size(file), mtime));
                        Files.copy(file, tar);
                        tar.closeArchiveEntry();
                        Files.delete(file);
                    });
            Files.delete(spool); // every spool file was deleted once copied
        } catch (IOException | RuntimeException | Error e) {
            DirectoryArchiveWriter.deleteQuietly(spool, e);
            throw e;
        } finally {
            TempPaths.forget(spool);
        }
        tar.finish();
        target.flush();
    }

    private static TarArchiveEntry member(String name, long size, FileTime mtime) {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(size);
        entry.setMode(MODE);
        entry.setUserId(UID);
        entry.setGroupId(GID);
        entry.setUserName(OWNER);
        entry.setGroupName(OWNER);
        entry.setLastModifiedTime(mtime);
        return entry;
    }
}
