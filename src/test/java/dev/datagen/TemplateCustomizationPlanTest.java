package dev.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.datagen.generate.GenerationSettings;
import dev.datagen.plan.PlanException;
import dev.datagen.plan.Planner;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.plan.TablePlan;
import dev.datagen.schema.RowCountOverrides;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SchemaException;
import dev.datagen.schema.SchemaReader;
import dev.datagen.schema.TemplateCatalog;
import dev.datagen.schema.TemplateResolver;
import dev.datagen.schema.SchemaValidator;
import dev.datagen.support.Dumps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every built-in template still plans (keys fit, per_parent holds, unique generators have enough values) when
 * customized as the README shows: {@code --scale 0.1, 1, 2} and {@code --set} of its main entity table to a
 * small count; per_parent children follow their parents and fixed_rows tables keep their size.
 */
class TemplateCustomizationPlanTest {

    @ParameterizedTest(name = "{0} --scale {1}")
    @CsvSource({"ecommerce, 0.1", "ecommerce, 1", "ecommerce, 2", "saas, 0.1", "saas, 1", "saas, 2",
            "healthcare, 0.1", "healthcare, 1", "healthcare, 2", "finance, 0.1", "finance, 1", "finance, 2"})
    void scaledTemplatePlansWithoutProblems(String name, double scale) {
        Schema template = Dumps.template(name);
        Map<String, Long> defaults = rowCounts(plan(template));

        Map<String, Long> scaled = rowCounts(plan(RowCountOverrides.scale(template, scale)));

        template.tables().forEach((table, t) -> {
            if (t.hasFixedRows()) {
                assertThat(scaled.get(table)).as("fixed rows of %s", table).isEqualTo(t.rowCount());
            } else {
                // given and derived counts alike follow the scale (rounding and per_parent averages aside)
                assertThat((double) scaled.get(table)).as("rows of %s", table).isCloseTo(defaults.get(table) * scale,
                        within(Math.max(2, defaults.get(table) * scale * 0.01)));
            }
        });
    }

    @ParameterizedTest(name = "{0} --set {1}.rows=50")
    @CsvSource({"ecommerce, customers", "saas, tenants", "healthcare, patients", "finance, customers"})
    void smallMainTablePlansWithoutProblems(String name, String table) {
        Schema template = Dumps.template(name);

        Map<String, Long> rows = rowCounts(plan(RowCountOverrides.set(template, table, 50)));

        assertThat(rows.get(table)).isEqualTo(50);
        template.tables().forEach((child, t) -> t.foreignKeys().stream()
                .filter(fk -> fk.perParent() != null && fk.referencedTable().equals(table))
                .forEach(fk -> assertThat(rows.get(child)).as("rows of %s", child)
                        .isEqualTo(50 * (fk.perParent().minOrZero() + fk.perParent().max()) / 2)));
    }

    /** The example of {@code datagen generate --help}. */
    @Test
    void helpExampleScaleTenWithFiveThousandCustomersPlans() {
        Schema schema = RowCountOverrides.set(RowCountOverrides.scale(Dumps.template("ecommerce"), 10), "customers", 5000);

        Map<String, Long> rows = rowCounts(plan(schema));

        assertThat(rows).containsEntry("customers", 5000L).containsEntry("addresses", 7500L).containsEntry("warehouses", 6L)
                .containsEntry("orders", 200_000L);
    }

    @Test
    void readmeExtendsExampleResolvesAndPlans() throws IOException, SchemaException {
        Schema own = new SchemaReader().parse(readmeBlock("```json\n", "\"extends\": [\"ecommerce\"]"), "README.md");

        Schema resolved = new TemplateResolver(TemplateCatalog.builtIn()).resolve(own, "README.md");
        Map<String, Long> rows = rowCounts(plan(resolved));

        assertThat(rows).doesNotContainKeys("carts", "cart_items").containsEntry("wishlists", 2000L).containsEntry("customers", 5000L);
    }

    @Test
    void readmeClashSampleIsWhatMixingTheFixturesReports() throws IOException {
        String sample = readmeBlock("```\n", "datagen: invalid schema template shop + clash");

        assertThatThrownBy(() -> new TemplateResolver(new TemplateCatalog("test-templates")).mix(List.of("shop", "clash")))
                .satisfies(e -> assertThat("datagen: invalid schema " + e.getMessage() + "\n").isEqualTo(sample));
    }

    /** The README code block that opens with {@code fence} and contains {@code marker}, without its fences. */
    private static String readmeBlock(String fence, String marker) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf(marker);
        assertThat(at).as("README has %s", marker).isPositive();
        int start = readme.lastIndexOf(fence, at) + fence.length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    private static SchemaPlan plan(Schema schema) {
        assertThat(SchemaValidator.validate(schema)).isEmpty();
        try {
            return new Planner(GenerationSettings.of(1, Dumps.NOW, Locale.US), null).plan(schema);
        } catch (PlanException e) {
            throw new AssertionError("plan problems:\n" + e.getMessage(), e);
        }
    }

    private static Map<String, Long> rowCounts(SchemaPlan plan) {
        return plan.tables().stream().collect(Collectors.toMap(t -> t.name, TablePlan::rowCount));
    }
}
