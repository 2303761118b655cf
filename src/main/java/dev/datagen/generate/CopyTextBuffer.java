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
        len = putDigits(number, len, digitCount(number));
    }

    /** {@code unscaled} / 10^scale with exactly {@code scale} fraction digits: 12345, 2 → 123.45; -5, 2 → -0.05. */
    @Override
    public void decimal(long unscaled, int scale) {
        if (scale == 0) {
            raw(unscaled);
            return;
        }
        if (unscaled == Long.MIN_VALUE) { // cannot be negated below
            ValueOut.super.decimal(unscaled, scale);
            return;
        }
        separator();
        ensure(22 + scale);
        if (unscaled < 0) {
            buf[len++] = '-';
            unscaled = -unscaled;
        }
        int digits = Math.max(digitCount(unscaled), scale + 1); // at least one digit before the point
        int end = putDigits(unscaled, len, digits);
        // shift the fraction digits right by one to open a slot for the point
        System.arraycopy(buf, end - scale, buf, end - scale + 1, scale);
        buf[end - scale] = '.';
        len = end + 1;
    }

    /** Writes {@code n} (≥ 0) as exactly {@code width} digits (zero-padded) at {@code at}; returns the end. */
    private int putDigits(long n, int at, int width) {
        int i = at + width;
        while (n >= 100) {
            int two = (int) (n % 100);
            n /= 100;
            buf[--i] = DIGIT_ONES[two];
            buf[--i] = DIGIT_TENS[two];
        }
        if (n >= 10) {
            buf[--i] = DIGIT_ONES[(int) n];
            buf[--i] = DIGIT_TENS[(int) n];
        } else if (i > at) {
            buf[--i] = (byte) ('0' + n);
        }
        while (i > at) {
            buf[--i] = '0';
        }
        return at + width;
    }

    private static int digitCount(long n) {
        long p = 10;
        for (int d = 1; d < 19; d++) {
            if (n < p) {
                return d;
            }
            p *= 10;
        }
        return 19;
    }

    private static final byte[] DIGIT_TENS = new byte[100];
    private static final byte[] DIGIT_ONES = new byte[100];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_TENS[i] = (byte) ('0' + i / 10);
            DIGIT_ONES[i] = (byte) ('0' + i % 10);
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
