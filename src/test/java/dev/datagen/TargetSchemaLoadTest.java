package dev.datagen;

import static dev.datagen.TargetLoadTest.generate;
import static dev.datagen.TargetLoadTest.uri;
import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.cli.ExitCodes;
import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/** generate --target --target-schema: what the schema leaves unqualified goes into a schema of the load's own. */
@QuarkusMainTest
class TargetSchemaLoadTest {
    private static final String BLOG = "examples/blog.json";
    private static final String FIDELITY = "src/test/resources/schemas/fidelity.json";

    @Test
    void twoLoadsOfOneSchemaCoexistInTwoSchemasOfOneDatabase(QuarkusMainLauncher launcher) {
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            for (String schema : new String[] {"preview_a", "preview_b"}) {
                LaunchResult load = generate(launcher, BLOG, "--seed", "5", "-j", "2", "--target", uri(db.name()), "--target-schema", schema);
                assertThat(load.exitCode()).as(load.getErrorOutput()).isZero();
                RestoreRoundTripTest.assertRowCountsAndIntegrity(db, Dumps.plan("blog.json", 5, schema));
                assertThat(db.queryLong("select count(*) from pg_type where typname = 'post_status' and typnamespace = '"
                        + schema + "'::regnamespace")).isEqualTo(1);
            }
            assertThat(db.queryLong("select count(*) from pg_class where relnamespace = 'public'::regnamespace")).isZero();
            assertThat(db.queryLong("select count(*) from pg_type where typnamespace = 'public'::regnamespace")).isZero();
            // the target schema changes where rows go, not which rows: both schemas hold the same data
            String users = "select md5(string_agg(u::text, ',' order by u.id)) from %s.users u";
            assertThat(db.query(users.formatted("preview_a"))).isEqualTo(db.query(users.formatted("preview_b")));

            LaunchResult conflict = generate(launcher, BLOG, "--seed", "5", "--target", uri(db.name()), "--target-schema", "preview_a");
            assertThat(conflict.exitCode()).isEqualTo(ExitCodes.GENERATION_FAILED);
            assertThat(conflict.getErrorOutput()).isEqualTo("datagen: target already has tables preview_a.comments, preview_a.posts, "
                    + "preview_a.users; use --clean to replace them");

            var before = db.query(users.formatted("preview_b"));
            LaunchResult clean = generate(launcher, BLOG, "--seed", "6", "--clean", "--target", uri(db.name()), "--target-schema", "preview_a");
            assertThat(clean.exitCode()).as(clean.getErrorOutput()).isZero();
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, Dumps.plan("blog.json", 6, "preview_a"));
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, Dumps.plan("blog.json", 5, "preview_b"));
            assertThat(db.query(users.formatted("preview_b"))).isEqualTo(before);
            assertThat(db.query(users.formatted("preview_a"))).isNotEqualTo(before);
        }
    }

    @Test
    void qualifiedTablesKeepTheirSchemaWhileTypesAndSequencesFollowTheTargetSchema(QuarkusMainLauncher launcher) {
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.execute("create schema preview; create table preview.unrelated (id int)");
            LaunchResult load = generate(launcher, FIDELITY, "--seed", "3", "--target", uri(db.name()), "--target-schema", "preview");
            assertThat(load.exitCode()).as(load.getErrorOutput()).isZero();
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, Dumps.plan("fidelity.json", 3, "preview"));
            assertThat(db.query("select table_schema || '.' || table_name from information_schema.tables where table_schema in "
                    + "('public', 'preview', 'sales') order by 1").stream().map(r -> r.get(0)).toList())
                    .containsExactly("preview.customers", "preview.products", "preview.unrelated", "sales.order_lines", "sales.orders");
            assertThat(db.query("select typname from pg_type where typnamespace = 'preview'::regnamespace and (typtype in ('e', 'd') "
                    + "or typrelid in (select oid from pg_class where relkind = 'c')) order by 1").stream().map(r -> r.get(0)).toList())
                    .containsExactly("address", "amount", "b_level", "status");
            assertThat(db.queryLong("select count(*) from pg_class where relkind = 'S' and relname = 'invoice_no' "
                    + "and relnamespace = 'preview'::regnamespace")).isEqualTo(1);

            // --clean drops our objects and nothing else: the schema's other table and the shared extension stay
            LaunchResult clean = generate(launcher, FIDELITY, "--seed", "4", "--clean", "--if-exists", "--target", uri(db.name()),
                    "--target-schema", "preview");
            assertThat(clean.exitCode()).as(clean.getErrorOutput()).isZero();
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, Dumps.plan("fidelity.json", 4, "preview"));
            assertThat(db.queryLong("select count(*) from preview.unrelated")).isZero();
            assertThat(db.queryLong("select count(*) from pg_extension where extname = 'pgcrypto'")).isEqualTo(1);
        }
    }

    @Test
    void targetSchemaWithoutATargetIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = generate(launcher, BLOG, "--target-schema", "preview", "-o", "/tmp/never-written.dump");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.getErrorOutput()).startsWith("--target-schema needs --target (or DATAGEN_TARGET)");
    }
}
