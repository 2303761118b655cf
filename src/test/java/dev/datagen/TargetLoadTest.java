package dev.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.cli.ExitCodes;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate --target against a real PostgreSQL: loads, re-runs, conflicts, failures and their exit codes. */
@QuarkusMainTest
class TargetLoadTest {
    private static final String BLOG = "examples/blog.json";

    @TempDir
    Path dir;

    static String uri(String database) {
        return "postgresql://postgres@127.0.0.1:" + TestPostgres.get().port() + "/" + database + "?sslmode=disable";
    }

    static LaunchResult generate(QuarkusMainLauncher launcher, String... args) {
        List<String> all = new ArrayList<>(List.of("generate", "--progress", "none"));
        all.addAll(List.of(args));
        return launcher.launch(all.toArray(String[]::new));
    }

    @Test
    void blogLoadsInParallelThenConflictsThenCleanReplacesIt(QuarkusMainLauncher launcher) {
        SchemaPlan plan = Dumps.plan("blog.json", 7);
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            LaunchResult first = generate(launcher, BLOG, "--seed", "7", "-j", "2", "--target", uri(db.name()));
            assertThat(first.exitCode()).as(first.getErrorOutput()).isZero();
            assertThat(first.getErrorOutput()).contains("datagen: loaded 3 tables (2600 rows) into postgres@127.0.0.1:");
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, plan);
            // post-data ran: keys, foreign keys and analyzed statistics are there
            assertThat(db.queryLong("select count(*) from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace")).isEqualTo(3);
            assertThat(db.queryLong("select count(*) from pg_stat_user_tables where relname = 'comments' and last_analyze is not null")).isEqualTo(1);
            // sequences were set: the next id follows the generated ones
            assertThat(db.queryLong("insert into public.users (username, email, created_at) values ('n', 'n@example.com', now()) returning id"))
                    .isEqualTo(101);
            db.query("delete from public.users where id = 101 returning id");

            LaunchResult conflict = generate(launcher, BLOG, "--seed", "7", "--target", uri(db.name()));
            assertThat(conflict.exitCode()).isEqualTo(ExitCodes.GENERATION_FAILED);
            assertThat(conflict.getErrorOutput()).isEqualTo("datagen: target already has tables public.comments, public.posts, "
                    + "public.users; use --clean to replace them");

            LaunchResult clean = generate(launcher, BLOG, "--seed", "7", "-j", "2", "--clean", "--target", uri(db.name()));
            assertThat(clean.exitCode()).as(clean.getErrorOutput()).isZero();
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, plan);

            LaunchResult ifExists = generate(launcher, BLOG, "--seed", "7", "--clean", "--if-exists", "-j", "1",
                    "--single-transaction", "--target", uri(db.name()));
            assertThat(ifExists.exitCode()).as(ifExists.getErrorOutput()).isZero();
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, plan);
        }
    }

    @Test
    void cleanIfExistsLoadsIntoAnEmptyDatabase(QuarkusMainLauncher launcher) {
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            // like pg_restore --clean, plain drops fail on objects that are not there
            LaunchResult plain = generate(launcher, BLOG, "--seed", "3", "--clean", "--target", uri(db.name()));
            assertThat(plain.exitCode()).isEqualTo(ExitCodes.GENERATION_FAILED);
            assertThat(plain.getErrorOutput()).startsWith("datagen: the target refused dropping the existing objects (--clean): ERROR: ")
                    .contains("does not exist");
            LaunchResult r = generate(launcher, BLOG, "--seed", "3", "--clean", "--if-exists", "--target", uri(db.name()));
            assertThat(r.exitCode()).as(r.getErrorOutput()).isZero();
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, Dumps.plan("blog.json", 3));
        }
    }

    @Test
    void dataOnlyNeverEmptiesTheTablesItLoadsInto(QuarkusMainLauncher launcher) {
        SchemaPlan plan = Dumps.plan("blog.json", 4);
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            LaunchResult full = generate(launcher, BLOG, "--seed", "4", "-j", "2", "--target", uri(db.name()));
            assertThat(full.exitCode()).as(full.getErrorOutput()).isZero();
            // tables the load did not create are never truncated (to COPY FREEZE into): the same rows again are duplicates
            LaunchResult again = generate(launcher, BLOG, "--seed", "4", "-a", "-j", "2", "--target", uri(db.name()));
            assertThat(again.exitCode()).isEqualTo(ExitCodes.GENERATION_FAILED);
            assertThat(again.getErrorOutput()).contains("duplicate key value violates unique constraint");
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, plan);
        }
    }

    @Test
    void templateLoads(QuarkusMainLauncher launcher) {
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            LaunchResult r = generate(launcher, "--template", "ecommerce", "--seed", "5", "-j", "2", "--target", uri(db.name()));
            assertThat(r.exitCode()).as(r.getErrorOutput()).isZero();
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, Dumps.plan(Dumps.template("ecommerce"), 5));
        }
    }

    @Test
    void createMakesTheDatabaseAndRefusesAnExistingOne(QuarkusMainLauncher launcher) {
        String name = "created_" + ProcessHandle.current().pid();
        try (TestDatabase db = TestPostgres.get().existingDatabase(name)) {
            LaunchResult r = generate(launcher, BLOG, "--seed", "1", "--create", "--target", uri(name));
            assertThat(r.exitCode()).as(r.getErrorOutput()).isZero();
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, Dumps.plan("blog.json", 1));

            LaunchResult again = generate(launcher, BLOG, "--seed", "1", "--create", "--target", uri(name));
            assertThat(again.exitCode()).isEqualTo(ExitCodes.GENERATION_FAILED);
            assertThat(again.getErrorOutput()).isEqualTo("datagen: database \"" + name + "\" already exists on 127.0.0.1:"
                    + TestPostgres.get().port() + "; leave out --create to load into it");
        }
    }

    @Test
    void singleTransactionLeavesNothingWhenTheConnectionIsKilled(QuarkusMainLauncher launcher) throws Exception {
        Path schema = dir.resolve("big.json");
        String text = Files.readString(Path.of(BLOG)).replace("\"row_count\": 2000", "\"row_count\": 2000000");
        Files.writeString(schema, text);
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger killed = new AtomicInteger();
            Thread killer = new Thread(() -> {
                while (running.get() && killed.get() == 0) {
                    // kill the loading session once it is copying the big table
                    killed.addAndGet((int) TestPostgres.get().existingDatabase("postgres").queryLong(
                            "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = 'datagen'"
                                    + " and datname = '" + db.name() + "' and query like 'COPY public.comments%'"));
                    sleep(20);
                }
            });
            killer.start();
            LaunchResult r;
            try {
                r = generate(launcher, schema.toString(), "--seed", "2", "-j", "1", "--single-transaction", "--target", uri(db.name()));
            } finally {
                running.set(false);
                killer.join();
            }
            assertThat(killed.get()).isEqualTo(1);
            assertThat(r.exitCode()).isEqualTo(ExitCodes.TARGET_UNREACHABLE);
            assertThat(r.getErrorOutput()).startsWith("datagen: lost the connection to the target while loading public.comments: ");
            assertThat(r.getErrorOutput().lines().count()).isEqualTo(1);
            assertThat(db.queryLong("select count(*) from pg_class where relnamespace = 'public'::regnamespace")).isZero();
            assertThat(db.queryLong("select count(*) from pg_type where typnamespace = 'public'::regnamespace")).isZero();
        }
    }

    @Test
    void unreachableTargetsGiveOneLineAndExitCode6(QuarkusMainLauncher launcher) throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        LaunchResult refused = generate(launcher, BLOG, "--target", "postgresql://postgres@127.0.0.1:" + closedPort + "/x?sslmode=disable");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.TARGET_UNREACHABLE);
        assertThat(refused.getErrorOutput()).startsWith("datagen: cannot connect to 127.0.0.1:" + closedPort + ": Connection to 127.0.0.1:"
                + closedPort + " refused.");
        assertThat(refused.getErrorOutput().lines().count()).isEqualTo(1);

        LaunchResult unknown = generate(launcher, BLOG, "--target", "postgresql://postgres@no-such-host.invalid:5432/x");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.TARGET_UNREACHABLE);
        assertThat(unknown.getErrorOutput()).isEqualTo("datagen: cannot connect to no-such-host.invalid:5432: unknown host no-such-host.invalid");

        int port = TestPostgres.get().port();
        LaunchResult missing = generate(launcher, BLOG, "--target", uri("no_such_db"));
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.TARGET_UNREACHABLE);
        assertThat(missing.getErrorOutput()).isEqualTo("datagen: database \"no_such_db\" does not exist on 127.0.0.1:" + port
                + "; add --create to create it");

        // the test server trusts every password, so a login failure comes from a role that does not exist
        LaunchResult login = generate(launcher, BLOG, "--target", "postgresql://nobody_here:pw@127.0.0.1:" + port + "/postgres?sslmode=disable");
        assertThat(login.exitCode()).isEqualTo(ExitCodes.TARGET_UNREACHABLE);
        assertThat(login.getErrorOutput()).isEqualTo("datagen: cannot log in to 127.0.0.1:" + port
                + " as nobody_here: FATAL: role \"nobody_here\" does not exist");
    }

    @Test
    void targetOptionsThatMakeNoSenseAreUsageErrors(QuarkusMainLauncher launcher) {
        String target = uri("postgres");
        assertUsage(launcher, "--target and -o/--file are mutually exclusive", BLOG, "--target", target, "-o", dir.resolve("x.dump").toString());
        assertUsage(launcher, "--verify checks a written dump file; it cannot be used with --target", BLOG, "--target", target, "--verify");
        assertUsage(launcher, "--target loads table data with COPY", BLOG, "--target", target, "--inserts");
        assertUsage(launcher, "--if-exists needs --clean", BLOG, "--target", target, "--if-exists");
        assertUsage(launcher, "--clean, --if-exists, --create and --single-transaction need --target", BLOG, "--clean", "-o", "x.dump");
        assertUsage(launcher, "--format and --compress shape a dump file", BLOG, "--target", target, "-Fd");
        assertUsage(launcher, "--target: expected a URI such as postgresql://user@host:5432/dbname, got \"mysql://x\"", BLOG, "--target", "mysql://x");
        LaunchResult secret = generate(launcher, BLOG, "--target", "postgresql+asyncpg://app:s3cr3t@db/app?password=s3cr3t");
        assertThat(secret.getErrorOutput()).startsWith("--target: expected a URI such as postgresql://user@host:5432/dbname, "
                + "got \"postgresql+asyncpg://app:***@db/app?password=***\"\n").doesNotContain("s3cr3t");
    }

    private static void assertUsage(QuarkusMainLauncher launcher, String message, String... args) {
        LaunchResult r = generate(launcher, args);
        assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
        assertThat(r.getErrorOutput()).contains(message);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
