package dev.datagen.generate;

import java.util.Arrays;

/**
 * Rows in PostgreSQL's COPY text format, encoded straight to UTF-8 bytes: TAB between columns, LF
 * after each row, {@code \N} for NULL, and backslash, TAB, LF, CR, backspace, form feed and vertical
 * tab escaped. A value that reads {@code \.} becomes {@code \\.} through the backslash rule.
 */
public final class CopyTextBuffer implements ValueOut {
    private byte[] buf;
    private char[] chars = new char[128];
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
        char[] c = charsOf(token, n);
        ensure(n);
        byte[] b = buf;
        int at = len;
        for (int i = 0; i < n; i++) {
            b[at++] = (byte) c[i];
        }
        len = at;
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
        if (n <= Integer.MAX_VALUE) {
            return putDigits((int) n, at, width);
        }
        int i = at + width;
        while (n > Integer.MAX_VALUE) { // long division only for the high digits
            int two = (int) (n % 100);
            n /= 100;
            buf[--i] = DIGIT_ONES[two];
            buf[--i] = DIGIT_TENS[two];
        }
        putDigits((int) n, at, i - at);
        return at + width;
    }

    /** {@link #putDigits(long, int, int)} in int arithmetic, for the usual values that fit an int. */
    private int putDigits(int n, int at, int width) {
        byte[] b = buf;
        int i = at + width;
        while (n >= 100) {
            int q = n / 100;
            int two = n - q * 100;
            n = q;
            b[--i] = DIGIT_ONES[two];
            b[--i] = DIGIT_TENS[two];
        }
        if (n >= 10) {
            b[--i] = DIGIT_ONES[n];
            b[--i] = DIGIT_TENS[n];
        } else if (i > at) {
            b[--i] = (byte) ('0' + n);
        }
        while (i > at) {
            b[--i] = '0';
        }
        return at + width;
    }

    private static int digitCount(long n) {
        if (n <= Integer.MAX_VALUE) {
            return digitCount((int) n);
        }
        long p = 10_000_000_000L; // 10^10: n > Integer.MAX_VALUE has at least 10 digits
        for (int d = 10; d < 19; d++) {
            if (n < p) {
                return d;
            }
            p *= 10;
        }
        return 19;
    }

    private static int digitCount(int n) {
        int p = 10;
        for (int d = 1; d < 10; d++) {
            if (n < p) {
                return d;
            }
            p *= 10;
        }
        return 10;
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
        char[] c = charsOf(value, n);
        ensure(n * 3); // the most any char takes: 3 UTF-8 bytes (an escape takes 2, a surrogate pair 4 for 2 chars)
        byte[] b = buf;
        int at = len;
        int i = 0;
        // plain ASCII, the usual case, is copied as is until the first char that needs more
        while (i < n) {
            char ch = c[i];
            if (ch >= 0x80 || ch == '\\' || ch <= 0x0D) {
                break;
            }
            b[at++] = (byte) ch;
            i++;
        }
        for (; i < n; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                switch (ch) {
                    case '\\' -> at = escape(b, at, '\\');
                    case '\t' -> at = escape(b, at, 't');
                    case '\n' -> at = escape(b, at, 'n');
                    case '\r' -> at = escape(b, at, 'r');
                    case '\b' -> at = escape(b, at, 'b');
                    case '\f' -> at = escape(b, at, 'f');
                    case 0x0B -> at = escape(b, at, 'v');
                    default -> b[at++] = (byte) ch;
                }
            } else if (ch < 0x800) {
                b[at++] = (byte) (0xC0 | (ch >> 6));
                b[at++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
                int cp = Character.toCodePoint(ch, c[++i]);
                b[at++] = (byte) (0xF0 | (cp >> 18));
                b[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[at++] = (byte) (0xE0 | (ch >> 12));
                b[at++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
        len = at;
    }

    private static int escape(byte[] b, int at, char code) {
        b[at] = '\\';
        b[at + 1] = (byte) code;
        return at + 2;
    }

    /**
     * The first {@code n} chars of {@code s} in a reused array. A bulk copy instead of charAt per
     * char: charAt through CharSequence is a megamorphic call, and on a StringBuilder that once held
     * a non-Latin-1 char (the reused row scratch) every call is a bounds-checked UTF-16 read.
     */
    private char[] charsOf(CharSequence s, int n) {
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        if (s instanceof String str) {
            str.getChars(0, n, chars, 0);
        } else if (s instanceof StringBuilder sb) {
            sb.getChars(0, n, chars, 0);
        } else {
            for (int i = 0; i < n; i++) {
                chars[i] = s.charAt(i);
            }
        }
        return chars;
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
