package dev.datagen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump written to standard output that cannot be delivered fails the run (exit 4, one line naming
 * standard output) instead of ending in exit 0 with a truncated dump. Runs datagen in a child JVM,
 * which owns its standard output.
 */
class StandardOutputFailureTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskUnderStandardOutputIsAnOutputFailure() throws Exception {
        Process p = PlainLaunch.datagen("generate", schema(1000).toString(), "-q", "-F", "plain").redirectOutput(new File("/dev/full")).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCodes.GENERATION_FAILED);
        assertThat(stderr(p)).isEqualTo("datagen: generation failed: cannot write standard output: No space left on device\n");
    }

    @Test
    void aReaderThatStopsReadingEndsTheRunWithAnOutputFailure() throws Exception {
        // far more than the pipe and our buffers hold, so the run is still writing when the reader goes
        Process p = PlainLaunch.datagen("generate", schema(2_000_000).toString(), "-q", "-F", "plain").start();
        try (InputStream out = p.getInputStream()) {
            assertThat(out.readNBytes(100)).hasSize(100); // like | head -c 100
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("stopped generating once the pipe closed").isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCodes.GENERATION_FAILED);
        assertThat(stderr(p)).isEqualTo("datagen: generation failed: cannot write standard output: Broken pipe\n");
    }

    private Path schema(long rows) throws IOException {
        return Files.writeString(dir.resolve("s.json"), """
                {"version": "1.0", "seed": 1, "tables": {"t": {"row_count": %d,
                  "columns": [{"name": "id", "type": "serial"}, {"name": "note", "type": "text"}]}}}
                """.formatted(rows));
    }

    private static String stderr(Process p) throws IOException {
        return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
