package dev.datagen.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of the harness: real pg_dump 15 output restored with the real clients. */
class TestPostgresTest {

    @Test
    void restoresCustomFormatSampleWithPgRestore() {
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.restore(sample("sample.Fc.dump")).assertClean();

            assertThat(db.queryLong("select count(*) from public.customer")).isEqualTo(4);
            assertThat(db.queryLong("select count(*) from public.orders")).isEqualTo(4);
            assertThat(db.query("select extname from pg_extension where extname = 'citext'"))
                    .containsExactly(List.of("citext"));
        }
    }

    @Test
    void runsPlainSqlSampleWithPsql() {
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.runScript(sample("sample.sql")).assertClean();

            assertThat(db.queryLong("select count(*) from public.customer")).isEqualTo(4);
            assertThat(db.queryLong("select count(*) from public.orders")).isEqualTo(4);
        }
    }

    @Test
    void databasesAreFreshAndSeparate() {
        try (TestDatabase a = TestPostgres.get().createDatabase();
             TestDatabase b = TestPostgres.get().createDatabase()) {
            assertThat(a.name()).isNotEqualTo(b.name());
            assertThat(a.queryLong("select count(*) from pg_class where relnamespace = 'public'::regnamespace")).isZero();
            assertThat(a.jdbcUrl()).contains("/" + a.name() + "?");
        }
    }

    @Test
    void assertCleanFailsOnErrorsAndOnWarnings(@TempDir Path tmp) throws IOException {
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            Path error = Files.writeString(tmp.resolve("error.sql"), "select 1/0;\n");
            ToolResult failed = db.runScript(error);
            assertThat(failed.exitCode()).isNotZero();
            assertThatThrownBy(failed::assertClean).hasMessageContaining("division by zero");

            // exit code 0, but the server said WARNING: still not clean
            Path warning = Files.writeString(tmp.resolve("warning.sql"),
                    "DO $$ BEGIN RAISE WARNING 'careful'; END $$;\n");
            ToolResult warned = db.runScript(warning);
            assertThat(warned.exitCode()).isZero();
            assertThatThrownBy(warned::assertClean).hasMessageContaining("WARNING:  careful");
        }
    }

    private static Path sample(String name) {
        try {
            return Path.of(TestPostgresTest.class.getResource("/pg15-samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
