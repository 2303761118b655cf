package dev.datagen.dump.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a ustar archive strictly forward, as pg_restore does: 512-byte headers whose checksum must be
 * right (the sum of all bytes with the checksum field counted as spaces), the name in bytes 0-99, the
 * size in octal (or base-256) at 124, members padded to 512 bytes; all-zero blocks are skipped.
 */
final class TarReader {
    static final int BLOCK = 512;

    private final InputStream in;
    private final String archiveName;
    private long position;
    private long remaining;   // unread bytes of the current member
    private long padding;

    TarReader(InputStream in, String archiveName) {
        this.in = in;
        this.archiveName = archiveName;
    }

    /** A member header: its name, size and the archive position of its first content byte. */
    record Member(String name, long size, long position) {
    }

    /** True when {@code block} is a tar header pg_restore would accept as the first block of an archive. */
    static boolean isTarHeader(byte[] block) {
        if (block.length < BLOCK) {
            return false;
        }
        String magic = new String(block, 257, 8, StandardCharsets.US_ASCII);
        boolean ustar = magic.startsWith("ustar\0") || magic.equals("ustar  \0") || magic.equals("ustar00\0");
        return ustar && storedChecksum(block) == computedChecksum(block);
    }

    /** The next member's header (after skipping what is left of the current one), or null at the end. */
    Member next() throws IOException {
        skip(remaining + padding);
        remaining = 0;
        padding = 0;
        byte[] header = new byte[BLOCK];
        while (true) {
            long start = position;
            int n = in.readNBytes(header, 0, BLOCK);
            position += n;
            if (n == 0) {
                return null;
            }
            if (n < BLOCK) {
                throw new ArchiveFormatException(archiveName + ": incomplete tar header at byte " + start + " (truncated archive?)");
            }
            if (allZero(header)) {
                continue;
            }
            String name = cString(header, 0, 100);
            long stored = storedChecksum(header);
            long computed = computedChecksum(header);
            if (stored != computed) {
                throw new ArchiveFormatException(archiveName + ": corrupt tar header found in " + name + " (expected " + stored
                        + ", computed " + computed + ") file position " + start);
            }
            long size = size(header);
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            return new Member(name, size, position);
        }
    }

    /** The content of the current member, ending at its last byte; reading it is optional. */
    InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining == 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n < 0) {
                    throw new ArchiveFormatException(archiveName + ": unexpected end of file at byte " + position
                            + " inside a member (truncated archive?)");
                }
                remaining -= n;
                position += n;
                return n;
            }
        };
    }

    private void skip(long n) throws IOException {
        long skipped = in.skip(n);
        while (skipped < n) {
            if (in.read() < 0) {
                throw new ArchiveFormatException(archiveName + ": unexpected end of file at byte " + (position + skipped)
                        + " (truncated archive?)");
            }
            skipped++;
            long more = in.skip(n - skipped);
            skipped += Math.max(more, 0);
        }
        position += n;
    }

    private static long size(byte[] header) throws ArchiveFormatException {
        if ((header[124] & 0x80) != 0) {
            long v = 0;
            for (int i = 125; i < 136; i++) {
                v = (v << 8) | (header[i] & 0xff);
            }
            return v;
        }
        return octal(header, 124, 12);
    }

    private static long storedChecksum(byte[] header) {
        try {
            return octal(header, 148, 8);
        } catch (ArchiveFormatException e) {
            return -1;
        }
    }

    private static long computedChecksum(byte[] header) {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : header[i] & 0xff;
        }
        return sum;
    }

    private static long octal(byte[] b, int off, int len) throws ArchiveFormatException {
        long v = 0;
        boolean digits = false;
        for (int i = off; i < off + len; i++) {
            int c = b[i] & 0xff;
            if (c >= '0' && c <= '7') {
                v = v * 8 + (c - '0');
                digits = true;
            } else if (c == ' ' || c == 0) {
                if (digits) {
                    break;
                }
            } else {
                throw new ArchiveFormatException("bad octal number in tar header");
            }
        }
        return v;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
