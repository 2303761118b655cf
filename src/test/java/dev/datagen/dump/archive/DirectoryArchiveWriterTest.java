package dev.datagen.dump.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datagen.dump.DumpContent;
import dev.datagen.dump.Pg15Sample;
import dev.datagen.dump.Section;
import dev.datagen.dump.TocEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory format against pg_dump 15's sample.Fd (gzip) and sample.Fd-Z0. */
class DirectoryArchiveWriterTest {

    @TempDir
    Path dir;

    @Test
    void gzipDirectoryMatchesPgDumpByteForByteInTocAndContentInDataFiles() throws IOException {
        Path target = dir.resolve("sample.Fd");
        new DirectoryArchiveWriter(Compression.GZIP, 2).write(Pg15Sample.content(), target);

        assertThat(fileNames(target)).containsExactly("3462.dat.gz", "3464.dat.gz", "3465.dat.gz", "toc.dat");
        assertThat(Files.readAllBytes(target.resolve("toc.dat"))).isEqualTo(Pg15Sample.resource("sample.Fd/toc.dat"));
        for (Map.Entry<Integer, byte[]> payload : Pg15Sample.payloads().entrySet()) {
            String name = payload.getKey() + ".dat.gz";
            assertThat(gunzip(Files.readAllBytes(target.resolve(name)))).as(name)
                    .isEqualTo(payload.getValue())
                    .isEqualTo(gunzip(Pg15Sample.resource("sample.Fd/" + name)));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rwx------");
    }

    @Test
    void uncompressedDirectoryIsByteIdenticalToPgDump() throws IOException {
        Path target = dir.resolve("sample.Fd-Z0");
        new DirectoryArchiveWriter(Compression.NONE, 1).write(Pg15Sample.content(), target);

        List<String> names = fileNames(target);
        assertThat(names).containsExactly("3462.dat", "3464.dat", "3465.dat", "toc.dat");
        for (String name : names) {
            assertThat(Files.readAllBytes(target.resolve(name))).as(name)
                    .isEqualTo(Pg15Sample.resource("sample.Fd-Z0/" + name));
        }
    }

    @Test
    void anExistingEmptyDirectoryIsFilledLikePgDumpDoes() throws IOException {
        Path target = Files.createDirectory(dir.resolve("empty"));
        new DirectoryArchiveWriter(Compression.NONE, 1).write(Pg15Sample.content(), target);
        assertThat(fileNames(target)).hasSize(4);
    }

    @Test
    void aNonEmptyDirectoryOrAFileIsRefusedAndLeftAlone() throws IOException {
        Path full = Files.createDirectory(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> new DirectoryArchiveWriter(Compression.NONE, 1).write(Pg15Sample.content(), full))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write directory archive " + full
                        + ": the directory exists and is not empty (pg_dump refuses it too); remove it or choose another");
        assertThat(fileNames(full)).containsExactly("keep.txt");

        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> new DirectoryArchiveWriter(Compression.NONE, 1).write(Pg15Sample.content(), file))
                .hasMessage("cannot write directory archive " + file + ": it exists and is not a directory");
        assertThat(fileNames(dir)).containsExactlyInAnyOrder("full", "file");
    }

    @Test
    void aFailingTableLeavesNothingBehind() throws IOException {
        List<TocEntry> entries = new java.util.ArrayList<>(Pg15Sample.content().entries());
        entries.add(new TocEntry(9999, "0", "0", "broken", "TABLE DATA", Section.DATA, null, null,
                "COPY public.broken (x) FROM stdin;\n", "public", null, null, "", List.of(), out -> {
                    throw new IOException("disk on fire");
                }));
        DumpContent content = new DumpContent(Pg15Sample.content().header(), entries);
        Path target = dir.resolve("out");
        assertThatThrownBy(() -> new DirectoryArchiveWriter(Compression.GZIP, 3).write(content, target))
                .hasMessage("disk on fire");
        assertThat(fileNames(dir)).isEmpty();
    }

    static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
