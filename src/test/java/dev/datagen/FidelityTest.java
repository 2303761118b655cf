package dev.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.archive.ArchiveEntry;
import dev.datagen.dump.archive.ArchiveReader;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.support.Dumps;
import dev.datagen.support.PgRestoreList;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our archive against the real pg_dump's archive of the same database: restore ours, dump that
 * database with pg_dump -Fc, and compare entry by entry. fidelity.json has enums, a domain, a
 * composite type, arrays, jsonb, serial and bigserial, a composite primary key, unique constraints,
 * btree and gin indexes, table/column/extension comments, a circular foreign key, a second schema, a
 * standalone sequence and an extension.
 */
class FidelityTest {
    @TempDir
    Path dir;

    @Test
    void ourArchiveHasTheEntriesSectionsAndOrderOfPgDumpsArchiveOfTheSameDatabase() throws IOException {
        Path ours = dir.resolve("ours.dump");
        Dumps.write("fidelity.json", DumpFormat.CUSTOM, -1, 17, 2, ours);
        Path theirs = dir.resolve("theirs.dump");
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.restore(ours).assertClean();
            db.pgDump("-Fc", "-f", theirs.toString()).assertClean();
        }
        // every entry (also those pg_restore -l hides), with its section, in archive order
        assertThat(entries(ours)).isEqualTo(entries(theirs)).hasSize(45);
        // and what pg_restore -l shows, apart from dump IDs, OIDs, owners and where and when it was dumped
        assertThat(normalized(PgRestoreList.of(ours))).isEqualTo(normalized(PgRestoreList.of(theirs)));
    }

    @Test
    void pgRestoreCreateMakesTheDatabaseFromTheArchive() {
        Path ours = dir.resolve("ours.dump");
        SchemaPlan plan = Dumps.write("fidelity.json", DumpFormat.CUSTOM, -1, 17, 1, ours);
        try (TestDatabase maintenance = TestPostgres.get().createDatabase();
                TestDatabase created = TestPostgres.get().existingDatabase("fidelity")) {
            maintenance.restore(ours, "--create").assertClean();
            RestoreRoundTripTest.assertRowCountsAndIntegrity(created, plan);
        }
    }

    private static List<String> entries(Path archive) throws IOException {
        return ArchiveReader.readToc(archive).entries().stream().map(FidelityTest::describe).toList();
    }

    /** The database's name differs (we restored into a test database): its tag is left out. */
    private static String describe(ArchiveEntry e) {
        String tag = e.desc().equals("DATABASE") ? "" : e.tag();
        return e.section() + " " + e.desc() + " " + e.namespace() + " " + tag + (e.hadDumper() ? " (data)" : "");
    }

    /** Drops the lines that name the database, the time and the entry count; entries lose dump ID, OIDs and owner. */
    private static List<String> normalized(String listing) {
        return Arrays.stream(listing.split("\n"))
                .filter(l -> !l.startsWith("; Archive created at") && !l.startsWith(";     dbname:") && !l.startsWith(";     Dumped "))
                .map(l -> l.replaceFirst("^\\d+; \\d+ \\d+ ", "").replaceFirst("( postgres| )$", ""))
                .toList();
    }
}
