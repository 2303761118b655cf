package dev.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.SelectedDump;
import dev.datagen.dump.Selection;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partial dumps made with pg_dump's selection switches, restored by the real pg_restore: exactly the
 * selected tables arrive, with their rows, and what was left out can be added later with the same seed.
 */
class SelectionRestoreTest {
    private static final String SCHEMA = "fidelity.json";
    private static final long SEED = 21;

    @TempDir
    Path dir;

    private Path dump(String name, UnaryOperator<Selection.Builder> options) {
        Path file = dir.resolve(name + ".dump");
        Dumps.writeSelected(SCHEMA, SEED, options.apply(Selection.builder()).build(), file);
        return file;
    }

    private static List<String> tables(TestDatabase db) {
        return db.query("select schemaname || '.' || tablename from pg_tables where schemaname in ('public', 'sales') order by 1")
                .stream().map(r -> r.get(0)).toList();
    }

    private static long foreignKeys(TestDatabase db) {
        return db.queryLong("select count(*) from pg_constraint c join pg_namespace n on n.oid = c.connamespace "
                + "where contype = 'f' and nspname in ('public', 'sales')");
    }

    @Test
    void schemaSelectionRestoresIntoAnEmptyDatabase() {
        Path sales = dump("sales", b -> b.schema("sales"));
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.restore(sales).assertClean();
            assertThat(tables(db)).containsExactly("sales.order_lines", "sales.orders");
            assertThat(db.queryLong("select count(*) from sales.orders")).isEqualTo(40);
            assertThat(db.queryLong("select count(*) from sales.order_lines")).isEqualTo(60);
            assertThat(foreignKeys(db)).as("only order_lines -> orders stays").isEqualTo(1);
            assertThat(db.queryLong("select count(*) from sales.order_lines l where not exists "
                    + "(select 1 from sales.orders o where o.id = l.order_id)")).isZero();
        }
    }

    @Test
    void excludedTablesAreLeftOutButTheirSchemaStays() {
        Path rest = dump("rest", b -> b.excludeTable("sales.*"));
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.restore(rest).assertClean();
            assertThat(tables(db)).containsExactly("public.customers", "public.products");
            assertThat(db.queryLong("select count(*) from public.customers")).isEqualTo(30);
            assertThat(db.queryLong("select count(*) from public.products")).isEqualTo(20);
            assertThat(db.queryLong("select count(*) from pg_namespace where nspname = 'sales'")).isEqualTo(1);
            assertThat(foreignKeys(db)).as("the circular pair customers <-> products").isEqualTo(2);
        }
    }

    @Test
    void foreignKeysIntoTablesLeftOutPointAtTheRowsTheyWouldHave() {
        Path publicPart = dump("public", b -> b.excludeSchema("sales"));
        Path salesPart = dump("sales", b -> b.schema("sales"));
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.restore(publicPart).assertClean();
            db.restore(salesPart).assertClean();
            assertThat(db.queryLong("select count(*) from sales.orders o where not exists "
                    + "(select 1 from public.customers c where c.id = o.customer_id)")).isZero();
            assertThat(db.queryLong("select count(*) from sales.order_lines l where not exists "
                    + "(select 1 from public.products p where p.id = l.product_id)")).isZero();
        }
    }

    @Test
    void tablesSelectedByPatternRestoreWhereTheirTypesExist() {
        // like pg_dump -t, the table dump has no types: restore them first from a dump without tables
        SelectedDump types = Dumps.writeSelected(SCHEMA, SEED, Selection.builder().excludeTable("*").excludeTable("*.*").build(),
                dir.resolve("types.dump"));
        assertThat(types.dataTables()).isEmpty();
        Path publicTables = dump("customers", b -> b.table("CUSTOMERS").table("prod*"));
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.restore(dir.resolve("types.dump")).assertClean();
            assertThat(tables(db)).isEmpty();
            db.restore(publicTables).assertClean();
            assertThat(tables(db)).containsExactly("public.customers", "public.products");
            assertThat(db.queryLong("select count(*) from public.customers")).isEqualTo(30);
            assertThat(foreignKeys(db)).isEqualTo(2);
        }
    }

    @Test
    void sectionsRestoredOneAfterAnotherMakeTheWholeDatabase() {
        SchemaPlan plan = Dumps.plan(SCHEMA, SEED);
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            for (String section : List.of("pre-data", "data", "post-data")) {
                db.restore(dump(section, b -> b.section(section))).assertClean();
            }
            RestoreRoundTripTest.assertRowCountsAndIntegrity(db, plan);
            assertThat(db.queryLong("select nextval('public.customers_id_seq')")).isEqualTo(31);
        }
    }
}
