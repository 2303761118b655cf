package dev.datagen.dump;

import dev.datagen.dump.archive.CustomArchiveWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads our archives with the real pg_restore (no server needed: -l lists, -f - prints the script).
 * Skipped where pg_restore is not installed.
 */
class PgRestoreCompatibilityTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void requirePgRestore() {
        boolean found = false;
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            found |= Files.isExecutable(Path.of(p, "pg_restore"));
        }
        assumeTrue(found, "pg_restore is not on PATH");
    }

    record Result(int exit, String out, String err) {
    }

    static Result pgRestore(byte[] stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("pg_restore"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("TZ", "UTC"); // "Archive created at" is printed in local time
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("pg_restore finished").isTrue();
        return new Result(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path writeCustom(DumpContent content, int level, boolean seekable) throws IOException {
        Path file = dir.resolve("a" + level + seekable + ".dump");
        CustomArchiveWriter writer = new CustomArchiveWriter(level);
        if (seekable) {
            try (FileChannel ch = FileChannel.open(file, CREATE, WRITE, READ)) {
                writer.write(content, ch);
            }
        } else {
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.write(content, out);
            }
        }
        return file;
    }

    @ParameterizedTest(name = "compression {0}, seekable {1}")
    @CsvSource({"0,true", "0,false", "-1,true", "-1,false", "9,true"})
    void pgRestoreListsAndPrintsOurSampleArchive(int level, boolean seekable) throws Exception {
        Path file = writeCustom(Pg15Sample.content(), level, seekable);

        Result list = pgRestore(null, "-l", file.toString());
        assertThat(list.exit()).as(list.err()).isZero();
        String expectedList = new String(Pg15Sample.resource("sample.Fc.list.txt"), StandardCharsets.UTF_8)
                .replace(";     Compression: -1\n", ";     Compression: " + level + "\n");
        assertThat(list.out()).isEqualTo(expectedList);

        String expectedScript = PlainScriptWriterTest.withoutRestrict(
                new String(Pg15Sample.resource("sample.sql"), StandardCharsets.UTF_8));
        Result script = pgRestore(null, "-f", "-", file.toString());
        assertThat(script.exit()).as(script.err()).isZero();
        assertThat(script.err()).isEmpty();
        assertThat(PlainScriptWriterTest.withoutRestrict(script.out())).isEqualTo(expectedScript);

        // From a pipe pg_restore cannot seek: it must find every block by scanning forward.
        Result piped = pgRestore(Files.readAllBytes(file), "-f", "-");
        assertThat(piped.exit()).as(piped.err()).isZero();
        assertThat(PlainScriptWriterTest.withoutRestrict(piped.out())).isEqualTo(expectedScript);
    }

    /** Our plain writer must print what pg_restore prints for the same archive, on tricky content too. */
    @ParameterizedTest(name = "with special entries: {0}")
    @CsvSource({"true", "false"})
    void plainWriterMatchesPgRestoreScriptOutput(boolean specialEntries) throws Exception {
        DumpContent content = TrickyContent.build(specialEntries);
        Path file = writeCustom(content, -1, true);
        Result script = pgRestore(null, "-f", "-", file.toString());
        assertThat(script.exit()).as(script.err()).isZero();
        assertThat(PlainScriptWriterTest.plain(content))
                .isEqualTo(PlainScriptWriterTest.withoutRestrict(script.out()));
    }

    @Test
    void pgRestore15RejectsNewerArchiveVersionsAsDocumented() throws Exception {
        Path file = dir.resolve("v16.dump");
        try (OutputStream out = Files.newOutputStream(file)) {
            new CustomArchiveWriter(dev.datagen.dump.archive.Compression.NONE, dev.datagen.dump.archive.ArchiveVersion.V1_16, 65536)
                    .write(TrickyContent.build(true), out);
        }
        Result list = pgRestore(null, "-l", file.toString());
        Result version = pgRestore(null, "--version");
        if (version.out().contains("(PostgreSQL) 15") || version.out().contains("(PostgreSQL) 14")
                || version.out().contains("(PostgreSQL) 13") || version.out().contains("(PostgreSQL) 12")) {
            assertThat(list.exit()).isNotZero();
            assertThat(list.err()).contains("unsupported version (1.16) in file header");
        } else {
            assertThat(list.exit()).as(list.err()).isZero();
        }
    }

    /** Content exercising the plain writer's less common paths. */
    static final class TrickyContent {
        static DumpContent build(boolean specialEntries) {
            List<TocEntry> e = new ArrayList<>();
            if (specialEntries) {
                e.add(entry(1, "ENCODING", "ENCODING", Section.PRE_DATA, "SET client_encoding = 'UTF8';\n", null, null, null, null, null));
                e.add(entry(2, "STDSTRINGS", "STDSTRINGS", Section.PRE_DATA, "SET standard_conforming_strings = 'on';\n", null, null, null, null, null));
                e.add(entry(3, "SEARCHPATH", "SEARCHPATH", Section.PRE_DATA, "SELECT pg_catalog.set_config('search_path', '', false);\n", null, null, null, null, null));
            }
            e.add(entry(4, "Sales", "DATABASE", Section.PRE_DATA, "CREATE DATABASE \"Sales\";\n", "DROP DATABASE \"Sales\";\n", null, null, null, "alice"));
            e.add(entry(5, "DATABASE \"Sales\"", "COMMENT", Section.NONE, "COMMENT ON DATABASE \"Sales\" IS 'x';\n", null, null, null, null, "alice"));
            e.add(entry(6, "Mixed Case", "SCHEMA", Section.PRE_DATA, "CREATE SCHEMA \"Mixed Case\";\n", "DROP SCHEMA \"Mixed Case\";\n", null, null, null, "Bob"));
            e.add(entry(7, "add(integer, integer)", "FUNCTION", Section.PRE_DATA,
                    "CREATE FUNCTION public.add(integer, integer) RETURNS integer\n    LANGUAGE sql\n    AS $$select $1 + $2$$;\n",
                    "DROP FUNCTION public.add(integer, integer);\n", "public", null, null, "alice"));
            e.add(entry(8, "order", "TABLE", Section.PRE_DATA, "CREATE TABLE public.\"order\" (\n    id integer\n);\n",
                    "DROP TABLE public.\"order\";\n", "public", "", "heap", "alice"));
            e.add(entry(9, "TABLE \"order\"", "ACL", Section.NONE, "GRANT SELECT ON TABLE public.\"order\" TO bob;\n",
                    null, "public", null, null, "alice"));
            e.add(entry(10, "t2", "TABLE", Section.PRE_DATA, "CREATE TABLE \"Mixed Case\".t2 (\n    a text\n);\n",
                    "DROP TABLE \"Mixed Case\".t2;\n", "Mixed Case", "fast", "heap", "alice"));
            e.add(entry(11, "v", "VIEW", Section.PRE_DATA, "CREATE VIEW public.v AS\n SELECT 1 AS one;\n",
                    "DROP VIEW public.v;\n", "public", null, null, "alice"));
            e.add(entry(12, "mv", "MATERIALIZED VIEW", Section.PRE_DATA,
                    "CREATE MATERIALIZED VIEW public.mv AS\n SELECT 1 AS one\n  WITH NO DATA;\n",
                    "DROP MATERIALIZED VIEW public.mv;\n", "public", "", "heap", "alice"));
            e.add(entry(13, "s", "SEQUENCE", Section.PRE_DATA, "CREATE SEQUENCE public.s\n    START WITH 1;\n",
                    "DROP SEQUENCE public.s;\n", "public", null, null, "alice"));
            e.add(entry(14, "COLUMN t2.a\nsecond line", "COMMENT", Section.NONE,
                    "COMMENT ON COLUMN \"Mixed Case\".t2.a IS 'two\nlines';\n", null, "Mixed Case", null, null, "alice"));
            e.add(new TocEntry(15, "0", "0", "order", "TABLE DATA", Section.DATA, null, null,
                    "COPY public.\"order\" (id) FROM stdin;\n", "public", null, null, "alice", List.of(8),
                    out -> out.write("1\n2\n\\.\n\n\n".getBytes(StandardCharsets.UTF_8))));
            e.add(new TocEntry(16, "0", "0", "t2", "TABLE DATA", Section.DATA, null, null, null,
                    "Mixed Case", null, null, "alice", List.of(10),
                    out -> out.write("INSERT INTO \"Mixed Case\".t2 VALUES ('a;b');\n\n\n".getBytes(StandardCharsets.UTF_8))));
            e.add(new TocEntry(17, "0", "0", "empty", "TABLE DATA", Section.DATA, null, null,
                    "COPY public.empty (x) FROM stdin;\n", "public", null, null, "", List.of(),
                    out -> out.write("\\.\n\n\n".getBytes(StandardCharsets.UTF_8))));
            e.add(entry(18, "mv", "MATERIALIZED VIEW DATA", Section.POST_DATA, "REFRESH MATERIALIZED VIEW public.mv;\n",
                    "", "public", null, null, "alice"));
            e.add(entry(19, "s", "SEQUENCE SET", Section.DATA, "SELECT pg_catalog.setval('public.s', 1, false);\n",
                    null, "public", null, null, "alice"));
            e.add(entry(20, "t2 t2_pkey", "CONSTRAINT", Section.POST_DATA,
                    "ALTER TABLE ONLY \"Mixed Case\".t2\n    ADD CONSTRAINT t2_pkey PRIMARY KEY (a);\n",
                    "ALTER TABLE ONLY \"Mixed Case\".t2 DROP CONSTRAINT t2_pkey;\n", "Mixed Case", "fast", null, "alice"));
            e.add(entry(21, "t2_idx", "INDEX", Section.POST_DATA, "CREATE INDEX t2_idx ON \"Mixed Case\".t2 USING btree (a);\n",
                    "DROP INDEX \"Mixed Case\".t2_idx;\n", "Mixed Case", "", null, "alice"));
            e.add(entry(22, "et", "EVENT TRIGGER", Section.POST_DATA,
                    "CREATE EVENT TRIGGER et ON ddl_command_start\n   EXECUTE FUNCTION public.f();\n",
                    "DROP EVENT TRIGGER et;\n", null, null, null, "alice"));
            e.add(entry(23, "EVENT TRIGGER et", "COMMENT", Section.NONE, "COMMENT ON EVENT TRIGGER et IS 'e';\n",
                    null, null, null, null, "alice"));
            e.add(entry(24, "user", "TYPE", Section.PRE_DATA, "CREATE TYPE public.\"user\" AS (\n\tid integer\n);\n",
                    "DROP TYPE public.\"user\";\n", "public", null, null, "alice"));
            return new DumpContent(new DumpHeader("Sales", Instant.parse("2025-01-31T00:00:00Z"), "15.0", "datagen"), e);
        }

        private static TocEntry entry(int id, String tag, String desc, Section section, String defn, String drop,
                                      String ns, String tablespace, String tableam, String owner) {
            return new TocEntry(id, "0", "0", tag, desc, section, defn, drop, null, ns, tablespace, tableam, owner,
                    List.of(), null);
        }
    }
}
