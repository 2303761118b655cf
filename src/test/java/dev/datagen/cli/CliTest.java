package dev.datagen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: help, version, exit codes and error texts. */
@QuarkusMainTest
class CliTest {
    @TempDir
    Path dir;

    @Test
    @Launch(value = "--version")
    void printsVersion(LaunchResult result) {
        assertThat(result.getOutput()).startsWith("datagen ");
    }

    @Test
    void everyCommandHasHelpAndVersion(QuarkusMainLauncher launcher) {
        for (String command : new String[] {"generate", "validate", "inspect", "template"}) {
            LaunchResult help = launcher.launch(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.getOutput()).contains("Usage: datagen " + command);
            // a stray % in a description makes picocli warn and print the raw text
            assertThat(help.getOutput() + help.getErrorOutput()).doesNotContain("picocli WARN");
            assertThat(launcher.launch(command, "--version").getOutput()).startsWith("datagen ");
        }
        assertThat(launcher.launch("--help").getOutput()).contains("generate").contains("validate").contains("Exit codes");
    }

    @Test
    void unknownOptionIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("generate", "--colour", "x.json");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.getErrorOutput()).contains("Unknown option: '--colour'");
    }

    @Test
    void progressBarLeavesOneLinePerTableAndQuietSilencesIt(QuarkusMainLauncher launcher) throws IOException {
        Path schema = Path.of("examples/blog.json");
        LaunchResult bar = launcher.launch("generate", schema.toString(), "--seed", "1", "--progress", "bar",
                "-o", dir.resolve("a.dump").toString());
        assertThat(bar.exitCode()).isZero();
        assertThat(bar.getErrorOutput()).containsPattern("datagen: users: 100 rows in [0-9.]+ s")
                .containsPattern("datagen: posts: 500 rows in [0-9.]+ s");
        LaunchResult quiet = launcher.launch("generate", schema.toString(), "--seed", "1", "--progress", "bar", "-q",
                "-o", dir.resolve("b.dump").toString());
        assertThat(quiet.getErrorOutput()).isEmpty();
        assertThat(Files.readAllBytes(dir.resolve("b.dump"))).isEqualTo(Files.readAllBytes(dir.resolve("a.dump")));
    }

    /** Without -Z an archive is gzip level 5 (see DumpSink); -Z gzip is pg_dump's default, zlib's -1. */
    @Test
    void defaultCompressionIsGzipLevelFiveAndGzipMeansZlibsDefault(QuarkusMainLauncher launcher) {
        String plain = dir.resolve("default.dump").toString();
        String gzip = dir.resolve("gzip.dump").toString();
        assertThat(launcher.launch("generate", "examples/blog.json", "--seed", "1", "-q", "-o", plain).exitCode()).isZero();
        assertThat(launcher.launch("generate", "examples/blog.json", "--seed", "1", "-q", "-Z", "gzip", "-o", gzip).exitCode()).isZero();
        assertThat(launcher.launch("inspect", plain).getOutput()).contains(";     Compression: 5\n");
        assertThat(launcher.launch("inspect", gzip).getOutput()).contains(";     Compression: -1\n");
    }

    @Test
    void unknownProgressModeIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("generate", "examples/blog.json", "--progress", "fancy");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.getErrorOutput()).contains("--progress: unknown progress mode \"fancy\"; use auto, bar, plain or none");
    }

    @Test
    void malformedJsonNamesLineAndColumn(QuarkusMainLauncher launcher) throws IOException {
        Path schema = Files.writeString(dir.resolve("bad.json"), "{\n  \"version\": \"1.0\"\n  \"tables\": {}\n}\n");
        LaunchResult r = launcher.launch("validate", schema.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_SCHEMA);
        assertThat(r.getErrorOutput()).contains("bad.json:3:3: expected ',' or '}' after a field, found '\"'");
    }

    @Test
    void validationReportsEveryProblemWithPathAndSuggestion(QuarkusMainLauncher launcher) throws IOException {
        Path schema = Files.writeString(dir.resolve("blog.json"), """
                {"version": "1.0", "tables": {
                  "posts": {"columns": [{"name": "id", "type": "serial"}, {"name": "title", "type": "varchr(10)"}], "primary_key": ["id"]},
                  "comments": {"columns": [{"name": "id", "type": "serial"}, {"name": "post_id", "type": "integer"}],
                    "primary_key": ["id"],
                    "foreign_keys": [{"columns": ["post_id"], "referenced_table": "post", "referenced_columns": ["id"]}]}
                }}
                """);
        LaunchResult r = launcher.launch("validate", schema.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_SCHEMA);
        assertThat(r.getErrorOutput())
                .contains("tables.posts.columns[1].type: unknown type \"varchr(10)\"; did you mean \"varchar(10)\"?")
                .contains("tables.comments.foreign_keys[0].referenced_table: no table \"post\"; did you mean \"posts\"?");
        assertThat(r.getOutput()).isEmpty();
    }

    @Test
    void dashAsOutputIsStandardOutput(QuarkusMainLauncher launcher) throws IOException {
        Path summary = dir.resolve("summary.json");
        LaunchResult r = launcher.launch("generate", "examples/blog.json", "--seed", "1", "-F", "p", "-q", "-o", "-",
                "--summary-file", summary.toString());
        assertThat(r.exitCode()).as(r.getErrorOutput()).isZero();
        assertThat(Files.readString(summary)).contains("\"location\":\"standard output\"");
        assertThat(Path.of("-")).doesNotExist();
        LaunchResult directory = launcher.launch("generate", "examples/blog.json", "-F", "d", "-o", "-");
        assertThat(directory.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(directory.getErrorOutput()).contains("--format directory needs an output directory, not standard output: use -f DIR");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void uniqueColumnTooSmallForTheRowsIsReportedBeforeGenerating(QuarkusMainLauncher launcher) throws IOException {
        Path schema = Files.writeString(dir.resolve("codes.json"), """
                {"version": "1.0", "tables": {"codes": {"row_count": 10000,
                  "columns": [{"name": "code", "type": "varchar(2)"}], "unique_constraints": [{"columns": ["code"]}]}}}
                """);
        Path out = dir.resolve("codes.dump");
        LaunchResult r = launcher.launch("generate", schema.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_SCHEMA);
        assertThat(r.getErrorOutput()).contains("tables.codes.columns[0]: column code is unique but character varying(2) can hold at most 1296 distinct values, fewer than the 10000 rows");
        assertThat(out).doesNotExist();
    }

    @Test
    void generatesADumpAndLeavesNoTemporaryFiles(QuarkusMainLauncher launcher) throws IOException {
        Path schema = copy("blog.json");
        Path out = dir.resolve("out/blog.dump");
        LaunchResult r = launcher.launch("generate", schema.toString(), "-o", out.toString(), "--seed", "9");
        assertThat(r.exitCode()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith((byte) 'P', (byte) 'G', (byte) 'D', (byte) 'M', (byte) 'P');
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void unwritableOutputFailsWithGenerationExitCode(QuarkusMainLauncher launcher) throws IOException {
        Path schema = copy("blog.json");
        Path blocker = Files.writeString(dir.resolve("file"), "not a directory");
        LaunchResult r = launcher.launch("generate", schema.toString(), "-o", blocker.resolve("x.dump").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.GENERATION_FAILED);
        assertThat(r.getErrorOutput()).isEqualTo("datagen: generation failed: cannot write " + blocker + ": a file is in the way (is a directory in the path a file?)");
    }

    @Test
    void aDeviceThatRefusesTheDumpIsAnOutputFailureNamingIt(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult r = launcher.launch("generate", copy("blog.json").toString(), "--seed", "1", "-q", "-o", "/dev/full");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.GENERATION_FAILED);
        assertThat(r.getErrorOutput()).isEqualTo("datagen: generation failed: cannot write /dev/full: No space left on device");
    }

    @Test
    void anEmptySeedInTheSchemaIsASchemaErrorNotAUsageError(QuarkusMainLauncher launcher) throws IOException {
        Path schema = Files.writeString(dir.resolve("s.json"), """
                {"version": "1.0", "seed": " ", "tables": {"t": {"row_count": 3, "columns": [{"name": "id", "type": "serial"}]}}}
                """);
        Path out = dir.resolve("s.dump");
        String expected = "datagen: invalid schema " + schema + ": 1 problem\n"
                + "  seed: the seed is empty; give a number or any text, e.g. \"seed\": 42, or leave it out";
        LaunchResult generate = launcher.launch("generate", schema.toString(), "-o", out.toString());
        assertThat(generate.exitCode()).isEqualTo(ExitCodes.INVALID_SCHEMA);
        assertThat(generate.getErrorOutput()).isEqualTo(expected);
        assertThat(out).doesNotExist();
        LaunchResult validate = launcher.launch("validate", schema.toString());
        assertThat(validate.exitCode()).isEqualTo(ExitCodes.INVALID_SCHEMA);
        assertThat(validate.getErrorOutput()).isEqualTo(expected);
    }

    @Test
    void missingSeedIsPrintedSoTheRunCanBeRepeated(QuarkusMainLauncher launcher) throws IOException {
        Path schema = Files.writeString(dir.resolve("s.json"), """
                {"version": "1.0", "tables": {"t": {"row_count": 3, "columns": [{"name": "id", "type": "serial"}]}}}
                """);
        LaunchResult r = launcher.launch("generate", schema.toString(), "-F", "plain", "-o", dir.resolve("s.sql").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.getErrorOutput()).containsPattern("no seed given; using --seed \\d+");
    }

    @Test
    void badFormatIsAUsageError(QuarkusMainLauncher launcher) throws IOException {
        String schema = copy("blog.json").toString();
        LaunchResult r = launcher.launch("generate", schema, "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.getErrorOutput()).contains("--format: unknown format \"xml\"; did you mean sql?");
        r = launcher.launch("generate", schema, "-F", "plian");
        assertThat(r.getErrorOutput()).contains("--format: unknown format \"plian\"; did you mean plain?");
        r = launcher.launch("generate", schema, "-F", "xlsx");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.getErrorOutput())
                .contains("--format: unknown format \"xlsx\"; use custom (c), directory (d), tar (t), plain (p), copy or sql");
    }

    @Test
    void impossibleFormatAndCompressionCombinationsAreUsageErrors(QuarkusMainLauncher launcher) throws IOException {
        String schema = copy("blog.json").toString();
        String out = dir.resolve("x").toString();
        assertUsageError(launcher.launch("generate", schema, "-Ft", "-Z", "5", "-f", out),
                "--compress: compression is not supported by tar archive format");
        assertUsageError(launcher.launch("generate", schema, "-Z", "xz", "-f", out),
                "--compress: unrecognized compression algorithm: \"xz\"; use 0-9, none, gzip[:1-9], lz4[:1-12] or zstd");
        assertUsageError(launcher.launch("generate", schema, "-Z", "gzip:10", "-f", out),
                "--compress: invalid compression specification: compression algorithm \"gzip\" expects a compression level between 1 and 9");
        assertUsageError(launcher.launch("generate", schema, "-Fd"),
                "--format directory needs an output directory: add -f DIR");
        assertUsageError(launcher.launch("generate", schema, "--rows-per-insert", "0", "-f", out),
                "--rows-per-insert must be in range 1..2147483647, got 0");
        assertUsageError(launcher.launch("generate", schema, "-F", "copy", "--inserts", "-f", out),
                "--format copy writes COPY blocks; use --format sql (or plain) for INSERT statements");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void directoryFormatRefusesANonEmptyDirectoryBeforeGenerating(QuarkusMainLauncher launcher) throws IOException {
        Path target = Files.createDirectories(dir.resolve("dump"));
        Files.writeString(target.resolve("notes.txt"), "keep me");
        LaunchResult r = launcher.launch("generate", copy("blog.json").toString(), "-Fd", "-f", target.toString());
        assertUsageError(r, "--file: cannot write directory archive " + target
                + ": the directory exists and is not empty (pg_dump refuses it too); remove it or choose another");
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files).containsExactly(target.resolve("notes.txt"));
        }
    }

    @Test
    void directoryFormatWithLz4NamesTheNewerPgRestoreItNeeds(QuarkusMainLauncher launcher) throws IOException {
        Path target = dir.resolve("blog.dir");
        LaunchResult r = launcher.launch("generate", copy("blog.json").toString(), "--format", "d", "--compress", "lz4",
                "--file", target.toString(), "--seed", "1");
        assertThat(r.exitCode()).isZero();
        assertThat(r.getErrorOutput())
                .contains("datagen: note: lz4 compression needs archive version 1.15: only pg_restore 16 and newer can read this dump");
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("toc.dat").allMatch(n -> n.equals("toc.dat") || n.matches("\\d+\\.dat\\.lz4"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("blog.json", "blog.dir");
        }
    }

    @Test
    void sqlFormatIsPlainWithInserts(QuarkusMainLauncher launcher) throws IOException {
        Path out = dir.resolve("blog.sql");
        LaunchResult r = launcher.launch("generate", copy("blog.json").toString(), "--format", "sql", "--rows-per-insert", "50",
                "-o", out.toString(), "--seed", "1", "-q");
        assertThat(r.exitCode()).isZero();
        assertThat(r.getErrorOutput()).isEmpty();
        String script = Files.readString(out);
        assertThat(script).startsWith("--\n-- PostgreSQL database dump\n").contains("INSERT INTO public.users VALUES\n\t(1, ")
                .doesNotContain("FROM stdin;");
    }

    @Test
    void helpDescribesFormatsCompressionAndInserts(QuarkusMainLauncher launcher) {
        String help = launcher.launch("generate", "--help").getOutput();
        assertThat(help).contains("-F, --format=FORMAT").contains("directory (d)").contains("tar (t)")
                .contains("-Z, --compress=METHOD[:LEVEL]").contains("lz4").contains("zstd")
                .contains("--inserts").contains("--column-inserts").contains("--rows-per-insert=N")
                .contains("-f, -o, --file, --output=FILE");
    }

    private static void assertUsageError(LaunchResult r, String message) {
        assertThat(r.exitCode()).as(r.getErrorOutput()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.getErrorOutput()).contains(message);
    }

    private Path copy(String resource) throws IOException {
        Path target = dir.resolve(resource);
        try (var in = getClass().getResourceAsStream("/schemas/" + resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
