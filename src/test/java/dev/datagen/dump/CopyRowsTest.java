package dev.datagen.dump;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.generate.ProgressListener;
import dev.datagen.generate.TableKeys;
import dev.datagen.support.Dumps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Row ranges of a table's COPY payload: together exactly the whole payload's rows, and its progress. */
class CopyRowsTest {

    @Test
    void rangesTogetherAreTheWholePayloadWithoutItsTerminator() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            DumpBuilder builder = new DumpBuilder(Dumps.plan(Dumps.scaled("blog.json", 3), 4), pool, 2);
            Map<String, Long> finished = new ConcurrentHashMap<>();
            DumpContent content = builder.build();
            for (TocEntry e : content.entries().stream().filter(TocEntry::hasData).toList()) {
                CopyRows rows = (CopyRows) e.data();
                builder.reportingTo(ProgressListener.NONE);
                byte[] whole = bytes(rows);
                for (int parts : List.of(1, 2, 3, 7)) {
                    builder.reportingTo(counting(finished));
                    ByteArrayOutputStream joined = new ByteArrayOutputStream();
                    for (TableData range : rows.ranges(parts)) {
                        range.writeTo(joined);
                    }
                    joined.write("\\.\n\n\n".getBytes(StandardCharsets.US_ASCII));
                    assertThat(joined.toByteArray()).as("%s in %d ranges", e.tag(), parts).isEqualTo(whole);
                    assertThat(finished.remove(e.tag())).as("rows reported for %s", e.tag()).isEqualTo(rows.rows());
                }
                // the estimate is from the first rows, so within a few percent of the real size
                assertThat((double) rows.estimatedBytes()).isCloseTo(whole.length, org.assertj.core.data.Percentage.withPercentage(10));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] bytes(TableData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        data.writeTo(out);
        return out.toByteArray();
    }

    /** Records, per table, the last row count reported when the table finished; fails on counts going back. */
    private static ProgressListener counting(Map<String, Long> finished) {
        Map<String, Long> latest = new ConcurrentHashMap<>();
        return new ProgressListener() {
            @Override
            public synchronized void rowsWritten(TableKeys table, long rowsSoFar) {
                Long before = latest.put(table.name(), rowsSoFar);
                assertThat(rowsSoFar).isGreaterThanOrEqualTo(before == null ? 0 : before);
            }

            @Override
            public synchronized void tableFinished(TableKeys table) {
                assertThat(finished.put(table.name(), latest.get(table.name()))).isNull();
            }
        };
    }
}
