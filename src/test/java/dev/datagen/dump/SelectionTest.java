package dev.datagen.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datagen.support.Dumps;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Which entries each pg_dump switch keeps, on fidelity.json (public: customers, products, sequence
 * invoice_no, four types, pgcrypto; schema sales: orders, order_lines). The expected lists are what
 * real pg_dump 15 lists for the same switches on the same database, apart from the foreign keys into
 * tables left out, which we drop.
 */
class SelectionTest {

    private static List<String> listing(UnaryOperator<Selection.Builder> options) {
        return Dumps.select("fidelity.json", 1, options.apply(Selection.builder()).build()).content().entries().stream()
                .filter(e -> !List.of("ENCODING", "STDSTRINGS", "SEARCHPATH", "DATABASE").contains(e.desc()))
                .map(e -> e.desc() + " " + (e.namespace() == null ? "-" : e.namespace()) + " " + e.tag())
                .toList();
    }

    private static List<String> warnings(UnaryOperator<Selection.Builder> options) {
        return Dumps.select("fidelity.json", 1, options.apply(Selection.builder()).build()).warnings();
    }

    @Test
    void aBuilderBuildsOnceAndRefusesASecondBuildInsteadOfListingEverythingTwice() {
        DumpBuilder builder = new DumpBuilder(Dumps.plan("fidelity.json", 1), null, 1);
        assertThat(builder.build(Selection.everything()).content().entries()).hasSize(45);
        assertThatThrownBy(() -> builder.build(Selection.everything())).isInstanceOf(IllegalStateException.class)
                .hasMessage("this DumpBuilder has already built its dump; make a new one for another");
    }

    @Test
    void everythingIsPgDumpsFullListing() {
        assertThat(listing(b -> b)).hasSize(41).startsWith("SCHEMA - sales", "EXTENSION - pgcrypto", "COMMENT - EXTENSION pgcrypto",
                "TYPE public address", "DOMAIN public amount", "TYPE public b_level", "TYPE public status");
        assertThat(warnings(b -> b)).isEmpty();
    }

    @Test
    void tableSelectionTakesItsSequenceButNoSchemaTypesOrExtensions() {
        assertThat(listing(b -> b.table("customers"))).containsExactly(
                "TABLE public customers",
                "COMMENT public TABLE customers",
                "COMMENT public COLUMN customers.email",
                "SEQUENCE public customers_id_seq",
                "SEQUENCE OWNED BY public customers_id_seq",
                "DEFAULT public customers id",
                "TABLE DATA public customers",
                "SEQUENCE SET public customers_id_seq",
                "CONSTRAINT public customers customers_email_key",
                "CONSTRAINT public customers customers_pkey",
                "INDEX public customers_profile_idx",
                "INDEX public customers_status_level_idx");
        assertThat(warnings(b -> b.table("customers"))).containsExactly(
                "dropped foreign key customers_favourite_product_id_fkey of public.customers: it references public.products, which is not selected");
    }

    @Test
    void schemaSelectionCreatesTheSchema() {
        assertThat(listing(b -> b.schema("sales"))).containsExactly(
                "SCHEMA - sales",
                "TABLE sales order_lines",
                "TABLE sales orders",
                "COMMENT sales TABLE orders",
                "SEQUENCE sales orders_id_seq",
                "SEQUENCE OWNED BY sales orders_id_seq",
                "DEFAULT sales orders id",
                "TABLE DATA sales order_lines",
                "TABLE DATA sales orders",
                "SEQUENCE SET sales orders_id_seq",
                "CONSTRAINT sales order_lines order_lines_pkey",
                "CONSTRAINT sales orders orders_pkey",
                "INDEX sales order_lines_product_id_idx",
                "FK CONSTRAINT sales order_lines order_lines_order_id_fkey");
        assertThat(warnings(b -> b.schema("sales"))).containsExactly(
                "dropped foreign key order_lines_product_id_fkey of sales.order_lines: it references public.products, which is not selected",
                "dropped foreign key orders_customer_id_fkey of sales.orders: it references public.customers, which is not selected");
    }

    @Test
    void excludedTableKeepsItsSerialSequenceLikePgDump() {
        // pg_dump -T customers still dumps customers_id_seq (its name does not match), without OWNED BY or DEFAULT
        List<String> listing = listing(b -> b.excludeTable("customers"));
        assertThat(listing).contains("SEQUENCE public customers_id_seq", "SEQUENCE SET public customers_id_seq", "TABLE public products")
                .doesNotContain("TABLE public customers", "SEQUENCE OWNED BY public customers_id_seq", "DEFAULT public customers id",
                        "TABLE DATA public customers");
        assertThat(warnings(b -> b.excludeTable("customers"))).containsExactly(
                "dropped foreign key products_maker_id_fkey of public.products: it references public.customers, which is not selected",
                "dropped foreign key orders_customer_id_fkey of sales.orders: it references public.customers, which is not selected");
    }

    @Test
    void excludedSchemaTakesItsTypesAlongButNotTheExtensions() {
        assertThat(listing(b -> b.excludeSchema("public"))).containsExactly(
                "SCHEMA - sales",
                "EXTENSION - pgcrypto",
                "COMMENT - EXTENSION pgcrypto",
                "TABLE sales order_lines",
                "TABLE sales orders",
                "COMMENT sales TABLE orders",
                "SEQUENCE sales orders_id_seq",
                "SEQUENCE OWNED BY sales orders_id_seq",
                "DEFAULT sales orders id",
                "TABLE DATA sales order_lines",
                "TABLE DATA sales orders",
                "SEQUENCE SET sales orders_id_seq",
                "CONSTRAINT sales order_lines order_lines_pkey",
                "CONSTRAINT sales orders orders_pkey",
                "INDEX sales order_lines_product_id_idx",
                "FK CONSTRAINT sales order_lines order_lines_order_id_fkey");
    }

    @Test
    void sectionsAndSchemaOrDataOnly() {
        assertThat(listing(b -> b.dataOnly(true))).containsExactly(
                "TABLE DATA public customers", "TABLE DATA public products", "TABLE DATA sales order_lines", "TABLE DATA sales orders",
                "SEQUENCE SET public customers_id_seq", "SEQUENCE SET public invoice_no", "SEQUENCE SET sales orders_id_seq");
        assertThat(listing(b -> b.section("data"))).isEqualTo(listing(b -> b.dataOnly(true)));
        assertThat(listing(b -> b.schemaOnly(true))).noneMatch(l -> l.startsWith("TABLE DATA") || l.startsWith("SEQUENCE SET"))
                .contains("COMMENT public TABLE customers", "FK CONSTRAINT sales orders orders_customer_id_fkey");
        assertThat(listing(b -> b.section("post-data"))).allMatch(l -> l.startsWith("CONSTRAINT") || l.startsWith("INDEX") || l.startsWith("FK"))
                .hasSize(13);
        assertThat(listing(b -> b.section("pre-data").section("post-data"))).isEqualTo(listing(b -> b.schemaOnly(true)));
        // as with pg_dump, the switches intersect
        assertThat(listing(b -> b.schemaOnly(true).section("data"))).isEmpty();
        assertThat(listing(b -> b.dataOnly(true).section("post-data"))).isEmpty();
        // the special entries and the database are in every archive, as with pg_dump
        assertThat(Dumps.select("fidelity.json", 1, Selection.builder().dataOnly(true).section("post-data").build()).content().entries())
                .extracting(TocEntry::desc).containsExactly("ENCODING", "STDSTRINGS", "SEARCHPATH", "DATABASE");
    }

    @Test
    void noCommentsDropsEveryComment() {
        assertThat(listing(b -> b.comments(false))).hasSize(41 - 4).noneMatch(l -> l.startsWith("COMMENT"));
    }

    @Test
    void foreignKeysAreOnlyWarnedAboutWhenTheyWouldBeWritten() {
        assertThat(warnings(b -> b.table("customers").dataOnly(true))).isEmpty();
        assertThat(warnings(b -> b.table("customers").schemaOnly(true))).hasSize(1);
    }

    @Test
    void patternsThatMatchNothingAreErrorsWithASuggestion() {
        assertThatThrownBy(() -> listing(b -> b.table("custmers")))
                .isInstanceOf(SelectionException.class)
                .hasMessage("no matching tables were found for pattern \"custmers\"; did you mean \"customers\"?");
        assertThatThrownBy(() -> listing(b -> b.table("orders")))
                .hasMessage("no matching tables were found for pattern \"orders\"; did you mean \"sales.orders\"?");
        assertThatThrownBy(() -> listing(b -> b.schema("sals")))
                .hasMessage("no matching schemas were found for pattern \"sals\"; did you mean \"sales\"?");
        assertThatThrownBy(() -> listing(b -> b.table("zzzzzzzz"))).hasMessage("no matching tables were found for pattern \"zzzzzzzz\"");
        assertThat(warnings(b -> b.excludeTable("prodcts").excludeSchema("x"))).containsExactly(
                "no tables match --exclude-table pattern \"prodcts\"; did you mean \"products\"?",
                "no schemas match --exclude-schema pattern \"x\"");
    }

    @Test
    void optionCombinationsPgDumpRefuses() {
        assertThatThrownBy(() -> Selection.builder().schemaOnly(true).dataOnly(true).build())
                .hasMessage("options -s/--schema-only and -a/--data-only cannot be used together");
        assertThatThrownBy(() -> Selection.builder().section("predata")).hasMessage("unrecognized section name: \"predata\"");
    }
}
