package dev.datagen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CopyTextBufferTest {
    @Test
    void escapesCopyTextLikeTheServer() {
        CopyTextBuffer b = new CopyTextBuffer(16);
        b.raw(42);
        b.text("tab\there");
        b.text("new\nline\r\\back");
        b.nul();
        b.text("\\.");
        b.text("ключ 😀");
        b.endRow();
        assertThat(new String(b.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("42\ttab\\there\tnew\\nline\\r\\\\back\t\\N\t\\\\.\tключ 😀\n");
    }

    @Test
    void negativeAndExtremeNumbers() {
        CopyTextBuffer b = new CopyTextBuffer(4);
        b.raw(-7);
        b.raw(0);
        b.raw(Long.MIN_VALUE);
        b.endRow();
        assertThat(new String(b.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("-7\t0\t-9223372036854775808\n");
    }

    /** Integers and exact decimals written straight as digits match Long.toString / BigDecimal.toPlainString. */
    @Test
    void numbersMatchTheJdkFormatting() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            long n = switch (i % 4) {
                case 0 -> random.nextInt(1000) - 500;
                case 1 -> random.nextLong();
                case 2 -> (long) Math.pow(10, random.nextInt(19)) - random.nextInt(2);
                default -> random.nextInt();
            };
            assertWritesLikeTheJdk(n, random.nextInt(5));
        }
    }

    private static void assertWritesLikeTheJdk(long n, int scale) {
        CopyTextBuffer b = new CopyTextBuffer(4);
        b.raw(n);
        b.decimal(n, scale);
        b.endRow();
        assertThat(new String(b.toByteArray(), StandardCharsets.US_ASCII))
                .isEqualTo(n + "\t" + java.math.BigDecimal.valueOf(n, scale).toPlainString() + "\n");
    }

    /** The int fast path of the digit writer hands over to long arithmetic exactly at the int boundary. */
    @Test
    void numbersAroundTheIntBoundary() {
        long[] values = {Integer.MAX_VALUE - 1L, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE,
            Integer.MIN_VALUE - 1L, 999_999_999L, 1_000_000_000L, 9_999_999_999L, 10_000_000_000L,
            Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE};
        for (long n : values) {
            for (int scale = 0; scale < 4; scale++) {
                assertWritesLikeTheJdk(n, scale);
            }
        }
        CopyTextBuffer b = new CopyTextBuffer(4);
        b.decimal(2_147_483_648L, 10);
        b.decimal(-5, 12);
        b.endRow();
        assertThat(new String(b.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("0.2147483648\t-0.000000000005\n");
    }

    /**
     * Text arrives as String or as a StringBuilder (also one holding UTF-16 after a non-Latin-1
     * append) or another CharSequence; each gives the same bytes: ASCII as is, escapes, 2-, 3- and
     * 4-byte UTF-8, and an unpaired surrogate as its 3-byte form, as before.
     */
    @Test
    void textBytesAreTheSameForEveryKindOfCharSequence() {
        String[] values = {"", "plain ascii", "a\\b\tc\nd\re\bf\fg\u000Bh", "\u0001\u0007\u000E\u001F\u007F",
            "café", "\u00FF\u0100\u07FF\u0800\uFFFF", "😀 x 😀", "lone \uD83D high", "lone \uDE00 low", "end \uD83D",
            "ASCII then ключ\t", "x".repeat(300) + "é".repeat(200) + "\\"};
        String[] expected = {"", "plain ascii", "a\\\\b\\tc\\nd\\re\\bf\\fg\\vh", "\u0001\u0007\u000E\u001F\u007F",
            "café", "\u00FF\u0100\u07FF\u0800\uFFFF", "😀 x 😀", "lone \uD83D high", "lone \uDE00 low", "end \uD83D",
            "ASCII then ключ\\t", "x".repeat(300) + "é".repeat(200) + "\\\\"};
        StringBuilder utf16 = new StringBuilder().append('я'); // stays UTF-16 after setLength(0), like the row scratch
        for (int i = 0; i < values.length; i++) {
            utf16.setLength(0);
            CharSequence[] forms = {values[i], new StringBuilder(values[i]), utf16.append(values[i]),
                java.nio.CharBuffer.wrap(values[i])};
            for (CharSequence form : forms) {
                CopyTextBuffer b = new CopyTextBuffer(4);
                b.text(form);
                b.endRow();
                assertThat(b.toByteArray()).as("%s as %s", values[i], form.getClass().getSimpleName())
                        .isEqualTo(utf8WithLoneSurrogates(expected[i] + "\n"));
            }
        }
    }

    @Test
    void rawTokensFromEveryKindOfCharSequence() {
        CopyTextBuffer b = new CopyTextBuffer(4);
        b.raw("true");
        b.raw(new StringBuilder("-12.50"));
        b.raw(java.nio.CharBuffer.wrap("NaN"));
        b.raw("");
        b.endRow();
        assertThat(new String(b.toByteArray(), StandardCharsets.US_ASCII)).isEqualTo("true\t-12.50\tNaN\t\n");
    }

    /** UTF-8 as CopyTextBuffer writes it: an unpaired surrogate becomes its own 3-byte sequence (the JDK writes '?'). */
    private static byte[] utf8WithLoneSurrogates(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        s.codePoints().forEach(cp -> {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) { // codePoints() yields lone ones as is
                out.write(0xE0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else {
                out.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
            }
        });
        return out.toByteArray();
    }
}
