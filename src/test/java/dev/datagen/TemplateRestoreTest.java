package dev.datagen;

import static dev.datagen.RestoreRoundTripTest.assertRowCountsAndIntegrity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpFormat;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SchemaException;
import dev.datagen.schema.SchemaReader;
import dev.datagen.schema.SchemaValidator;
import dev.datagen.schema.TemplateCatalog;
import dev.datagen.schema.TemplateResolver;
import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schemas built from the fixture templates restore with the real pg_restore: exact row counts, no orphaned keys. */
class TemplateRestoreTest {
    private final TemplateResolver resolver = new TemplateResolver(new TemplateCatalog("test-templates"));

    @TempDir
    Path dir;

    /** extends-shop.json adds reviews (foreign keys into two template tables), overrides customers.email, drops carts. */
    @Test
    void extendingSchemaRestores() throws SchemaException {
        Schema schema = resolver.resolve(new SchemaReader().read(Path.of("src/test/resources/schemas/extends-shop.json")), "extends-shop.json");
        try (TestDatabase db = restoredAndChecked(schema, DumpFormat.CUSTOM)) {
            assertThat(db.queryLong("select count(*) from public.reviews")).isEqualTo(60);
            assertThat(db.queryLong("select count(*) from public.customers")).isEqualTo(40);
            assertThat(db.queryLong("select count(*) from information_schema.tables where table_name = 'carts'")).isZero();
            assertThat(db.queryLong("select character_maximum_length from information_schema.columns "
                    + "where table_name = 'customers' and column_name = 'email'")).isEqualTo(120);
            assertThat(db.queryLong("select count(*) from public.customers where vip is null")).isZero();
        }
    }

    @Test
    void twoTemplateMixRestores() throws SchemaException {
        try (TestDatabase db = restoredAndChecked(resolver.mix(List.of("shop", "crm")), DumpFormat.PLAIN)) {
            // the unified customers table has both templates' columns, and both templates' children point into it
            assertThat(db.queryLong("select count(*) from public.customers where segment not in ('smb', 'enterprise')")).isZero();
            assertThat(db.queryLong("select count(distinct customer_id) from public.tickets")).isGreaterThan(1);
            assertThat(db.queryLong("select count(*) from public.customers")).isEqualTo(80);
        }
    }

    /** Writes {@code schema} in {@code format}, restores it (pg_restore or psql) and checks row counts and foreign keys. */
    private TestDatabase restoredAndChecked(Schema schema, DumpFormat format) throws SchemaException {
        SchemaValidator.requireValid(schema, "resolved");
        Path dump = dir.resolve("out." + format);
        SchemaPlan plan = Dumps.write(schema, format, -1, 3, 2, dump);
        TestDatabase db = TestPostgres.get().createDatabase();
        (format == DumpFormat.PLAIN ? db.runScript(dump) : db.restore(dump)).assertClean();
        assertRowCountsAndIntegrity(db, plan);
        return db;
    }
}
