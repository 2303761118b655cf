package dev.datagen.generate.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpFormat;
import dev.datagen.support.Dumps;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** sequential on dates and timestamps takes a duration as step, also on a unique column. */
class SequentialTimeTest {
    @Test
    void datesAndTimestampsStepByADuration() {
        String script = new String(Dumps.bytes("sequential-time.json", DumpFormat.PLAIN, 0, 1, 1), StandardCharsets.UTF_8);
        assertThat(script).contains("""
                COPY public.t (id, d, u) FROM stdin;
                1\t2024-01-01\t2025-12-31 21:45:00
                2\t2024-01-08\t2025-12-31 22:00:00
                """);
        // ten rows 15 minutes apart, the last one at the reference instant
        assertThat(script).contains("10\t2024-03-04\t2026-01-01 00:00:00\n");
    }
}
