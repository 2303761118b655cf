package dev.datagen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.Pg15Sample;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The selection switches, --verify and inspect as a user meets them: exit codes, messages, output. */
@QuarkusMainTest
class SelectionAndInspectCliTest {
    @TempDir
    Path dir;

    private Path schema() throws IOException {
        Path target = dir.resolve("fidelity.json");
        if (!Files.exists(target)) {
            Files.write(target, getClass().getResourceAsStream("/schemas/fidelity.json").readAllBytes());
        }
        return target;
    }

    @Test
    void aTablePatternThatMatchesNothingIsAOneLineUsageError(QuarkusMainLauncher launcher) throws IOException {
        Path out = dir.resolve("x.dump");
        LaunchResult r = launcher.launch("generate", schema().toString(), "-t", "custmers", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.getErrorOutput()).isEqualTo("datagen: no matching tables were found for pattern \"custmers\"; did you mean \"customers\"?");
        assertThat(out).doesNotExist();
    }

    @Test
    void schemaOnlyWithDataOnlyIsRefusedLikePgDump(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult r = launcher.launch("generate", schema().toString(), "-s", "-a", "-o", dir.resolve("x.dump").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.getErrorOutput()).startsWith("options -s/--schema-only and -a/--data-only cannot be used together\n");
        LaunchResult section = launcher.launch("generate", schema().toString(), "--section", "predata");
        assertThat(section.getErrorOutput()).startsWith("unrecognized section name: \"predata\"\n");
    }

    @Test
    void aDroppedForeignKeyIsOneWarningLine(QuarkusMainLauncher launcher) throws IOException {
        Path out = dir.resolve("customers.dump");
        LaunchResult r = launcher.launch("generate", schema().toString(), "-t", "customers", "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.getErrorOutput().lines().toList()).contains(
                "datagen: warning: dropped foreign key customers_favourite_product_id_fkey of public.customers: "
                        + "it references public.products, which is not selected")
                .anyMatch(l -> l.startsWith("datagen: wrote " + out + " (1 tables, 30 rows)"));
    }

    @Test
    void verifyChecksTheWrittenDump(QuarkusMainLauncher launcher) throws IOException {
        Path out = dir.resolve("v.dump");
        LaunchResult r = launcher.launch("generate", schema().toString(), "-o", out.toString(), "--verify");
        assertThat(r.exitCode()).isZero();
        assertThat(r.getErrorOutput()).contains("datagen: verified " + out + ": 45 TOC entries, 4 data payloads, ");
        Path sql = dir.resolve("v.sql");
        LaunchResult plain = launcher.launch("generate", schema().toString(), "-F", "plain", "-o", sql.toString(), "--verify");
        assertThat(plain.exitCode()).isZero();
        assertThat(plain.getErrorOutput()).contains("datagen: verified " + sql + ": 4 data payloads, ");
    }

    @Test
    void verifyNeedsAFile(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult r = launcher.launch("generate", schema().toString(), "--verify");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.getErrorOutput()).startsWith("--verify needs -f/--file: a dump written to standard output cannot be read back\n");
    }

    @Test
    void verifyRefusesADeviceOrPipeBeforeGenerating(QuarkusMainLauncher launcher) throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        for (String target : List.of("/dev/null", fifo.toString())) {
            LaunchResult r = launcher.launch("generate", schema().toString(), "-o", target, "--verify");
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.getErrorOutput()).startsWith("--verify needs a regular file or directory to read back; " + target
                    + " is a device or pipe\n");
        }
        assertThat(Path.of("/dev/null.invalid")).doesNotExist();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void verifyDecodesLz4AndZstdScriptsAndDirectories(QuarkusMainLauncher launcher) throws IOException {
        for (String compression : List.of("lz4", "zstd")) {
            Path sql = dir.resolve("v-" + compression + ".sql");
            LaunchResult plain = launcher.launch("generate", schema().toString(), "-Fp", "-Z", compression, "-o", sql.toString(), "--verify");
            assertThat(plain.exitCode()).as(plain.getErrorOutput()).isZero();
            assertThat(plain.getErrorOutput()).contains("datagen: verified " + sql + ": 4 data payloads, ");
            assertThat(sql).isRegularFile();
            assertThat(dir.resolve(sql.getFileName() + ".invalid")).doesNotExist();
            Path directory = dir.resolve("v-" + compression + ".dir");
            LaunchResult dirFormat = launcher.launch("generate", schema().toString(), "-Fd", "-Z", compression, "-o", directory.toString(),
                    "--verify");
            assertThat(dirFormat.exitCode()).as(dirFormat.getErrorOutput()).isZero();
            assertThat(dirFormat.getErrorOutput()).contains("datagen: verified " + directory + ": 45 TOC entries, 4 data payloads, ")
                    .doesNotContain("does not decode");
        }
    }

    @Test
    void inspectPrintsWhatPgRestoreListPrints(QuarkusMainLauncher launcher) throws IOException {
        Path dump = Files.write(dir.resolve("sample.Fc.dump"), Pg15Sample.resource("sample.Fc.dump"));
        LaunchResult r = launcher.launch("inspect", dump.toString());
        assertThat(r.exitCode()).isZero();
        List<String> expected = new String(Pg15Sample.resource("sample.Fc.list.txt"), StandardCharsets.UTF_8).lines().toList();
        List<String> actual = r.getOutput().lines().toList();
        // the creation time is printed in the local time zone, as pg_restore does
        assertThat(actual.get(1)).matches("; Archive created at 2026-11-2\\d \\d\\d:\\d8:58 \\S+");
        assertThat(actual.subList(2, actual.size())).isEqualTo(expected.subList(2, expected.size()));
    }

    @Test
    void inspectRefusesWhatIsNoArchive(QuarkusMainLauncher launcher) throws IOException {
        Path sql = Files.write(dir.resolve("sample.sql"), Pg15Sample.resource("sample.sql"));
        LaunchResult r = launcher.launch("inspect", sql.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_ARCHIVE);
        assertThat(r.getErrorOutput()).isEqualTo("datagen: " + sql + ": input file appears to be a text format dump (plain SQL); use psql to restore it");
        LaunchResult missing = launcher.launch("inspect", dir.resolve("nothing.dump").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_ARCHIVE);
        assertThat(missing.getErrorOutput()).isEqualTo("datagen: cannot read " + dir.resolve("nothing.dump") + ": no such file or directory");
    }

    @Test
    void anArchiveThatCannotBeReadIsAnInvalidArchiveWithAReadError(QuarkusMainLauncher launcher) throws IOException {
        // root reads any file despite its mode, so the read fails another way: toc.dat is a directory
        Path archive = Files.createDirectories(dir.resolve("archive.dir/toc.dat")).getParent();
        LaunchResult r = launcher.launch("inspect", archive.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_ARCHIVE);
        assertThat(r.getErrorOutput()).isEqualTo("datagen: cannot read " + archive + ": Is a directory");
    }

    @Test
    void inspectVerifyNamesDamage(QuarkusMainLauncher launcher) throws IOException {
        byte[] dump = Pg15Sample.resource("sample.Fc.dump");
        dump[dump.length - 20] ^= 0x33;
        Path bad = Files.write(dir.resolve("bad.dump"), dump);
        LaunchResult r = launcher.launch("inspect", "--verify", bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_ARCHIVE);
        assertThat(r.getErrorOutput()).startsWith("datagen: " + bad + " is not a sound dump (1 problem):\n  data of 3464 TABLE DATA public.orders: ");
    }

    @Test
    void everyCommandHasHelp(QuarkusMainLauncher launcher) {
        assertThat(launcher.launch("inspect", "--help").getOutput()).contains("Usage: datagen inspect");
        assertThat(launcher.launch("--help").getOutput()).contains("inspect");
        try (Stream<String> lines = launcher.launch("generate", "--help").getOutput().lines()) {
            assertThat(lines.filter(l -> l.matches("\\s+(-\\w, )?--(schema-only|data-only|section|table|exclude-table|schema|exclude-schema"
                    + "|no-owner|no-comments|verify)\\b.*"))).hasSize(10);
        }
    }
}
