package dev.datagen.dump.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A minimal, independent reader of 1.14 and 1.15 custom archives for tests: decodes the header fields
 * the tests look at, every TOC entry's data offset, and the data blocks with their chunks. In 1.15 the
 * compression field is the algorithm byte (0 none, 1 gzip, 2 lz4, 3 zstd).
 */
final class ArchiveTestReader {

    record Entry(int dumpId, boolean hadDumper, String desc, String copyStmt, int offsetFlag, long offset) {
    }

    record Block(long position, int dumpId, List<byte[]> chunks) {
        byte[] joined() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            chunks.forEach(out::writeBytes);
            return out.toByteArray();
        }

        /** Decodes the block as exactly one zlib stream that ends exactly at the last chunk byte. */
        byte[] inflated() throws DataFormatException {
            byte[] in = joined();
            Inflater inflater = new Inflater(false);
            inflater.setInput(in);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated zlib stream in block " + dumpId);
                }
                out.write(buf, 0, n);
            }
            if (inflater.getRemaining() != 0) {
                throw new DataFormatException(inflater.getRemaining() + " bytes after the zlib stream");
            }
            inflater.end();
            return out.toByteArray();
        }
    }

    final int compression;
    final int minorVersion;
    final List<Entry> entries = new ArrayList<>();
    final Map<Integer, Block> blocks = new LinkedHashMap<>();
    private final byte[] b;
    private int pos;

    ArchiveTestReader(byte[] archive) {
        this.b = archive;
        expect(new String(b, 0, 5, StandardCharsets.US_ASCII).equals("PGDMP"), "magic");
        minorVersion = b[6];
        expect(b[5] == 1 && (minorVersion == 14 || minorVersion == 15) && b[7] == 0, "version 1.14.0 or 1.15.0");
        expect(b[8] == 4 && b[9] == 8 && b[10] == 1, "intSize/offSize/format");
        pos = 11;
        compression = minorVersion >= 15 ? b[pos++] : readInt();
        for (int i = 0; i < 7; i++) {
            readInt();
        }
        readStr();
        readStr();
        readStr();
        int count = readInt();
        for (int i = 0; i < count; i++) {
            int dumpId = readInt();
            boolean hadDumper = readInt() == 1;
            readStr();
            readStr();
            readStr();
            String desc = readStr();
            readInt();
            readStr(); // defn
            readStr(); // dropStmt
            String copyStmt = readStr();
            for (int s = 0; s < 4; s++) { // namespace, tablespace, tableam, owner
                readStr();
            }
            expect("false".equals(readStr()), "withOids");
            while (readStr() != null) {
                // dependencies
            }
            int flag = b[pos++];
            long offset = 0;
            for (int k = 0; k < 8; k++) {
                offset |= (long) (b[pos++] & 0xff) << (8 * k);
            }
            entries.add(new Entry(dumpId, hadDumper, desc, copyStmt, flag, offset));
        }
        while (pos < b.length) {
            long start = pos;
            expect(b[pos++] == 1, "block type 1 at " + start);
            int dumpId = readInt();
            List<byte[]> chunks = new ArrayList<>();
            for (int len = readInt(); len != 0; len = readInt()) {
                byte[] chunk = new byte[len];
                System.arraycopy(b, pos, chunk, 0, len);
                pos += len;
                chunks.add(chunk);
            }
            blocks.put(dumpId, new Block(start, dumpId, chunks));
        }
    }

    private int readInt() {
        int magnitude = (b[pos + 1] & 0xff) | (b[pos + 2] & 0xff) << 8 | (b[pos + 3] & 0xff) << 16 | (b[pos + 4] & 0xff) << 24;
        int value = b[pos] != 0 ? -magnitude : magnitude;
        pos += 5;
        return value;
    }

    private String readStr() {
        int len = readInt();
        if (len < 0) {
            return null;
        }
        String s = new String(b, pos, len, StandardCharsets.UTF_8);
        pos += len;
        return s;
    }

    private static void expect(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("bad archive: " + what);
        }
    }
}
