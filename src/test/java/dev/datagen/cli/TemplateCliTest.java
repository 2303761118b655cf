package dev.datagen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.schema.TemplateCatalog;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code template list/show} and {@code generate --template}, against the fixture templates in src/test/resources/test-templates. */
@QuarkusMainTest
class TemplateCliTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void useFixtureTemplates() {
        System.setProperty(TemplateCatalog.LOCATION_PROPERTY, "test-templates");
    }

    @AfterAll
    static void backToBuiltIns() {
        System.clearProperty(TemplateCatalog.LOCATION_PROPERTY);
    }

    @Test
    void listShowsNameTablesRowsAndDescription(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("template", "list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.getOutput()).isEqualTo("""
                NAME   TABLES  ROWS  DESCRIPTION
                shop        5   400  A small shop: customers, products, orders
                crm         2   160  Customer support: customers and their tickets
                clash       1    10""");
    }

    @Test
    void showPrintsTheFileExactly(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult r = launcher.launch("template", "show", "shop");
        assertThat(r.exitCode()).isZero();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("test-templates/shop.json")) {
            // the launcher hands back the output without its final line break
            assertThat(r.getOutput()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing());
        }
    }

    @Test
    void unknownTemplateIsAUsageErrorWithASuggestion(QuarkusMainLauncher launcher) {
        LaunchResult show = launcher.launch("template", "show", "shpo");
        assertThat(show.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(show.getErrorOutput()).contains("no template \"shpo\"; did you mean \"shop\"? (templates: shop, crm, clash)");
        LaunchResult generate = launcher.launch("generate", "--template", "crn", "-o", dir.resolve("x.dump").toString());
        assertThat(generate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(generate.getErrorOutput()).contains("--template: no template \"crn\"; did you mean \"crm\"?");
        assertThat(launcher.launch("template").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void generateTemplateWithScaleAndSet(QuarkusMainLauncher launcher) {
        Path dump = dir.resolve("shop.dump");
        LaunchResult r = launcher.launch("generate", "--template", "shop", "--scale", "0.5", "--set", "orders.rows=7", "-o", dump.toString());
        assertThat(r.exitCode()).as(r.getErrorOutput()).isZero();
        // 25 + 10 + 7 + 100 + 15 rows
        assertThat(r.getErrorOutput()).contains("(5 tables, 157 rows)");
        assertThat(launcher.launch("inspect", dump.toString()).getOutput()).contains("TABLE DATA public order_items");
    }

    @Test
    void mixingTwoTemplatesGeneratesTheUnion(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("generate", "--template", "shop", "--template", "crm", "-o", dir.resolve("mix.dump").toString());
        assertThat(r.exitCode()).as(r.getErrorOutput()).isZero();
        // customers unified (80 rows, the larger), tickets added (per_parent 0 to 2: 80): 80 + 20 + 100 + 200 + 30 + 80
        assertThat(r.getErrorOutput()).contains("(6 tables, 510 rows)");
        LaunchResult clash = launcher.launch("generate", "--template", "shop", "--template", "clash", "-o", dir.resolve("c.dump").toString());
        assertThat(clash.exitCode()).isEqualTo(ExitCodes.INVALID_SCHEMA);
        assertThat(clash.getErrorOutput()).contains("datagen: invalid schema template shop + clash: 3 problems")
                .contains("table customers: column id is serial in shop but uuid in clash");
        assertThat(Files.exists(dir.resolve("c.dump"))).isFalse();
    }

    @Test
    void badSourcesAndSettingsAreUsageErrors(QuarkusMainLauncher launcher) {
        String out = dir.resolve("x.dump").toString();
        assertThat(launcher.launch("generate", "-o", out).getErrorOutput())
                .contains("missing SCHEMA (a schema file, or - for standard input) or --template NAME");
        assertThat(launcher.launch("generate", "examples/blog.json", "--template", "shop", "-o", out).getErrorOutput())
                .contains("give either SCHEMA or --template, not both; to build on a template in a schema, write \"extends\": [\"shop\"] in it");
        LaunchResult unknownTable = launcher.launch("generate", "--template", "shop", "--set", "custmers.rows=5", "-o", out);
        assertThat(unknownTable.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownTable.getErrorOutput()).contains("--set custmers.rows: no table \"custmers\"; did you mean \"customers\"?");
        assertThat(launcher.launch("generate", "--template", "shop", "--set", "customers=5", "-o", out).getErrorOutput())
                .contains("--set must look like TABLE.rows=N, e.g. --set customers.rows=5000; got \"customers=5\"");
        assertThat(launcher.launch("generate", "--template", "shop", "--set", "customers.nullable=5", "-o", out).getErrorOutput())
                .contains("--set: unknown setting \"nullable\"; only rows can be set");
        assertThat(launcher.launch("generate", "--template", "shop", "--scale", "0", "-o", out).getErrorOutput())
                .contains("--scale must be a number greater than 0, got 0.0");
        LaunchResult twice = launcher.launch("generate", "--template", "crm", "--template", "shop", "--template", "crm", "-o", out);
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(twice.getErrorOutput()).contains("--template crm is given twice").doesNotContain("named twice");
        assertThat(Files.exists(dir.resolve("x.dump"))).isFalse();
    }

    @Test
    void aSchemaThatExtendsAnUnknownTemplateIsAnInvalidSchema(QuarkusMainLauncher launcher) throws IOException {
        Path schema = dir.resolve("my.json");
        Files.writeString(schema, "{\"extends\": [\"shpo\"], \"tables\": {}}");
        LaunchResult r = launcher.launch("validate", schema.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_SCHEMA);
        assertThat(r.getErrorOutput()).contains("extends[0]: no template \"shpo\"; did you mean \"shop\"?");
        LaunchResult valid = launcher.launch("validate", "src/test/resources/schemas/extends-shop.json");
        assertThat(valid.exitCode()).as(valid.getErrorOutput()).isZero();
        assertThat(valid.getOutput()).contains("is valid: 5 tables, 470 rows");
    }
}
