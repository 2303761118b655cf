package dev.datagen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run ended by SIGTERM (as by Ctrl-C or a CI timeout) leaves none of its temporary files behind. */
class InterruptedRunTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"custom", "plain", "directory", "tar"})
    void aTerminatedRunLeavesNothingBehind(String format) throws Exception {
        Path schema = Files.writeString(dir.resolve("s.json"), """
                {"version": "1.0", "seed": 1, "tables": {"t": {"row_count": 50000000,
                  "columns": [{"name": "id", "type": "serial"}, {"name": "note", "type": "text"}]}}}
                """);
        Path out = dir.resolve("big.out");
        Process p = PlainLaunch.datagen("generate", schema.toString(), "-q", "-j", "1", "-F", format, "-o", out.toString()).start();
        try {
            // tar spools each table beside the output before the first member is written
            waitForTemporaryFile(p);
        } finally {
            p.destroy(); // SIGTERM
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended").isTrue();
        assertThat(p.exitValue()).as("killed, not finished").isEqualTo(128 + 15);
        assertThat(files()).containsExactly(schema);
    }

    /** Polls until the run has created its temporary file or directory beside the output. */
    private void waitForTemporaryFile(Process p) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (files().stream().noneMatch(f -> f.getFileName().toString().startsWith("."))) {
            assertThat(p.isAlive()).as("still running").isTrue();
            assertThat(System.nanoTime()).as("a temporary file appears").isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(200); // let it write into the file a little
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
