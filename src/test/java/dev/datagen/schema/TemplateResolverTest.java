package dev.datagen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mixing, extending and dropping against the fixture templates in src/test/resources/test-templates. */
class TemplateResolverTest {
    private final TemplateCatalog catalog = new TemplateCatalog("test-templates");
    private final TemplateResolver resolver = new TemplateResolver(catalog);

    @Test
    void catalogListsTheIndexAndReadsDescriptionsLeniently() throws SchemaException {
        assertThat(catalog.names()).containsExactly("shop", "crm", "clash");
        assertThat(catalog.schema("shop").description()).isEqualTo("A small shop: customers, products, orders");
        assertThat(catalog.schema("clash").description()).isNull();
        assertThat(catalog.text("shop")).startsWith("{\n  \"version\": \"1.0\",\n  \"description\"");
        assertThat(catalog.schema("shop").tables()).containsOnlyKeys("customers", "products", "orders", "order_items", "carts");
        assertThat(catalog.unknownMessage("shpo")).isEqualTo("no template \"shpo\"; did you mean \"shop\"? (templates: shop, crm, clash)");
        assertThat(new TemplateCatalog("no-such-dir").names()).isEmpty();
    }

    @Test
    void mixingUnifiesSameNamedTablesAndIdenticalTypes() throws SchemaException {
        Schema mixed = resolver.mix(List.of("shop", "crm"));
        assertThat(mixed.tables()).containsOnlyKeys("customers", "products", "orders", "order_items", "carts", "tickets");
        Table customers = mixed.tables().get("customers");
        assertThat(customers.columns()).extracting(Column::name).containsExactly("id", "email", "full_name", "created_at", "segment");
        // varchar(255) and character varying(255) are one type; the first template's definition stays
        assertThat(customers.columns().get(1).type()).isEqualTo("varchar(255)");
        assertThat(customers.rowCount()).isEqualTo(80);
        assertThat(customers.uniqueConstraints()).hasSize(1);
        assertThat(mixed.customTypes()).containsOnlyKeys("order_status");
        assertThat(mixed.database().name()).isEqualTo("shop");
        assertThat(SchemaValidator.validate(mixed)).isEmpty();
    }

    @Test
    void clashesNameBothSources() {
        assertThatThrownBy(() -> resolver.mix(List.of("shop", "crm", "clash")))
                .isInstanceOf(SchemaException.class)
                .hasMessage("template shop + crm + clash: 3 problems\n"
                        + "  table customers: column id is serial in shop + crm but uuid in clash\n"
                        + "  table customers: primary key (id) in shop + crm but (email) in clash\n"
                        + "  custom type order_status: enum {\"values\":[\"pending\",\"shipped\",\"delivered\"]} in shop + crm "
                        + "but enum {\"values\":[\"open\",\"closed\"]} in clash");
    }

    @Test
    void extendingAddsOverridesAndDrops() throws SchemaException {
        Schema extended = resolver.resolve(read("""
                {"extends": ["shop"], "drop": ["carts"],
                 "tables": {
                   "customers": {"row_count": 10, "columns": [{"name": "email", "type": "varchar(120)"}, {"name": "vip", "type": "boolean"}]},
                   "reviews": {"row_count": 40, "columns": [{"name": "id", "type": "serial"}, {"name": "product_id", "type": "integer"},
                               {"name": "stars", "type": "smallint", "generator_config": {"min": 1, "max": 5}}],
                     "primary_key": ["id"],
                     "foreign_keys": [{"columns": ["product_id"], "referenced_table": "products", "referenced_columns": ["id"]}]}
                 }}"""), "my.json");
        assertThat(extended.tables()).containsOnlyKeys("customers", "products", "orders", "order_items", "reviews");
        Table customers = extended.tables().get("customers");
        assertThat(customers.columns()).extracting(Column::name).containsExactly("id", "email", "full_name", "created_at", "vip");
        assertThat(customers.columns().get(1).type()).isEqualTo("varchar(120)");
        assertThat(customers.rowCount()).isEqualTo(10);
        assertThat(customers.primaryKey()).containsExactly("id");
        assertThat(extended.version()).isEqualTo("1.0");
        assertThat(extended.seed()).isEqualTo("7");
        assertThat(extended.extendsTemplates()).isEmpty();
        assertThat(extended.drop()).isEmpty();
        assertThat(SchemaValidator.validate(extended)).isEmpty();
    }

    @Test
    void unknownTemplatesAreReportedWithSuggestionsAndTheDropsGoUnchecked() {
        // with a template missing, the drop names cannot be checked: no "no table to drop" piles on
        assertThatThrownBy(() -> resolver.resolve(read("{\"extends\": [\"shpo\", \"crm\", \"crm\"], \"drop\": [\"carts\"]}"), "my.json"))
                .hasMessage("my.json: 2 problems\n"
                        + "  extends[0]: no template \"shpo\"; did you mean \"shop\"? (templates: shop, crm, clash)\n"
                        + "  extends[2]: template crm is named twice");
    }

    @Test
    void anUnknownDropIsReportedWithASuggestion() {
        assertThatThrownBy(() -> resolver.resolve(read("{\"extends\": [\"crm\"], \"drop\": [\"tickts\"]}"), "my.json"))
                .hasMessage("my.json: 1 problem\n  drop[0]: no table \"tickts\" to drop; did you mean \"tickets\"?");
    }

    @Test
    void extendingReplacesTheForeignKeyOnTheSameColumnsInsteadOfAddingASecond() throws SchemaException {
        Schema extended = resolver.resolve(read("""
                {"extends": ["shop"], "tables": {"orders": {"foreign_keys": [
                   {"columns": ["customer_id"], "referenced_table": "customers", "referenced_columns": ["id"], "on_delete": "cascade"}]}}}"""),
                "my.json");

        assertThat(extended.tables().get("orders").foreignKeys())
                .containsExactly(new ForeignKey(List.of("customer_id"), "customers", List.of("id"), "cascade", null, null, null, null, null, null));
        assertThat(SchemaValidator.validate(extended)).isEmpty();
    }

    @Test
    void overridingReplacesConstraintsAndIndexesOnTheSameColumnsOrOfTheSameNameInPlace() throws SchemaException {
        Table base = table("""
                "unique_constraints": [{"columns": ["a"]}, {"columns": ["b"]}],
                "check_constraints": [{"name": "a_positive", "expression": "a > 0"}, {"name": "b_positive", "expression": "b > 0"}],
                "indexes": [{"name": "t_a", "columns": ["a"]}, {"name": "t_b", "columns": ["b"]}, {"name": "t_c", "columns": ["c"]}]""");
        Table top = table("""
                "unique_constraints": [{"columns": ["A"], "name": "t_a_key"}, {"columns": ["a", "b"]}],
                "check_constraints": [{"name": "A_POSITIVE", "expression": "a >= 1"}, {"expression": "c < 9"}],
                "indexes": [{"name": "t_a", "columns": ["a"], "type": "hash"}, {"name": "t_b_recent", "columns": ["b"], "type": "brin"},
                            {"name": "t_d", "columns": ["d"]}]""");

        Table merged = TableMerge.override(base, top);

        assertThat(merged.uniqueConstraints()).containsExactly(new UniqueConstraint(List.of("A"), "t_a_key"),
                new UniqueConstraint(List.of("b"), null), new UniqueConstraint(List.of("a", "b"), null));
        assertThat(merged.checkConstraints()).containsExactly(new CheckConstraint("a >= 1", "A_POSITIVE"),
                new CheckConstraint("b > 0", "b_positive"), new CheckConstraint("c < 9", null));
        assertThat(merged.indexes()).containsExactly(new Index(List.of("a"), "t_a", "hash", false),
                new Index(List.of("b"), "t_b_recent", "brin", false), new Index(List.of("c"), "t_c", null, false),
                new Index(List.of("d"), "t_d", null, false));
    }

    @Test
    void droppingAReferencedTableNamesTheReferrersUnlessTheyAreDroppedToo() throws SchemaException {
        assertThatThrownBy(() -> resolver.resolve(read("{\"extends\": [\"shop\"], \"drop\": [\"customers\", \"carts\"]}"), "my.json"))
                .hasMessage("my.json: 1 problem\n"
                        + "  drop[0]: cannot drop customers: orders references it; drop that table too, or keep customers");
        Schema schema = resolver.resolve(read("{\"extends\": [\"shop\"], \"drop\": [\"customers\", \"carts\", \"orders\", \"order_items\"]}"), "my.json");
        assertThat(schema.tables()).containsOnlyKeys("products");
    }

    @Test
    void dropWithoutExtendsIsAnError() {
        assertThatThrownBy(() -> resolver.resolve(read("{\"version\": \"1.0\", \"drop\": [\"x\"], \"tables\": {}}"), "my.json"))
                .hasMessage("my.json: 1 problem\n"
                        + "  drop: drop leaves out tables of the templates a schema extends, but this schema has no \"extends\"");
    }

    @Test
    void aSchemaWithoutExtendsIsUnchanged() throws SchemaException {
        Schema plain = read("{\"version\": \"1.0\", \"tables\": {\"t\": {\"columns\": [{\"name\": \"a\", \"type\": \"text\"}]}}}");
        assertThat(resolver.resolve(plain, "x")).isSameAs(plain);
    }

    @Test
    void scaleRoundsAndKeepsAtLeastOneRowAndSetNamesTheTable() throws SchemaException {
        Schema shop = catalog.schema("shop");
        Schema scaled = RowCountOverrides.scale(shop, 0.01);
        assertThat(scaled.tables().get("customers").rowCount()).isEqualTo(1);  // 0.5 rounds to 1
        assertThat(scaled.tables().get("order_items").rowCount()).isEqualTo(2);
        assertThat(RowCountOverrides.scale(shop, 2.5).tables().get("orders").rowCount()).isEqualTo(250);
        assertThat(RowCountOverrides.set(shop, "orders", 7).tables().get("orders").rowCount()).isEqualTo(7);
        assertThatThrownBy(() -> RowCountOverrides.set(shop, "order", 7)).hasMessage("no table \"order\"; did you mean \"orders\"?");
    }

    /** Table t (columns a, b, c, d) with the given constraint fields. */
    private static Table table(String constraints) throws SchemaException {
        return read("""
                {"tables": {"t": {"columns": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}, {"name": "c", "type": "int"},
                   {"name": "d", "type": "int"}], %s}}}""".formatted(constraints)).tables().get("t");
    }

    private static Schema read(String json) throws SchemaException {
        return new SchemaReader().parse(json, "my.json");
    }
}
