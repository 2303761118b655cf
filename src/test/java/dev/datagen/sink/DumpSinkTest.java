package dev.datagen.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.Pg15Sample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a finished dump ends up, and what is never touched. */
class DumpSinkTest {

    @TempDir
    Path dir;

    /** `-o /dev/null` must not replace the device with a file: a pipe stands in for it here. */
    @Test
    void aPipeIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        DumpSink sink = new DumpSink(DumpFormat.PLAIN, 0);
        sink.writeFile(Pg15Sample.content(), fifo);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        sink.writeStream(Pg15Sample.content(), expected);
        assertThat(received.get()).isEqualTo(expected.toByteArray());
        assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(fifo);
        }
    }

    @Test
    void aDirectoryIsNotAFileTarget() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out"));
        assertThatThrownBy(() -> new DumpSink(DumpFormat.CUSTOM, -1).writeFile(Pg15Sample.content(), target))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write " + target + ": it is a directory (only --format directory writes one)");
        assertThat(target).isEmptyDirectory();
    }
}
