package dev.datagen.dump.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads pg_dump's archive primitives ({@code pg-archive-format.md} §1) from a stream, counting the
 * position. Int and Offset widths come from the header (pg_restore accepts any intSize up to 32; the
 * bytes beyond what a Java int/long holds must then be zero).
 */
final class ArchiveInput {
    private final InputStream in;
    private final String name;
    private long position;
    private int intSize = ArchiveOutput.INT_BYTES;
    private int offSize = ArchiveOutput.OFFSET_BYTES;

    ArchiveInput(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    void sizes(int intSize, int offSize) {
        this.intSize = intSize;
        this.offSize = offSize;
    }

    long position() {
        return position;
    }

    String name() {
        return name;
    }

    /** The next byte, or -1 at the end of the input. */
    int readByteOrEnd() throws IOException {
        int b = in.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    int readByte() throws IOException {
        int b = readByteOrEnd();
        if (b < 0) {
            throw truncated();
        }
        return b;
    }

    void readFully(byte[] buffer, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            int n = in.read(buffer, off + done, len - done);
            if (n < 0) {
                throw truncated();
            }
            done += n;
            position += n;
        }
    }

    /** ReadInt: sign byte, then intSize little-endian magnitude bytes. */
    int readInt() throws IOException {
        long start = position;
        boolean negative = readByte() != 0;
        long magnitude = 0;
        for (int i = 0; i < intSize; i++) {
            long b = readByte();
            if (i < 4) {
                magnitude |= b << (8 * i);
            } else if (b != 0) {
                throw corrupt("integer at byte " + start + " does not fit in 32 bits");
            }
        }
        if (magnitude > Integer.MAX_VALUE) {
            throw corrupt("integer at byte " + start + " does not fit in 32 bits");
        }
        return negative ? (int) -magnitude : (int) magnitude;
    }

    /** ReadStr: Int length then that many UTF-8 bytes; length -1 is NULL. */
    String readStr() throws IOException {
        long start = position;
        int len = readInt();
        if (len < 0) {
            if (len != -1) {
                throw corrupt("string length " + len + " at byte " + start);
            }
            return null;
        }
        byte[] bytes = new byte[len];
        readFully(bytes, 0, len);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The flag byte and position of an Offset (custom format only). */
    record Offset(int flag, long position) {
    }

    Offset readOffset() throws IOException {
        long start = position;
        int flag = readByte();
        long pos = 0;
        for (int i = 0; i < offSize; i++) {
            long b = readByte();
            if (i < 8) {
                pos |= b << (8 * i);
            } else if (b != 0) {
                throw corrupt("data offset at byte " + start + " does not fit in 64 bits");
            }
        }
        return new Offset(flag, pos);
    }

    void skipFully(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw truncated();
                }
                skipped = 1;
            }
            left -= skipped;
        }
        position += n;
    }

    ArchiveFormatException corrupt(String what) {
        return new ArchiveFormatException(name + ": " + what);
    }

    private ArchiveFormatException truncated() {
        return new ArchiveFormatException(name + ": unexpected end of file at byte " + position + " (truncated archive?)");
    }

}
