package dev.datagen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datagen.dump.DumpFormat;
import dev.datagen.support.Dumps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate --verify's last step on a sound and on a damaged dump. */
class OutputVerificationTest {
    @TempDir
    Path dir;

    @Test
    void aSoundDumpIsReportedAndKept() throws Exception {
        Path dump = dir.resolve("blog.dump");
        Dumps.write("blog.json", DumpFormat.CUSTOM, -1, 1, 1, dump);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputVerification.verify(dump, new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("datagen: verified " + dump + ": ");
        assertThat(dump).exists();
    }

    @Test
    void aDamagedDumpFailsAndIsKeptAsideForDiagnosis() throws IOException {
        Path dump = dir.resolve("blog.dump");
        Dumps.write("blog.json", DumpFormat.CUSTOM, -1, 1, 1, dump);
        byte[] b = Files.readAllBytes(dump);
        Files.write(dump, Arrays.copyOf(b, b.length - 1));
        assertThatThrownBy(() -> OutputVerification.verify(dump, new PrintStream(new ByteArrayOutputStream()), true))
                .isInstanceOf(OutputVerification.FailedException.class)
                .hasMessage(dump + " is not a sound dump (1 problem):\n  " + dump + ": unexpected end of file at byte " + (b.length - 1)
                        + " (truncated archive?)\n  the output was kept as " + dump + ".invalid for diagnosis");
        assertThat(dump).doesNotExist();
        assertThat(dir.resolve("blog.dump.invalid")).hasSize(b.length - 1);
    }

    @Test
    void aDeviceThatFailsIsNeverMovedAside() {
        Path device = Path.of("/dev/null");
        assertThatThrownBy(() -> OutputVerification.verify(device, new PrintStream(new ByteArrayOutputStream()), true))
                .isInstanceOf(OutputVerification.FailedException.class)
                .hasMessage("/dev/null is not a sound dump (1 problem):\n  /dev/null: input file is too short (read 0, expected 5)"
                        + "\n  /dev/null is not a regular file or directory, so it was left as it is");
        assertThat(Files.exists(device)).isTrue();
        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(Path.of("/dev/null.invalid")).doesNotExist();
    }

    @Test
    void onlyRegularFilesDirectoriesAndNewNamesCanBeReadBack() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(OutputVerification.canReadBack(fifo)).isFalse();
        assertThat(OutputVerification.canReadBack(Path.of("/dev/null"))).isFalse();
        assertThat(OutputVerification.canReadBack(dir)).isTrue();
        assertThat(OutputVerification.canReadBack(dir.resolve("new.dump"))).isTrue();
        assertThat(OutputVerification.canReadBack(Files.writeString(dir.resolve("old.dump"), "x"))).isTrue();
    }
}
