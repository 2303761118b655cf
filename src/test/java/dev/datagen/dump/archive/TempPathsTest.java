package dev.datagen.dump.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datagen.dump.DumpContent;
import dev.datagen.dump.TableData;
import dev.datagen.dump.TocEntry;
import dev.datagen.dump.Pg15Sample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry the shutdown hook cleans up from (the hook itself runs in InterruptedRunTest's child JVMs). */
class TempPathsTest {
    @TempDir
    Path dir;

    @Test
    void trackedFilesAndTreesAreDeletedAtShutdownForgottenOnesAreNot() throws IOException {
        Path partial = TempPaths.track(Files.writeString(dir.resolve(".a.dump.1.partial"), "half a dump"));
        Path tree = TempPaths.track(Files.createDirectories(dir.resolve(".a.dir.2")));
        Files.writeString(Files.createDirectories(tree.resolve("sub")).resolve("3.dat.gz"), "x");
        Path done = TempPaths.track(Files.writeString(dir.resolve("done.dump"), "renamed into place"));
        TempPaths.forget(done);
        assertThat(TempPaths.isTracked(partial)).isTrue();
        assertThat(TempPaths.isTracked(done)).isFalse();

        TempPaths.deleteTracked();

        assertThat(partial).doesNotExist();
        assertThat(tree).doesNotExist();
        assertThat(done).hasContent("renamed into place");
        assertThat(TempPaths.tracksAnythingUnder(dir)).isFalse();
    }

    @Test
    void directoryAndTarWritersForgetTheirTemporaryDirectoriesWhenDoneAndWhenFailed() throws IOException {
        Path target = dir.resolve("ok.dir");
        new DirectoryArchiveWriter(Compression.NONE, 1).write(Pg15Sample.content(), target);
        new TarArchiveWriter(1).write(Pg15Sample.content(), new ByteArrayOutputStream(), dir);
        assertThat(target.resolve("toc.dat")).isRegularFile();
        assertThat(TempPaths.tracksAnythingUnder(dir)).isFalse();

        assertThatThrownBy(() -> new DirectoryArchiveWriter(Compression.NONE, 1).write(failingPayloads(), dir.resolve("failed.dir")))
                .hasMessage("disk full");
        assertThatThrownBy(() -> new TarArchiveWriter(1).write(failingPayloads(), new ByteArrayOutputStream(), dir))
                .hasMessage("disk full");
        assertThat(TempPaths.tracksAnythingUnder(dir)).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    /** The sample's entries, each payload failing after its first row. */
    private static DumpContent failingPayloads() {
        DumpContent sample = Pg15Sample.content();
        TableData failing = out -> {
            out.write("1\tx\n".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("disk full");
        };
        List<TocEntry> entries = sample.entries().stream().map(e -> !e.hasData() ? e
                : new TocEntry(e.dumpId(), e.tableoid(), e.oid(), e.tag(), e.desc(), e.section(), e.defn(), e.dropStmt(), e.copyStmt(),
                        e.namespace(), e.tablespace(), e.tableam(), e.owner(), e.dependencies(), failing)).toList();
        return new DumpContent(sample.header(), entries);
    }
}
