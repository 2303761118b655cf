package dev.datagen.dump.archive;

/**
 * An archive header as read ({@code pg-archive-format.md} §2).
 *
 * @param compression up to 1.14 the zlib level Int (0 none, -1 default, 1-9); from 1.15 the algorithm
 *                    byte (0 none, 1 gzip, 2 lz4, 3 zstd)
 */
public record ArchiveHeaderInfo(int major, int minor, int revision, int intSize, int offSize, int format, int compression,
        StructTm createdAt, String databaseName, String serverVersion, String dumpVersion) {

    /** pg_dump's C struct tm of the creation time: month 0-11, year since 1900, isdst 0/1. */
    public record StructTm(int sec, int min, int hour, int mday, int mon, int year, int isdst) {
    }

    public boolean compressionIsAlgorithm() {
        return minor >= 15;
    }

    /** How data blocks or files are compressed, as pg_restore of the archive's version reads the field. */
    public DataCompression dataCompression() {
        if (!compressionIsAlgorithm()) {
            return compression == 0 ? DataCompression.NONE : DataCompression.ZLIB;
        }
        return switch (compression) {
            case 0 -> DataCompression.NONE;
            case 1 -> DataCompression.ZLIB;
            case 2 -> DataCompression.LZ4;
            case 3 -> DataCompression.ZSTD;
            default -> DataCompression.UNKNOWN;
        };
    }

    /** What pg_restore -l prints after "Compression:": the level up to 1.14 (pg_restore 15), the algorithm name after. */
    public String compressionLabel() {
        return compressionIsAlgorithm() ? dataCompression().label : Integer.toString(compression);
    }

    public enum DataCompression {
        NONE("none"), ZLIB("gzip"), LZ4("lz4"), ZSTD("zstd"), UNKNOWN("unknown");

        public final String label;

        DataCompression(String label) {
            this.label = label;
        }
    }
}
