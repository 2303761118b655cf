package dev.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpFormat;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.support.Dumps;
import dev.datagen.support.Integrity;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated dumps restored by the real pg_restore/psql into a real PostgreSQL, without a single
 * error or warning; then the data is checked with SQL.
 */
class RestoreRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -Z {1} {2}")
    @CsvSource({"CUSTOM, -1, blog.json", "CUSTOM, 0, blog.json", "PLAIN, 0, blog.json",
            "CUSTOM, -1, alltypes.json", "CUSTOM, 0, alltypes.json", "PLAIN, 0, alltypes.json"})
    void dumpRestoresWithIntactData(DumpFormat format, int compression, String schema) {
        Path dump = dir.resolve(schema + (format == DumpFormat.PLAIN ? ".sql" : ".dump"));
        SchemaPlan plan = Dumps.write(schema, format, compression, 7, 2, dump);
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            (format == DumpFormat.PLAIN ? db.runScript(dump) : db.restore(dump)).assertClean();
            assertRowCountsAndIntegrity(db, plan);
        }
    }

    @Test
    void customArchiveRestoresWithParallelPgRestore() {
        Path dump = dir.resolve("alltypes.dump");
        SchemaPlan plan = Dumps.write("alltypes.json", DumpFormat.CUSTOM, -1, 11, 2, dump);
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.restore(dump, "--jobs=2").assertClean();
            assertRowCountsAndIntegrity(db, plan);
        }
    }

    @Test
    void insertAfterRestoreGetsAFreshId() {
        Path dump = dir.resolve("blog.dump");
        Dumps.write("blog.json", DumpFormat.CUSTOM, -1, 3, 1, dump);
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.restore(dump).assertClean();
            long id = db.queryLong("insert into public.users (username, email, created_at) "
                    + "values ('new', 'new@example.com', now()) returning id");
            assertThat(id).isEqualTo(101);
            long commentId = db.queryLong("insert into public.comments (post_id, body, created_at) values (1, 'x', now()) returning id");
            assertThat(commentId).isEqualTo(2001);
        }
    }

    @Test
    void dataLooksLikeWhatTheColumnNamesSay() {
        Path dump = dir.resolve("alltypes.dump");
        Dumps.write("alltypes.json", DumpFormat.CUSTOM, -1, 5, 1, dump);
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.restore(dump).assertClean();
            // one person behind the row: the (unique) e-mail is made of the first and last name and a number
            assertThat(db.queryLong("select count(*) from public.\"user\" where \"Email\" !~ '^[a-z._]+[0-9]+@[a-z0-9.-]+\\.[a-z]+$'")).isZero();
            assertThat(db.queryLong("select count(*) from public.\"user\" where position("
                    + "lower(regexp_replace(translate(last_name, 'áéíóúñüö''- ', 'aeiounuo'), '[^A-Za-z]', '', 'g')) in \"Email\") = 0")).isLessThan(5L);
            assertThat(db.queryLong("select count(*) from public.\"user\" where updated_at < created_at")).isZero();
            assertThat(db.queryLong("select count(*) from public.\"Everything\" where small <= 10 or small > 20 or amount not between 1 and 500")).isZero();
            assertThat(db.queryLong("select count(*) from public.\"Everything\" where positive <= 0")).isZero();
            assertThat(db.queryLong("select count(distinct feeling) from public.\"Everything\"")).isEqualTo(4);
            assertThat(db.queryLong("select count(*) from public.\"Everything\" where regular is null")).isBetween(20L, 90L);
        }
    }

    /** Exact row counts, zero orphaned foreign keys, and every key constraint in place. */
    static void assertRowCountsAndIntegrity(TestDatabase db, SchemaPlan plan) {
        Integrity.assertRowCountsAndIntegrity(db, plan);
    }
}
