package dev.datagen.dump.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.Pg15Sample;
import dev.datagen.dump.TocEntry;
import dev.datagen.dump.archive.ArchiveHeaderInfo.StructTm;
import dev.datagen.support.Dumps;
import dev.datagen.support.PgRestoreList;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The archive reader and the pg_restore -l listing, against real pg_dump 15 archives and real pg_restore. */
class ArchiveReaderTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    @TempDir
    Path dir;

    static Path sample(String name) {
        try {
            return Path.of(ArchiveReaderTest.class.getResource(Pg15Sample.DIR + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each .list.txt is what pg_restore 15.18 -l printed for that sample with TZ=UTC. */
    @ParameterizedTest
    @ValueSource(strings = {"sample.Fc.dump", "sample.Fc-Z0.dump", "sample.Fc-Z0-stdout.dump", "sample-inserts.Fc-Z0.dump",
            "sample.Fd", "sample.Fd-Z0", "sample.tar"})
    void listsPgDumpsArchivesExactlyAsPgRestoreDoes(String name) throws IOException {
        String expected = new String(Pg15Sample.resource(name.equals("sample.Fc.dump") ? "sample.Fc.list.txt" : name + ".list.txt"),
                StandardCharsets.UTF_8);
        assertThat(TocListing.format(ArchiveReader.readToc(sample(name)), UTC)).isEqualTo(expected);
    }

    @Test
    void readsEveryFieldAsTheIndependentParserDid() throws IOException {
        List<TocEntry> expected = Pg15Sample.content().entries();
        ArchiveToc toc = ArchiveReader.readToc(sample("sample.Fc-Z0.dump"));
        assertThat(toc.kind()).isEqualTo(ArchiveToc.Kind.CUSTOM);
        assertThat(toc.header().databaseName()).isEqualTo("sample");
        assertThat(toc.header().createdAt()).isEqualTo(new StructTm(58, 18, 11, 21, 10, 126, 0));
        assertThat(toc.entries()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            TocEntry e = expected.get(i);
            ArchiveEntry a = toc.entries().get(i);
            assertThat(List.of(a.dumpId(), a.hadDumper(), a.tableoid(), a.oid(), a.tag(), a.desc(), a.section()))
                    .isEqualTo(List.of(e.dumpId(), e.hasData(), e.tableoid(), e.oid(), e.tag(), e.desc(), e.section().code));
            assertThat(Arrays.asList(a.defn(), a.dropStmt(), a.copyStmt(), a.namespace(), a.tablespace(), a.tableam(), a.owner()))
                    .isEqualTo(Arrays.asList(e.defn(), e.dropStmt(), e.copyStmt(), e.namespace(), e.tablespace(), e.tableam(), e.owner()));
            assertThat(a.dependencies()).isEqualTo(e.dependencies().stream().map(String::valueOf).toList());
        }
        assertThat(toc.entries()).filteredOn(ArchiveEntry::hadDumper).extracting(ArchiveEntry::offsetFlag).containsOnly(2);
    }

    @Test
    void ourArchivesListExactlyAsPgRestoreListsThem() throws IOException {
        Path seekable = dir.resolve("fidelity.dump");
        Dumps.write("fidelity.json", DumpFormat.CUSTOM, -1, 3, 2, seekable);
        Path streamed = Files.write(dir.resolve("streamed.dump"), Dumps.bytes("alltypes.json", DumpFormat.CUSTOM, 0, 3, 1));
        for (Path archive : List.of(seekable, streamed)) {
            assertThat(TocListing.format(ArchiveReader.readToc(archive), UTC)).isEqualTo(PgRestoreList.of(archive));
        }
    }

    @Test
    void creationTimeIsPrintedLikeMktimeAndLocaltime() {
        // stored as local time with isdst 0: in a zone on summer time mktime reads it as winter time
        assertThat(TocListing.createdAt(new StructTm(5, 4, 12, 1, 6, 126, 0), ZoneId.of("Europe/Berlin"))).isEqualTo("2026-07-01 13:04:05 CEST");
        assertThat(TocListing.createdAt(new StructTm(5, 4, 12, 1, 6, 126, 1), ZoneId.of("Europe/Berlin"))).isEqualTo("2026-07-01 12:04:05 CEST");
        assertThat(TocListing.createdAt(new StructTm(5, 4, 3, 21, 10, 126, 0), ZoneId.of("Europe/Berlin"))).isEqualTo("2026-11-21 03:04:05 CET");
        // out-of-range fields are normalised, as mktime does
        assertThat(TocListing.createdAt(new StructTm(0, 0, 0, 32, 11, 125, 0), UTC)).isEqualTo("2026-01-01 00:00:00 UTC");
    }

    @Test
    void recognisesFormatsAndRefusesWhatIsNoArchive() throws IOException {
        assertThat(ArchiveReader.readToc(sample("sample.Fd")).kind()).isEqualTo(ArchiveToc.Kind.DIRECTORY);
        assertThat(ArchiveReader.readToc(sample("sample.tar")).kind()).isEqualTo(ArchiveToc.Kind.TAR);
        Path script = Files.write(dir.resolve("x.sql"), Pg15Sample.resource("sample.sql"));
        assertThatThrownBy(() -> ArchiveReader.readToc(script)).isInstanceOf(ArchiveFormatException.class)
                .hasMessage(script + ": input file appears to be a text format dump (plain SQL); use psql to restore it");
        Path junk = Files.writeString(dir.resolve("junk"), "hello, this is not an archive at all");
        assertThatThrownBy(() -> ArchiveReader.readToc(junk)).hasMessage(junk + ": input file does not appear to be a valid archive");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> ArchiveReader.readToc(empty))
                .hasMessage("directory \"" + empty + "\" does not appear to be a valid archive (\"toc.dat\" does not exist)");
        byte[] newer = Pg15Sample.resource("sample.Fc.dump");
        newer[6] = 17;
        Path future = Files.write(dir.resolve("future.dump"), newer);
        assertThatThrownBy(() -> ArchiveReader.readToc(future)).hasMessage(future + ": unsupported version (1.17) in file header");
    }

    @Test
    void readsTheNewerArchiveVersions() throws IOException {
        for (ArchiveVersion v : ArchiveVersion.values()) {
            Path file = dir.resolve("v" + v.minor + ".dump");
            DumpContent content = Pg15Sample.content();
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
                new CustomArchiveWriter(-1, v, CustomArchiveWriter.DEFAULT_CHUNK_SIZE).write(content, channel);
            }
            ArchiveToc toc = ArchiveReader.readToc(file);
            assertThat(toc.header().minor()).isEqualTo(v.minor);
            assertThat(toc.header().compressionLabel()).isEqualTo(v == ArchiveVersion.V1_14 ? "-1" : "gzip");
            assertThat(toc.entries()).extracting(ArchiveEntry::relkind).contains(v.hasRelkind() ? (int) 'r' : 0);
            assertThat(ArchiveVerifier.verify(file).problems()).isEmpty();
        }
    }
}
