package dev.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpFormat;
import dev.datagen.plan.ForeignKeyPlan;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.plan.TablePlan;
import dev.datagen.schema.Identifiers;
import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import java.nio.file.Path;
import java.util.stream.Collectors;
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
        for (TablePlan t : plan.tables()) {
            String table = q(t.schemaName) + "." + q(t.name);
            assertThat(db.queryLong("select count(*) from " + table)).as("rows of %s", table).isEqualTo(t.rowCount());
            for (ForeignKeyPlan fk : t.foreignKeys) {
                TablePlan p = fk.referencedTable();
                String join = java.util.stream.IntStream.range(0, fk.columns().size())
                        .mapToObj(i -> "p." + q(fk.referencedColumns().get(i)) + " = c." + q(fk.columns().get(i)))
                        .collect(Collectors.joining(" and "));
                String notNull = fk.columns().stream().map(c -> "c." + q(c) + " is not null").collect(Collectors.joining(" and "));
                long orphans = db.queryLong("select count(*) from " + table + " c where " + notNull + " and not exists (select 1 from "
                        + q(p.schemaName) + "." + q(p.name) + " p where " + join + ")");
                assertThat(orphans).as("orphans of %s", fk.name()).isZero();
            }
            long constraints = db.queryLong("select count(*) from pg_constraint where conrelid = '" + table.replace("'", "''")
                    + "'::regclass and contype in ('p','u','f')");
            assertThat(constraints).as("constraints of %s", table)
                    .isEqualTo((t.primaryKey == null ? 0 : 1) + t.uniqueConstraints.size() + t.foreignKeys.size());
        }
    }

    private static String q(String identifier) {
        return Identifiers.quote(identifier);
    }
}
