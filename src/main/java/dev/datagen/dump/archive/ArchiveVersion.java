package dev.datagen.dump.archive;

/**
 * Archive versions we can write ({@code pg-archive-format.md} §2.1/2.2). 1.14 is read by pg_restore 12
 * and newer; 1.15 (pg_dump 16) and 1.16 (pg_dump 17+) only by newer readers.
 */
public enum ArchiveVersion {
    /** pg_dump 12-15: compression is an Int level; TOC entries have tableam. */
    V1_14(14, 12),
    /** pg_dump 16: compression becomes a one-byte algorithm (lz4 and zstd exist from here on). */
    V1_15(15, 16),
    /** pg_dump 17-18: TOC entries gain relkind after tableam. */
    V1_16(16, 17);

    public static final int MAJOR = 1;
    public static final int REVISION = 0;

    public final int minor;
    /** The oldest pg_restore major that reads this version (§2.1: pg_restore N reads up to its own). */
    public final int minimumPgRestore;

    ArchiveVersion(int minor, int minimumPgRestore) {
        this.minor = minor;
        this.minimumPgRestore = minimumPgRestore;
    }

    /** Since 1.15 the header stores the algorithm as a Byte instead of the level as an Int. */
    public boolean compressionIsAlgorithmByte() {
        return minor >= 15;
    }

    /** Since 1.16 each TOC entry carries the relation kind as an Int. */
    public boolean hasRelkind() {
        return minor >= 16;
    }
}
