package dev.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpFormat;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.plan.TablePlan;
import dev.datagen.schema.Schema;
import dev.datagen.schema.TemplateCatalog;
import dev.datagen.schema.TemplateResolver;
import dev.datagen.schema.SchemaValidator;
import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in templates (src/main/resources/dev/datagen/templates) as a user gets them: valid, with
 * the tables issue 5 promises, under 150,000 rows, and restoring without error in the formats below
 * with exact row counts and no orphaned foreign keys; every example query of docs/templates/NAME.md
 * then returns rows.
 */
class TemplatesRestoreTest {
    private static final long SEED = 1;
    private static final long MAX_DEFAULT_ROWS = 150_000;
    private static final Map<String, List<String>> PROMISED_TABLES = Map.of(
            "ecommerce", List.of("customers", "addresses", "categories", "products", "product_variants", "inventory", "orders",
                    "order_items", "payments", "shipments", "reviews", "carts"),
            "saas", List.of("tenants", "users", "roles", "memberships", "plans", "subscriptions", "invoices", "usage_metrics",
                    "api_keys", "audit_log", "feature_flags"),
            "healthcare", List.of("patients", "providers", "facilities", "appointments", "encounters", "diagnoses", "prescriptions",
                    "lab_results", "insurance_policies", "claims"),
            "finance", List.of("customers", "accounts", "cards", "transactions", "merchants", "transfers", "loans", "repayments",
                    "fx_rates", "statements"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "saas", "healthcare", "finance"})
    void isValidDescribedAndKeepsItsPromises(String name) {
        Schema schema = Dumps.template(name);

        assertThat(SchemaValidator.validate(schema)).isEmpty();
        assertThat(schema.description()).isNotBlank();
        assertThat(schema.tables()).containsKeys(PROMISED_TABLES.get(name).toArray(String[]::new));
        SchemaPlan plan = Dumps.plan(schema, SEED);
        // given or derived from the parents (per_parent), every table has rows
        assertThat(plan.tables()).allSatisfy(t -> assertThat(t.rowCount()).as("default rows of %s", t.name).isPositive());
        schema.tables().forEach((table, t) -> assertThat(t.comment()).as("comment of %s", table).isNotBlank());
        long rows = plan.tables().stream().mapToLong(TablePlan::rowCount).sum();
        assertThat(rows).isBetween(100_000L, MAX_DEFAULT_ROWS);
        assertThat(exampleQueries(name)).hasSizeBetween(3, 6);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ecommerce, CUSTOM", "ecommerce, DIRECTORY", "ecommerce, TAR", "ecommerce, PLAIN",
            "saas, CUSTOM", "saas, DIRECTORY", "saas, TAR", "saas, PLAIN",
            "healthcare, CUSTOM", "healthcare, DIRECTORY", "healthcare, TAR", "healthcare, PLAIN",
            "finance, CUSTOM", "finance, DIRECTORY", "finance, TAR", "finance, PLAIN"})
    void restoresIntactAndAnswersItsExampleQueries(String name, DumpFormat format) throws Exception {
        restoreAndQuery(Dumps.template(name), List.of(name), format);
    }

    /** The mix saas + finance (as --template saas --template finance builds it), in every format. */
    @ParameterizedTest(name = "saas + finance {0}")
    @EnumSource(DumpFormat.class)
    void saasAndFinanceMixRestoresIntactAndAnswersBothTemplatesQueries(DumpFormat format) throws Exception {
        Schema mix = new TemplateResolver(TemplateCatalog.builtIn()).mix(List.of("saas", "finance"));
        restoreAndQuery(mix, List.of("saas", "finance"), format);
    }

    private void restoreAndQuery(Schema schema, List<String> docs, DumpFormat format) {
        Path dump = dir.resolve(String.join("-", docs) + (format == DumpFormat.PLAIN ? ".sql" : format == DumpFormat.DIRECTORY ? "" : ".dump"));
        SchemaPlan plan = Dumps.write(schema, format, -1, SEED, 2, dump);
        List<String> queries = docs.stream().flatMap(d -> exampleQueries(d).stream()).toList();
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            (switch (format) {
                case PLAIN -> db.runScript(dump);
                case CUSTOM, DIRECTORY -> db.restore(dump, "--jobs=2");
                default -> db.restore(dump);
            }).assertClean();
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, plan);
            for (String query : queries) {
                assertThat(db.query(query)).as("rows of the example query%n%s", query).isNotEmpty();
            }
        }
    }

    /** saas and finance mix as a plain union: no table or custom type means two things. */
    @Test
    void saasAndFinanceShareNoNames() {
        Schema saas = Dumps.template("saas");
        Schema finance = Dumps.template("finance");
        Set<String> tables = new HashSet<>(saas.tables().keySet());
        tables.retainAll(finance.tables().keySet());
        Set<String> types = new HashSet<>(saas.customTypes().keySet());
        types.retainAll(finance.customTypes().keySet());

        assertThat(tables).isEmpty();
        assertThat(types).isEmpty();
    }

    /** The ```sql blocks under "## Example queries" in docs/templates/NAME.md. */
    private static List<String> exampleQueries(String name) {
        String doc;
        try {
            doc = Files.readString(Path.of("docs", "templates", name + ".md"));
        } catch (IOException e) {
            throw new IllegalStateException("no doc for template " + name, e);
        }
        int section = doc.indexOf("\n## Example queries");
        assertThat(section).as("## Example queries in %s.md", name).isPositive();
        int next = doc.indexOf("\n## ", section + 1);
        String queries = doc.substring(section, next < 0 ? doc.length() : next);
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(queries);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }
}
