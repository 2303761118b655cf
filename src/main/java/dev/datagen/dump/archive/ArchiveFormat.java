package dev.datagen.dump.archive;

/** The header's format byte. A directory archive's toc.dat says TAR (3), exactly like pg_dump. */
public enum ArchiveFormat {
    CUSTOM(1),
    /** Tar archives, and the toc.dat of directory archives. */
    TAR(3);

    public final int code;

    ArchiveFormat(int code) {
        this.code = code;
    }
}
