package dev.datagen.dump.archive;

import dev.datagen.dump.archive.ArchiveHeaderInfo.StructTm;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the header and table of contents of any pg_dump archive, ours or pg_dump's: a custom-format
 * file, a directory (toc.dat) or a tar file (its toc.dat member), archive versions 1.12 to 1.16
 * ({@code pg-archive-format.md} §2-3, §6). Custom-format data blocks can then be walked with
 * {@link #readBlocks}. The format is recognised the way pg_restore recognises it.
 */
public final class ArchiveReader {
    /** Oldest archive version read: pg_dump 9.0 and later write 1.12 or newer. */
    static final int OLDEST_MINOR = 12;
    /** Newest archive version there is (pg_dump 17, 18). */
    static final int NEWEST_MINOR = 16;

    private static final byte[] MAGIC = "PGDMP".getBytes(StandardCharsets.US_ASCII);
    static final int BLK_DATA = 1;
    static final int BLK_BLOBS = 3;
    private static final int IO_BUFFER = 1 << 16;

    private ArchiveReader() {
    }

    /** Reads the header and TOC of the archive at {@code path}. */
    public static ArchiveToc readToc(Path path) throws IOException {
        return open(path, (toc, data) -> toc);
    }

    /**
     * Where the data continues after the TOC: a custom file positioned at its first data block, or the
     * tar reader after the toc.dat member (both null for a directory, whose data are separate files).
     */
    record Rest(ArchiveInput custom, TarReader tar) {
    }

    /** What to do with an archive once its TOC is read, while the input is still open. */
    interface TocHandler<T> {
        T handle(ArchiveToc toc, Rest rest) throws IOException;
    }

    /** Detects the format of {@code path}, reads its TOC and hands both to {@code handler}. */
    static <T> T open(Path path, TocHandler<T> handler) throws IOException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            Path toc = path.resolve("toc.dat");
            Path gzToc = path.resolve("toc.dat.gz");
            if (!Files.exists(toc) && !Files.exists(gzToc)) {
                throw new ArchiveFormatException("directory \"" + name + "\" does not appear to be a valid archive (\"toc.dat\" does not exist)");
            }
            try (InputStream raw = Files.newInputStream(Files.exists(toc) ? toc : gzToc);
                    InputStream in = Files.exists(toc) ? new BufferedInputStream(raw, IO_BUFFER) : new GZIPInputStream(raw, IO_BUFFER)) {
                ArchiveInput input = new ArchiveInput(in, path.resolve("toc.dat").toString());
                return handler.handle(readToc(input, ArchiveToc.Kind.DIRECTORY, path), new Rest(null, null));
            }
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(name);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), IO_BUFFER)) {
            in.mark(TarReader.BLOCK);
            byte[] start = in.readNBytes(TarReader.BLOCK);
            in.reset();
            if (start.length >= MAGIC.length && Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                return readCustom(in, path, handler);
            }
            if (TarReader.isTarHeader(start)) {
                TarReader tar = new TarReader(in, name);
                TarReader.Member first = tar.next();
                if (!first.name().equals("toc.dat")) {
                    throw new ArchiveFormatException(name + ": the first member of a tar archive must be toc.dat, found \"" + first.name() + "\"");
                }
                ArchiveInput input = new ArchiveInput(tar.content(), name + ":toc.dat");
                return handler.handle(readToc(input, ArchiveToc.Kind.TAR, path), new Rest(null, tar));
            }
            if (start.length < MAGIC.length) {
                throw new ArchiveFormatException(name + ": input file is too short (read " + start.length + ", expected 5)");
            }
            if (looksLikeText(start)) {
                throw new ArchiveFormatException(name + ": input file appears to be a text format dump (plain SQL); use psql to restore it");
            }
            throw new ArchiveFormatException(name + ": input file does not appear to be a valid archive");
        }
    }

    /** A custom-format archive from a stream positioned at its first byte. */
    static <T> T readCustom(InputStream in, Path location, TocHandler<T> handler) throws IOException {
        ArchiveInput input = new ArchiveInput(in, location.toString());
        return handler.handle(readToc(input, ArchiveToc.Kind.CUSTOM, location), new Rest(input, null));
    }

    /** pg_restore's test: a plain dump starts with "--" or, after pg_dumpall, "\connect". */
    static boolean looksLikeText(byte[] start) {
        String s = new String(start, StandardCharsets.ISO_8859_1);
        return s.startsWith("--") || s.startsWith("\\connect") || s.startsWith("SET ");
    }

    private static ArchiveToc readToc(ArchiveInput in, ArchiveToc.Kind kind, Path location) throws IOException {
        ArchiveHeaderInfo header = readHeader(in, kind == ArchiveToc.Kind.CUSTOM ? ArchiveFormat.CUSTOM.code : ArchiveFormat.TAR.code);
        int count = in.readInt();
        if (count < 0) {
            throw in.corrupt("negative TOC entry count " + count);
        }
        List<ArchiveEntry> entries = new ArrayList<>(Math.min(count, 100_000));
        for (int i = 0; i < count; i++) {
            entries.add(readEntry(in, header, kind == ArchiveToc.Kind.CUSTOM));
        }
        return new ArchiveToc(kind, location, header, entries, in.position());
    }

    private static ArchiveHeaderInfo readHeader(ArchiveInput in, int expectedFormat) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic, 0, magic.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw in.corrupt("did not find magic string in file header");
        }
        int major = in.readByte();
        int minor = in.readByte();
        int revision = in.readByte();
        if (major != 1 || minor > NEWEST_MINOR) {
            throw in.corrupt("unsupported version (" + major + "." + minor + ") in file header");
        }
        if (minor < OLDEST_MINOR) {
            throw in.corrupt("archive version 1." + minor + " is older than datagen reads (1." + OLDEST_MINOR + ", pg_dump 9.0)");
        }
        int intSize = in.readByte();
        int offSize = in.readByte();
        if (intSize < 1 || intSize > 32) {
            throw in.corrupt("sanity check on integer size (" + intSize + ") failed");
        }
        if (offSize < 1 || offSize > 32) {
            throw in.corrupt("sanity check on offset size (" + offSize + ") failed");
        }
        in.sizes(intSize, offSize);
        int format = in.readByte();
        if (format != expectedFormat) {
            throw in.corrupt("expected format (" + expectedFormat + ") differs from format found in file (" + format + ")");
        }
        int compression = minor >= 15 ? in.readByte() : in.readInt();
        StructTm tm = new StructTm(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
        return new ArchiveHeaderInfo(major, minor, revision, intSize, offSize, format, compression, tm, in.readStr(), in.readStr(),
                in.readStr());
    }

    private static ArchiveEntry readEntry(ArchiveInput in, ArchiveHeaderInfo header, boolean custom) throws IOException {
        long start = in.position();
        int dumpId = in.readInt();
        if (dumpId <= 0) {
            throw in.corrupt("entry ID " + dumpId + " out of range -- perhaps a corrupt TOC (at byte " + start + ")");
        }
        boolean hadDumper = in.readInt() != 0;
        String tableoid = in.readStr();
        String oid = in.readStr();
        String tag = in.readStr();
        String desc = in.readStr();
        int section = in.readInt();
        String defn = in.readStr();
        String dropStmt = in.readStr();
        String copyStmt = in.readStr();
        String namespace = in.readStr();
        String tablespace = in.readStr();
        String tableam = header.minor() >= 14 ? in.readStr() : null;
        int relkind = header.minor() >= 16 ? in.readInt() : 0;
        String owner = in.readStr();
        String withOids = in.readStr();
        if (tableoid == null || oid == null || tag == null || desc == null || withOids == null) {
            throw in.corrupt("TOC entry " + dumpId + " (at byte " + start + ") has a NULL tableoid, oid, tag, desc or OIDs flag");
        }
        List<String> deps = new ArrayList<>();
        for (String dep = in.readStr(); dep != null; dep = in.readStr()) {
            deps.add(dep);
        }
        if (custom) {
            ArchiveInput.Offset offset = in.readOffset();
            if (offset.flag() < 1 || offset.flag() > 3) {
                throw in.corrupt("unexpected data offset flag " + offset.flag() + " in TOC entry " + dumpId);
            }
            return new ArchiveEntry(dumpId, hadDumper, tableoid, oid, tag, desc, section, defn, dropStmt, copyStmt, namespace,
                    tablespace, tableam, relkind, owner, withOids, deps, offset.flag(), offset.position(), null);
        }
        String fileName = in.readStr();
        return new ArchiveEntry(dumpId, hadDumper, tableoid, oid, tag, desc, section, defn, dropStmt, copyStmt, namespace,
                tablespace, tableam, relkind, owner, withOids, deps, 0, 0, fileName == null ? "" : fileName);
    }

    /** Receives the data blocks of a custom archive in file order. */
    interface BlockVisitor {
        void startBlock(long position, int type, int dumpId) throws IOException;

        /** The bytes of one chunk (compressed when the archive is). In a BLOBS block, {@code blob} is the large object's OID. */
        void chunk(int blob, byte[] buffer, int length) throws IOException;

        void endBlock() throws IOException;
    }

    /** Walks every data block from the current position to the end of the file ({@code pg-archive-format.md} §4.2). */
    static void readBlocks(ArchiveInput in, BlockVisitor visitor) throws IOException {
        byte[] buffer = new byte[4096];
        for (long position = in.position(); ; position = in.position()) {
            int type = in.readByteOrEnd();
            if (type < 0) {
                return;
            }
            if (type != BLK_DATA && type != BLK_BLOBS) {
                throw in.corrupt("unrecognized data block type (" + type + ") at byte " + position);
            }
            int dumpId = in.readInt();
            visitor.startBlock(position, type, dumpId);
            if (type == BLK_DATA) {
                buffer = readChunks(in, visitor, 0, buffer);
            } else {
                for (int oid = in.readInt(); oid != 0; oid = in.readInt()) {
                    buffer = readChunks(in, visitor, oid, buffer);
                }
            }
            visitor.endBlock();
        }
    }

    private static byte[] readChunks(ArchiveInput in, BlockVisitor visitor, int blob, byte[] buffer) throws IOException {
        for (long at = in.position(), len = in.readInt(); len != 0; at = in.position(), len = in.readInt()) {
            if (len < 0) {
                throw in.corrupt("negative chunk length " + len + " at byte " + at);
            }
            if (len > buffer.length) {
                buffer = new byte[(int) len];
            }
            in.readFully(buffer, 0, (int) len);
            visitor.chunk(blob, buffer, (int) len);
        }
        return buffer;
    }
}
