package dev.datagen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A locale Datafaker has no data for is refused, not quietly turned into English, with the closest locale suggested. */
@QuarkusMainTest
class LocaleCliTest {
    private static final String SCHEMA = """
            {"version": "1.0", "database": {"locale": "%s"},
             "tables": {"people": {"row_count": 5, "columns": [{"name": "first_name", "type": "text"}]}}}
            """;

    @TempDir
    Path dir;

    @Test
    void unknownLocaleOptionIsAUsageError(QuarkusMainLauncher launcher) throws IOException {
        Path out = dir.resolve("x.dump");
        LaunchResult r = launcher.launch("generate", schema("en_US.utf8").toString(), "--locale", "de_DR", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.getErrorOutput()).contains("--locale: unknown locale \"de_DR\"; did you mean de_DE?");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownDatabaseLocaleIsAnInvalidSchema(QuarkusMainLauncher launcher) throws IOException {
        Path schema = schema("fr_FX.utf8");
        for (String command : new String[] {"generate", "validate"}) {
            LaunchResult r = "generate".equals(command)
                    ? launcher.launch(command, schema.toString(), "-o", dir.resolve("x.dump").toString())
                    : launcher.launch(command, schema.toString());
            assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_SCHEMA);
            assertThat(r.getErrorOutput()).contains("database.locale: unknown locale \"fr_FX.utf8\"; did you mean fr_FR?");
        }
        assertThat(dir.resolve("x.dump")).doesNotExist();
    }

    @Test
    void knownLocalesInEverySpellingAreAccepted(QuarkusMainLauncher launcher) throws IOException {
        for (String locale : new String[] {"de_DE.UTF-8", "de-AT", "ja_JP", "pt_BR", "fr", "C"}) {
            LaunchResult r = launcher.launch("validate", schema(locale).toString());
            assertThat(r.exitCode()).as(locale).isZero();
        }
        LaunchResult r = launcher.launch("generate", schema("en_US").toString(), "--locale", "de_CH", "--seed", "1",
                "-o", dir.resolve("ch.dump").toString());
        assertThat(r.exitCode()).isZero();
    }

    private Path schema(String locale) throws IOException {
        Path schema = dir.resolve("people-" + locale + ".json");
        Files.writeString(schema, SCHEMA.formatted(locale));
        return schema;
    }
}
