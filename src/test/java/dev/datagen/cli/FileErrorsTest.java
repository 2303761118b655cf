package dev.datagen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Failure texts say whether a file was being read or written (tests run as root, so no real permission errors). */
class FileErrorsTest {

    @Test
    void aFileSystemFailureNamesTheFileTheVerbAndTheReason() {
        AccessDeniedException denied = new AccessDeniedException("/data/blog.dump");
        assertThat(FileErrors.describe(denied, "read")).isEqualTo("cannot read /data/blog.dump: permission denied");
        assertThat(FileErrors.describe(new UncheckedIOException(denied), "write")).isEqualTo("cannot write /data/blog.dump: permission denied");
        assertThat(FileErrors.describe(new NoSuchFileException("/x/y"), "read back")).isEqualTo("cannot read back /x/y: no such file or directory");
    }

    @Test
    void aFailureThatNamesNoFileIsGivenTheFileBeingWorkedOn() {
        Path dump = Path.of("/data/blog.dump");
        assertThat(FileErrors.describe(new IOException("Is a directory"), "read", dump)).isEqualTo("cannot read /data/blog.dump: Is a directory");
        assertThat(FileErrors.describe(new AccessDeniedException("/data/blog.dump/toc.dat"), "read", dump))
                .isEqualTo("cannot read /data/blog.dump/toc.dat: permission denied");
        assertThat(FileErrors.describe(new IOException((String) null), "write")).isEqualTo("IOException");
    }
}
