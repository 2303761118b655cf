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
        for (String command : new String[] {"generate", "validate"}) {
            LaunchResult help = launcher.launch(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.getOutput()).contains("Usage: datagen " + command);
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
        assertThat(r.getErrorOutput()).startsWith("datagen: generation failed:");
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
        LaunchResult r = launcher.launch("generate", copy("blog.json").toString(), "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.getErrorOutput()).contains("--format: unknown format \"xml\"; use custom (c) or plain (p)");
    }

    private Path copy(String resource) throws IOException {
        Path target = dir.resolve(resource);
        try (var in = getClass().getResourceAsStream("/schemas/" + resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
