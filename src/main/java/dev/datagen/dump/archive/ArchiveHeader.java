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
     * @param compressionLevel 0 = none, -1 = zlib default, 1..9 = zlib at that level. 1.14 stores the
     *                         level; 1.15+ store only the algorithm (0 none, 1 gzip/zlib).
     */
    public static void write(ArchiveOutput out, ArchiveVersion version, ArchiveFormat format,
                             int compressionLevel, DumpHeader header) throws IOException {
        checkLevel(compressionLevel);
        out.writeBytes(MAGIC);
        out.writeByte(ArchiveVersion.MAJOR);
        out.writeByte(version.minor);
        out.writeByte(ArchiveVersion.REVISION);
        out.writeByte(ArchiveOutput.INT_BYTES);
        out.writeByte(ArchiveOutput.OFFSET_BYTES);
        out.writeByte(format.code);
        if (version.compressionIsAlgorithmByte()) {
            out.writeByte(compressionLevel == 0 ? 0 : 1);
        } else {
            out.writeInt(compressionLevel);
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

    static void checkLevel(int compressionLevel) {
        if (compressionLevel < -1 || compressionLevel > 9) {
            throw new IllegalArgumentException("compression level must be -1..9: " + compressionLevel);
        }
    }
}
