package dev.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.datagen.generate.GenerationSettings;
import dev.datagen.plan.PlanException;
import dev.datagen.plan.Planner;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.plan.TablePlan;
import dev.datagen.schema.RowCountOverrides;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SchemaValidator;
import dev.datagen.support.Dumps;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
