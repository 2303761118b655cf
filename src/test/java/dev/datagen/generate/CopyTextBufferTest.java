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
            int scale = random.nextInt(5);
            CopyTextBuffer b = new CopyTextBuffer(4);
            b.raw(n);
            b.decimal(n, scale);
            b.endRow();
            assertThat(new String(b.toByteArray(), StandardCharsets.US_ASCII))
                    .isEqualTo(n + "\t" + java.math.BigDecimal.valueOf(n, scale).toPlainString() + "\n");
        }
    }
}
