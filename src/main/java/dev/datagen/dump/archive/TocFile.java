package dev.datagen.dump.archive;

import dev.datagen.dump.DumpContent;
import dev.datagen.dump.TocEntry;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code toc.dat} of the directory and tar formats ({@code pg-archive-format.md} §6): the header with
 * format byte 3 (tar, also for directories, exactly like pg_dump), then the TOC, each entry closed by
 * the name of its data file ({@code "3462.dat"}, without a compression suffix) or {@code ""}.
 */
final class TocFile {
    static final String NAME = "toc.dat";

    /** The format extra: one Str naming the entry's data file. */
    private static final TocWriter.EntryExtra FILE_NAMES = new TocWriter.EntryExtra() {
        @Override
        public void write(ArchiveOutput out, TocEntry entry) throws IOException {
            out.writeStr(dataFileName(entry));
        }

        @Override
        public int size(TocEntry entry) {
            return ArchiveOutput.strSize(dataFileName(entry));
        }
    };

    private TocFile() {
    }

    static void write(OutputStream target, DumpContent content, Compression compression) throws IOException {
        ArchiveOutput out = new ArchiveOutput(target);
        ArchiveVersion version = compression.archiveVersion();
        ArchiveHeader.write(out, version, ArchiveFormat.TAR, compression, content.header());
        new TocWriter(version).write(out, content.entries(), FILE_NAMES);
        out.flush();
    }

    /** {@code <dumpId>.dat} for entries with data, {@code ""} for the others. */
    static String dataFileName(TocEntry entry) {
        return entry.hasData() ? entry.dumpId() + ".dat" : "";
    }
}
