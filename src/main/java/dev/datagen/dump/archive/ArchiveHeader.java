package dev.datagen.dump.archive;

import dev.datagen.dump.DumpHeader;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Writes the archive header ({@code pg-archive-format.md} §2) that opens custom files and toc.dat. */
public final class ArchiveHeader {

    private static final byte[] MAGIC = {'P', 'G', 'D', 'M', 'P'};

    private ArchiveHeader() {
    }

    /**
     * 1.14 stores the zlib level as an Int (0 none, -1 default, 1..9); 1.15+ store only the algorithm
     * as a Byte (0 none, 1 gzip/zlib, 2 lz4, 3 zstd).
     */
    public static void write(ArchiveOutput out, ArchiveVersion version, ArchiveFormat format,
                             Compression compression, DumpHeader header) throws IOException {
        if (compression.archiveVersion().compareTo(version) > 0) {
            throw new IllegalArgumentException(compression.algorithm().pgName() + " compression needs archive version 1."
                    + compression.archiveVersion().minor + " or newer, not 1." + version.minor);
        }
        out.writeBytes(MAGIC);
        out.writeByte(ArchiveVersion.MAJOR);
        out.writeByte(version.minor);
        out.writeByte(ArchiveVersion.REVISION);
        out.writeByte(ArchiveOutput.INT_BYTES);
        out.writeByte(ArchiveOutput.OFFSET_BYTES);
        out.writeByte(format.code);
        if (version.compressionIsAlgorithmByte()) {
            out.writeByte(compression.algorithm().code);
        } else {
            out.writeInt(compression.zlibLevel());
        }
        // A C struct tm; we write UTC with isdst 0 (pg_restore only uses it for "Archive created at").
        ZonedDateTime t = header.createdAt().atZone(ZoneOffset.UTC);
        out.writeInt(t.getSecond());
        out.writeInt(t.getMinute());
        out.writeInt(t.getHour());
        out.writeInt(t.getDayOfMonth());
        out.writeInt(t.getMonthValue() - 1);
        out.writeInt(t.getYear() - 1900);
        out.writeInt(0);
        out.writeStr(header.databaseName());
        out.writeStr(header.serverVersion());
        out.writeStr(header.dumpVersion());
    }
}
