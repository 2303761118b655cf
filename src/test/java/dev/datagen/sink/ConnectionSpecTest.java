package dev.datagen.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --target URI, libpq's environment variables and password file, and the messages for login failures. */
class ConnectionSpecTest {
    @TempDir
    Path home;

    @Test
    void uriGivesEveryPart() {
        ConnectionSpec s = ConnectionSpec.parse("postgresql://app:s%40cret@db.example.com:6543/shop?sslmode=verify-full&connect_timeout=7",
                Map.of(), home);
        assertThat(s).isEqualTo(new ConnectionSpec("db.example.com", 6543, "shop", "app", "s@cret", "verify-full", null, 7));
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/shop");
        assertThat(s.properties()).containsEntry("sslmode", "verify-full").containsEntry("password", "s@cret")
                .containsEntry("ApplicationName", "datagen").containsEntry("connectTimeout", "7");
        assertThat(s.toString()).doesNotContain("cret");
    }

    @Test
    void environmentFillsWhatTheUriLeavesOut() {
        Map<String, String> env = Map.of("PGHOST", "pg.internal", "PGPORT", "5433", "PGDATABASE", "blog", "PGUSER", "loader",
                "PGPASSWORD", "pw", "PGSSLMODE", "require");
        assertThat(ConnectionSpec.parse("postgres://", env, home))
                .isEqualTo(new ConnectionSpec("pg.internal", 5433, "blog", "loader", "pw", "require", null, null));
        // the URI wins over the environment
        assertThat(ConnectionSpec.parse("postgresql://other@h/db2?sslmode=disable", env, home))
                .isEqualTo(new ConnectionSpec("h", 5433, "db2", "other", "pw", "disable", null, null));
        // libpq's defaults: localhost, 5432, a database named like the user
        assertThat(ConnectionSpec.parse("postgresql://u@", Map.of(), home))
                .isEqualTo(new ConnectionSpec("localhost", 5432, "u", "u", null, "prefer", null, null));
        assertThat(ConnectionSpec.parse("postgresql://u@[::1]:5000/d", Map.of(), home).jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5000/d");
    }

    @Test
    void passwordFileMatchesWithWildcardsAndEscapes() throws IOException {
        Files.writeString(home.resolve(".pgpass"), String.join("\n",
                "# comment",
                "other:5432:*:app:wrong",
                "db.example.com:5432:shop:app:first\\:part\\\\two",
                "*:*:*:app:fallback", ""));
        assertThat(ConnectionSpec.parse("postgresql://app@db.example.com/shop", Map.of(), home).password()).isEqualTo("first:part\\two");
        assertThat(ConnectionSpec.parse("postgresql://app@db.example.com:6000/shop", Map.of(), home).password()).isEqualTo("fallback");
        assertThat(ConnectionSpec.parse("postgresql://nobody@db.example.com/shop", Map.of(), home).password()).isNull();
        // PGPASSFILE points elsewhere; PGPASSWORD beats the file
        Path custom = home.resolve("custom.pgpass");
        Files.writeString(custom, "db.example.com:5432:shop:app:\\*star\n");
        assertThat(ConnectionSpec.parse("postgresql://app@db.example.com/shop", Map.of("PGPASSFILE", custom.toString()), home).password())
                .isEqualTo("*star");
        assertThat(ConnectionSpec.parse("postgresql://app@db.example.com/shop", Map.of("PGPASSWORD", "env"), home).password()).isEqualTo("env");
    }

    @Test
    void badUrisAreRefusedWithTheReason() {
        assertThatThrownBy(() -> ConnectionSpec.parse("mysql://x", Map.of(), home))
                .hasMessage("expected a URI such as postgresql://user@host:5432/dbname, got \"mysql://x\"");
        assertThatThrownBy(() -> ConnectionSpec.parse("postgresql://h:99999/d", Map.of(), home))
                .hasMessage("port must be a number from 1 to 65535, got \"99999\"");
        assertThatThrownBy(() -> ConnectionSpec.parse("postgresql://h/d?sslmode=always", Map.of(), home))
                .hasMessage("sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full; got \"always\"");
        assertThatThrownBy(() -> ConnectionSpec.parse("postgresql://h/d?foo=1", Map.of(), home))
                .hasMessageStartingWith("unsupported connection parameter \"foo\"");
    }

    @Test
    void refusedUrisNeverShowTheirPassword() {
        assertThatThrownBy(() -> ConnectionSpec.parse("postgresql+asyncpg://app:s3cr3t@db/app", Map.of(), home))
                .hasMessage("expected a URI such as postgresql://user@host:5432/dbname, got \"postgresql+asyncpg://app:***@db/app\"");
        assertThatThrownBy(() -> ConnectionSpec.parse("mysql://db/app?user=app&password=s3cr3t&sslmode=require", Map.of(), home))
                .hasMessage("expected a URI such as postgresql://user@host:5432/dbname, got \"mysql://db/app?user=app&password=***&sslmode=require\"");
        assertThatThrownBy(() -> ConnectionSpec.parse("postgresql://app:p@ss:w0rd@[::1/app?password=x", Map.of(), home))
                .hasMessage("unterminated IPv6 address in \"postgresql://app:***@[::1/app?password=***\"");
        assertThat(ConnectionSpec.redacted("postgresql://app@db/app")).isEqualTo("postgresql://app@db/app");
        assertThat(ConnectionSpec.redacted("postgresql://db:5432/app")).isEqualTo("postgresql://db:5432/app");
    }

    @Test
    void wrongPasswordIsAnUnreachableTargetWithOneLine() {
        ConnectionSpec spec = ConnectionSpec.parse("postgresql://app:pw@db:5432/shop", Map.of(), home);
        TargetException e = TargetErrors.connecting(spec,
                new SQLException("FATAL: password authentication failed for user \"app\"\n  Detail: x", "28P01"));
        assertThat(e.kind()).isEqualTo(TargetException.Kind.UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("cannot log in to db:5432 as app: FATAL: password authentication failed for user \"app\"");
        ConnectionSpec noPassword = ConnectionSpec.parse("postgresql://app@db:5432/shop", Map.of(), home);
        assertThat(TargetErrors.connecting(noPassword, new SQLException("FATAL: password authentication failed for user \"app\"", "28P01"))
                .getMessage()).endsWith("(no password given: use PGPASSWORD or a password file)");
    }

    @Test
    void dropStatementsGetIfExistsAsPgRestoreWritesThem() {
        assertThat(List.of("DROP TABLE public.users;\n", "DROP MATERIALIZED VIEW public.v;\n",
                "ALTER TABLE ONLY public.posts DROP CONSTRAINT posts_pkey;\n", "ALTER TABLE public.users ALTER COLUMN id DROP DEFAULT;\n")
                .stream().map(DropStatements::ifExists))
                .containsExactly("DROP TABLE IF EXISTS public.users;\n", "DROP MATERIALIZED VIEW IF EXISTS public.v;\n",
                        "ALTER TABLE IF EXISTS ONLY public.posts DROP CONSTRAINT IF EXISTS posts_pkey;\n",
                        "ALTER TABLE IF EXISTS public.users ALTER COLUMN id DROP DEFAULT;\n");
    }
}
