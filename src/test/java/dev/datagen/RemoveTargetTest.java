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
import java.util.List;
import org.junit.jupiter.api.Test;

/** datagen remove --target: drops what the schema creates, nothing else, and is fine to repeat. */
@QuarkusMainTest
class RemoveTargetTest {
    private static final String BLOG = "examples/blog.json";
    private static final String OWN_OBJECTS = "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
            + "where n.nspname = '%s' and c.relname not like 'unrelated%%'";

    private static LaunchResult remove(QuarkusMainLauncher launcher, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("remove"));
        all.addAll(List.of(args));
        return launcher.launch(all.toArray(String[]::new));
    }

    @Test
    void removeDropsTheSchemasObjectsAndLeavesTheRestAlone(QuarkusMainLauncher launcher) {
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.execute("create table public.unrelated (id int primary key); insert into public.unrelated values (1), (2)");
            assertThat(generate(launcher, BLOG, "--seed", "1", "--target", uri(db.name())).exitCode()).isZero();
            assertThat(generate(launcher, BLOG, "--seed", "1", "--target", uri(db.name()), "--target-schema", "other").exitCode()).isZero();
            assertThat(db.queryLong(OWN_OBJECTS.formatted("public"))).isPositive();

            LaunchResult removed = remove(launcher, BLOG, "--target", uri(db.name()));
            assertThat(removed.exitCode()).as(removed.getErrorOutput()).isZero();
            assertThat(removed.getErrorOutput()).isEqualTo("datagen: removed what the schema creates (3 tables and what belongs to them) "
                    + "from postgresql://postgres@127.0.0.1:" + TestPostgres.get().port() + "/" + db.name() + " (schema public)");
            assertThat(db.queryLong(OWN_OBJECTS.formatted("public"))).isZero();
            assertThat(db.queryLong("select count(*) from pg_type where typname = 'post_status' and typnamespace = 'public'::regnamespace")).isZero();
            assertThat(db.queryLong("select count(*) from public.unrelated")).isEqualTo(2);
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, Dumps.plan("blog.json", 1, "other"));

            LaunchResult again = remove(launcher, BLOG, "--target", uri(db.name()), "-q");
            assertThat(again.exitCode()).as(again.getErrorOutput()).isZero();
            assertThat(again.getErrorOutput()).isEmpty();

            LaunchResult other = remove(launcher, BLOG, "--target", uri(db.name()), "--target-schema", "other", "-q");
            assertThat(other.exitCode()).as(other.getErrorOutput()).isZero();
            assertThat(db.queryLong(OWN_OBJECTS.formatted("other"))).isZero();
            assertThat(db.queryLong("select count(*) from public.unrelated")).isEqualTo(2);
        }
    }

    @Test
    void removeNeedsATargetOrAnObjectLocation(QuarkusMainLauncher launcher) {
        LaunchResult none = remove(launcher, BLOG);
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.getErrorOutput()).startsWith("remove needs --target URI (or DATAGEN_TARGET) to drop a schema's objects, "
                + "or -o s3://bucket/key to delete an uploaded dump");

        LaunchResult s3 = remove(launcher, "-o", "s3://bucket/blog.dump", "--s3-spool", "/tmp");
        assertThat(s3.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(s3.getErrorOutput()).startsWith("--s3-spool applies to generate only");

        LaunchResult local = remove(launcher, "-o", "blog.dump");
        assertThat(local.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(local.getErrorOutput()).startsWith("-o must be an object storage location such as s3://bucket/key, got \"blog.dump\"");
    }
}
