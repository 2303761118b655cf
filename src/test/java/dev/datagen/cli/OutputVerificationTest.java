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
}
