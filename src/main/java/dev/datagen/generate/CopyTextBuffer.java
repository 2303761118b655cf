package dev.datagen.generate;

import java.util.Arrays;

/**
 * Rows in PostgreSQL's COPY text format, encoded straight to UTF-8 bytes: TAB between columns, LF
 * after each row, {@code \N} for NULL, and backslash, TAB, LF, CR, backspace, form feed and vertical
 * tab escaped. A value that reads {@code \.} becomes {@code \\.} through the backslash rule.
 */
public final class CopyTextBuffer implements ValueOut {
    private byte[] buf;
    private int len;
    private boolean rowStarted;

    public CopyTextBuffer(int initialCapacity) {
        buf = new byte[Math.max(64, initialCapacity)];
    }

    public void reset() {
        len = 0;
        rowStarted = false;
    }

    public byte[] bytes() {
        return buf;
    }

    public int length() {
        return len;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    public void endRow() {
        put((byte) '\n');
        rowStarted = false;
    }

    private void separator() {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    @Override
    public void nul() {
        separator();
        ensure(2);
        buf[len++] = '\\';
        buf[len++] = 'N';
    }

    @Override
    public void raw(CharSequence token) {
        separator();
        int n = token.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) token.charAt(i);
        }
    }

    @Override
    public void raw(long number) {
        separator();
        ensure(20);
        if (number == Long.MIN_VALUE) {
            for (char c : Long.toString(number).toCharArray()) {
                buf[len++] = (byte) c;
            }
            return;
        }
        if (number < 0) {
            buf[len++] = '-';
            number = -number;
        }
        int start = len;
        do {
            buf[len++] = (byte) ('0' + number % 10);
            number /= 10;
        } while (number != 0);
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    @Override
    public void text(CharSequence value) {
        separator();
        int n = value.length();
        ensure(n * 3 + 8);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escape('\\');
                    case '\t' -> escape('t');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    case '\b' -> escape('b');
                    case '\f' -> escape('f');
                    case 0x0B -> escape('v');
                    default -> buf[len++] = (byte) c;
                }
            } else if (c < 0x800) {
                buf[len++] = (byte) (0xC0 | (c >> 6));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                ensure(n * 3 + 8 - i);
                buf[len++] = (byte) (0xF0 | (cp >> 18));
                buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                buf[len++] = (byte) (0xE0 | (c >> 12));
                buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void escape(char code) {
        ensure(2);
        buf[len++] = '\\';
        buf[len++] = (byte) code;
    }

    private void put(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }
}
