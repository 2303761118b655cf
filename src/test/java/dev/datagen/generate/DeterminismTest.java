package dev.datagen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpFormat;
import dev.datagen.support.Dumps;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Same seed ⇒ same bytes, whatever the number of workers; another seed ⇒ other data. */
class DeterminismTest {
    @Test
    void sameSeedGivesByteIdenticalArchives() {
        byte[] first = Dumps.bytes("alltypes.json", DumpFormat.CUSTOM, -1, 42, 1);
        byte[] second = Dumps.bytes("alltypes.json", DumpFormat.CUSTOM, -1, 42, 1);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void workerCountDoesNotChangeTheOutput() {
        byte[] oneWorker = Dumps.bytes("blog.json", DumpFormat.PLAIN, 0, 42, 1);
        byte[] threeWorkers = Dumps.bytes("blog.json", DumpFormat.PLAIN, 0, 42, 3);
        assertThat(threeWorkers).isEqualTo(oneWorker);
    }

    @Test
    void semanticColumnsAreTheSameWhateverTheWorkersAndLocale() {
        for (Locale locale : List.of(Locale.US, Locale.GERMANY, Locale.JAPAN)) {
            byte[] oneWorker = Dumps.bytes("semantic.json", locale, DumpFormat.PLAIN, 0, 42, 1);
            byte[] twoWorkers = Dumps.bytes("semantic.json", locale, DumpFormat.PLAIN, 0, 42, 2);
            assertThat(twoWorkers).as("%s", locale).isEqualTo(oneWorker);
            assertThat(Dumps.bytes("semantic.json", locale, DumpFormat.PLAIN, 0, 42, 1)).as("%s again", locale).isEqualTo(oneWorker);
        }
    }

    @Test
    void differentSeedsGiveDifferentData() {
        byte[] a = Dumps.bytes("blog.json", DumpFormat.PLAIN, 0, 1, 1);
        byte[] b = Dumps.bytes("blog.json", DumpFormat.PLAIN, 0, 2, 1);
        assertThat(b).isNotEqualTo(a);
        assertThat(b.length).isCloseTo(a.length, org.assertj.core.data.Percentage.withPercentage(10));
    }
}
