package dev.datagen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.generate.GenerationSettings;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.TableKeys;
import dev.datagen.support.Dumps;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** per_parent by arithmetic: every parent gets between min and max children, for any consistent row count. */
class ParentRowsTest {
    @ParameterizedTest(name = "{0} parents, {1} children, {2}..{3}")
    @CsvSource({"100, 300, 1, 5", "101, 303, 1, 5", "1, 7, 0, 10", "7, 0, 0, 3", "10, 10, 1, 1", "9, 90, 10, 10",
            "1000, 1, 0, 2", "999, 2997, 3, 3", "50, 149, 0, 3", "3, 17, 5, 6"})
    void everyParentGetsBetweenMinAndMaxChildren(long parents, long children, long min, long max) {
        ParentRows rows = ParentRows.perParent(12345, parents, children, min, max);
        RowContext ctx = new RowContext(GenerationSettings.of(1, Dumps.NOW, Locale.US), 1);
        TableKeys table = new TableKeys(0, "child", 99, children);
        long[] count = new long[(int) parents];
        for (long r = 0; r < children; r++) {
            long p = rows.pick(ctx.at(table, r));
            assertThat(p).isBetween(0L, parents - 1);
            count[(int) p]++;
        }
        for (long c : count) {
            assertThat(c).isBetween(min, max);
        }
    }
}
