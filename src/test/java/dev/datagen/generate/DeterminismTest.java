package dev.datagen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpFormat;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.plan.TablePlan;
import dev.datagen.schema.Schema;
import dev.datagen.support.Dumps;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * Tables of 20,000 rows and more: many 2048-row chunks generated in parallel, and table data of
     * several 1 MB compression segments, so -j 3 really runs chunks and segments side by side. Custom
     * archives (gzip by default) and directory archives, byte for byte.
     */
    @ParameterizedTest(name = "{0} ×{1}")
    @CsvSource({"semantic.json, 34", "generators.json, 40"})
    void largeTablesAreTheSameWhateverTheWorkers(String resource, int factor, @TempDir Path dir) throws IOException {
        Schema schema = Dumps.scaled(resource, factor);
        for (DumpFormat format : List.of(DumpFormat.CUSTOM, DumpFormat.DIRECTORY)) {
            Path one = dir.resolve(format + "-1");
            Path three = dir.resolve(format + "-3");
            SchemaPlan plan = Dumps.write(schema, format, -1, 42, 1, one);
            Dumps.write(schema, format, -1, 42, 3, three);
            assertThat(plan.tables().stream().mapToLong(TablePlan::rowCount).max().orElseThrow()).isGreaterThanOrEqualTo(20_000);
            Map<String, byte[]> first = files(one);
            Map<String, byte[]> second = files(three);
            assertThat(second.keySet()).as("%s", format).isEqualTo(first.keySet());
            first.forEach((name, bytes) -> assertThat(second.get(name)).as("%s %s", format, name).isEqualTo(bytes));
            if (format == DumpFormat.DIRECTORY) {
                assertThat(largestTableData(first)).isGreaterThan(3L << 20);
            }
        }
    }

    /** A file's bytes, or every file of a directory archive by name. */
    private static Map<String, byte[]> files(Path output) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(output)) {
            files.put("archive", Files.readAllBytes(output));
            return files;
        }
        try (Stream<Path> entries = Files.list(output)) {
            for (Path p : entries.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** The most bytes of COPY text in one of a directory archive's gzip-compressed table files. */
    private static long largestTableData(Map<String, byte[]> files) throws IOException {
        long largest = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().endsWith(".dat.gz")) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(f.getValue()))) {
                    largest = Math.max(largest, in.transferTo(OutputStream.nullOutputStream()));
                }
            }
        }
        return largest;
    }

    @Test
    void differentSeedsGiveDifferentData() {
        byte[] a = Dumps.bytes("blog.json", DumpFormat.PLAIN, 0, 1, 1);
        byte[] b = Dumps.bytes("blog.json", DumpFormat.PLAIN, 0, 2, 1);
        assertThat(b).isNotEqualTo(a);
        assertThat(b.length).isCloseTo(a.length, org.assertj.core.data.Percentage.withPercentage(10));
    }
}
