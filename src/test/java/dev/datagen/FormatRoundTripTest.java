package dev.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.InsertStyle;
import dev.datagen.dump.archive.Compression;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.plan.TablePlan;
import dev.datagen.schema.Identifiers;
import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import dev.datagen.support.ToolResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every format pg_restore 15 and psql 15 read, with every compression they read, COPY and INSERT
 * payloads, restored serially and with {@code pg_restore -j 2} into a real PostgreSQL 15: no error or
 * warning, exact row counts, no orphaned foreign key. (lz4/zstd need pg_restore 16+: see
 * {@link NewerPgRestoreTest}.)
 */
class FormatRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "-F {0} -Z {1} {2}, pg_restore -j {3}")
    @CsvSource({
            "CUSTOM, none, copy, 2",
            "CUSTOM, gzip, inserts, 2",
            "CUSTOM, 1, column-inserts rows-per-insert=40, 1",
            "DIRECTORY, gzip, copy, 1",
            "DIRECTORY, gzip, copy, 2",
            "DIRECTORY, none, copy, 2",
            "DIRECTORY, 9, column-inserts, 2",
            "TAR, none, copy, 1",
            "TAR, none, rows-per-insert=25, 1",
            "PLAIN, none, copy, 1",
            "PLAIN, gzip, copy, 1",
            "PLAIN, none, inserts, 1",
            "PLAIN, none, column-inserts, 1",
            "PLAIN, none, column-inserts rows-per-insert=7, 1"})
    void restoresWithIntactData(DumpFormat format, String compress, String payload, int restoreJobs) throws IOException {
        Compression compression = Compression.parse(compress);
        Path dump = dir.resolve("alltypes." + format.pgName() + (compression.isCompressed() ? ".z" : ""));
        SchemaPlan plan = Dumps.write("alltypes.json", format, compression, insertStyle(payload), 13, 3, dump);
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            restore(db, format, compression, dump, restoreJobs).assertClean();
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, plan);
        }
    }

    /** INSERT literals must carry exactly the values COPY carries: every table's content compared. */
    @Test
    void insertsRestoreTheSameValuesAsCopy() throws IOException {
        Path copy = dir.resolve("copy.dump");
        Path inserts = dir.resolve("inserts.sql");
        SchemaPlan plan = Dumps.write("alltypes.json", DumpFormat.CUSTOM, null, null, 21, 2, copy);
        Dumps.write("alltypes.json", DumpFormat.PLAIN, null, new InsertStyle(false, 3), 21, 2, inserts);
        try (TestDatabase a = TestPostgres.get().createDatabase(); TestDatabase b = TestPostgres.get().createDatabase()) {
            a.restore(copy).assertClean();
            b.runScript(inserts).assertClean();
            Map<String, String> contentA = tableDigests(a, plan);
            assertThat(tableDigests(b, plan)).isEqualTo(contentA);
            assertThat(contentA).hasSize(plan.tables().size());
        }
    }

    static InsertStyle insertStyle(String payload) {
        if (payload.equals("copy")) {
            return null;
        }
        boolean columnNames = payload.contains("column-inserts");
        int rows = payload.contains("rows-per-insert=") ? Integer.parseInt(payload.replaceAll(".*rows-per-insert=(\\d+).*", "$1")) : 1;
        return new InsertStyle(columnNames, rows);
    }

    static ToolResult restore(TestDatabase db, DumpFormat format, Compression compression, Path dump, int jobs) throws IOException {
        if (format != DumpFormat.PLAIN) {
            return jobs > 1 ? db.restore(dump, "--jobs=" + jobs) : db.restore(dump);
        }
        Path script = dump;
        if (compression.isCompressed()) { // psql reads no gzip; a user would zcat first
            script = dump.resolveSibling(dump.getFileName() + ".sql");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
                Files.copy(in, script);
            }
        }
        return db.runScript(script);
    }

    /** md5 of each table's rows in a stable order. */
    static Map<String, String> tableDigests(TestDatabase db, SchemaPlan plan) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (TablePlan t : plan.tables()) {
            String table = Identifiers.qualified(t.schemaName, t.name);
            digests.put(table, db.query("select md5(coalesce(string_agg(r::text, E'\\n' order by r::text), '')) from " + table + " r")
                    .get(0).get(0));
        }
        return digests;
    }
}
