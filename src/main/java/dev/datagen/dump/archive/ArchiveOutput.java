package dev.datagen.dump.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * pg_dump's archive primitives ({@code pg-archive-format.md} §1) over an {@link OutputStream}, counting
 * the bytes written so callers know absolute file positions without asking the target. Everything is
 * little-endian with intSize 4 and offSize 8, whatever the platform.
 */
public final class ArchiveOutput {

    /** Bytes of an Int: sign byte + 4 magnitude bytes. */
    public static final int INT_SIZE = 5;
    /** Bytes of an Offset: flag byte + 8 position bytes. */
    public static final int OFFSET_SIZE = 9;
    public static final int INT_BYTES = 4;
    public static final int OFFSET_BYTES = 8;

    private final OutputStream out;
    private final byte[] scratch = new byte[OFFSET_SIZE];
    private long position;

    /** @param startPosition the absolute position of the next byte written (0 at the start of a file) */
    public ArchiveOutput(OutputStream out, long startPosition) {
        this.out = out;
        this.position = startPosition;
    }

    public ArchiveOutput(OutputStream out) {
        this(out, 0);
    }

    /** Absolute position of the next byte. */
    public long position() {
        return position;
    }

    public void writeByte(int b) throws IOException {
        out.write(b);
        position++;
    }

    public void writeBytes(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        position += len;
    }

    public void writeBytes(byte[] b) throws IOException {
        writeBytes(b, 0, b.length);
    }

    /** WriteInt: sign byte (1 = negative) then |value| in 4 little-endian bytes. */
    public void writeInt(int value) throws IOException {
        if (value == Integer.MIN_VALUE) {
            // pg_restore accumulates into a C int: the magnitude 2^31 cannot be read back.
            throw new IllegalArgumentException("Int magnitude must stay below 2^31");
        }
        int magnitude = Math.abs(value);
        scratch[0] = (byte) (value < 0 ? 1 : 0);
        for (int i = 0; i < INT_BYTES; i++) {
            scratch[1 + i] = (byte) (magnitude >>> (8 * i));
        }
        writeBytes(scratch, 0, INT_SIZE);
    }

    /** WriteStr: Int UTF-8 byte length then the bytes; null is Int -1 and nothing else. */
    public void writeStr(String s) throws IOException {
        if (s == null) {
            writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        writeBytes(bytes);
    }

    /** WriteOffset: flag byte then the position in 8 little-endian bytes. */
    public void writeOffset(OffsetFlag flag, long pos) throws IOException {
        if (pos < 0) {
            throw new IllegalArgumentException("negative offset " + pos);
        }
        scratch[0] = (byte) flag.code;
        for (int i = 0; i < OFFSET_BYTES; i++) {
            scratch[1 + i] = (byte) (pos >>> (8 * i));
        }
        writeBytes(scratch, 0, OFFSET_SIZE);
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** Archive size of a Str: 5 bytes of length plus the UTF-8 bytes (5 for NULL). */
    public static int strSize(String s) {
        // Encode exactly as writeStr does, so lone surrogates ('?') are counted the same way.
        return s == null ? INT_SIZE : INT_SIZE + s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The flag byte of an Offset (K_OFFSET_* in pg_backup_archiver.h). */
    public enum OffsetFlag {
        /** Entry has data, position unknown (output was not seekable). */
        POS_NOT_SET(1),
        /** Entry has data at the given absolute position. */
        POS_SET(2),
        /** Entry has no data. */
        NO_DATA(3);

        public final int code;

        OffsetFlag(int code) {
            this.code = code;
        }
    }
}
