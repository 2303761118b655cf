package dev.datagen.generate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datagen.support.Dumps;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A generator that throws fails the table the same way with one worker or several: table, row and the generator's message. */
class TableRowWriterFailureTest {
    private static final GenerationSettings SETTINGS = GenerationSettings.of(1, Dumps.NOW, Locale.US);

    @ParameterizedTest(name = "-j {0}")
    @ValueSource(ints = {1, 2, 3})
    void aThrowingGeneratorFailsAlikeForAnyNumberOfWorkers(int jobs) {
        ColumnGenerator fine = (row, out) -> out.raw(row.row());
        ColumnGenerator broken = (row, out) -> {
            if (row.row() == 4999) {
                throw new IllegalStateException("no value for row 4999");
            }
            out.raw(1);
        };
        TableKeys table = new TableKeys(0, "public.orders", 7, 10_000);
        ExecutorService pool = jobs > 1 ? Executors.newFixedThreadPool(jobs) : null;
        try {
            TableRowWriter writer = new TableRowWriter(table, new ColumnGenerator[] {fine, broken}, SETTINGS, 1, pool, jobs);
            assertThatThrownBy(() -> writer.writeCopy(new ByteArrayOutputStream()))
                    .isExactlyInstanceOf(GenerationException.class)
                    .hasMessage("generating row 5000 of table public.orders failed: no value for row 4999")
                    .hasCauseExactlyInstanceOf(IllegalStateException.class);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aFailureWithoutMessageNamesItsKind() {
        ColumnGenerator broken = (row, out) -> out.text(((String) null).trim());
        TableRowWriter writer = new TableRowWriter(new TableKeys(0, "t", 7, 3), new ColumnGenerator[] {broken}, SETTINGS, 1, null, 1);
        assertThatThrownBy(() -> writer.writeCopy(new ByteArrayOutputStream()))
                .hasMessageStartingWith("generating row 1 of table t failed: ");
    }
}
