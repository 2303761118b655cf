package dev.datagen.dump.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * An archive's header and table of contents, read from a custom file, a directory's toc.dat or a
 * tar's toc.dat member.
 *
 * @param dataStart custom format: the position of the first data block (right after the TOC)
 */
public record ArchiveToc(Kind kind, Path location, ArchiveHeaderInfo header, List<ArchiveEntry> entries, long dataStart) {

    public ArchiveToc {
        entries = List.copyOf(entries);
    }

    /** The three binary formats, with the names pg_restore -l prints. */
    public enum Kind {
        CUSTOM, DIRECTORY, TAR
    }
}
