package dev.datagen.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** pg_dump's pattern rules, each checked against what real pg_dump 15 selected for the same pattern. */
class NamePatternTest {

    @Test
    void unquotedLettersAreLowerCasedAndQuotesKeepCase() {
        assertThat(NamePattern.relation("ORDERS").matchesRelation("public", "public", "orders")).isTrue();
        assertThat(NamePattern.relation("Mixed").matchesRelation("public", "public", "Mixed")).isFalse();
        assertThat(NamePattern.relation("\"Mixed\"").matchesRelation("public", "public", "Mixed")).isTrue();
        assertThat(NamePattern.relation("\"My\"\"Table\"").matchesRelation("public", "public", "My\"Table")).isTrue();
    }

    @Test
    void wildcardsMatchWholeNamesOnly() {
        assertThat(NamePattern.relation("cust?mer").matchesRelation("public", "public", "customer")).isTrue();
        assertThat(NamePattern.relation("cust*").matchesRelation("public", "public", "customer_id_seq")).isTrue();
        assertThat(NamePattern.relation("cust").matchesRelation("public", "public", "customer")).isFalse();
        assertThat(NamePattern.relation("\"cust*\"").matchesRelation("public", "public", "customer")).isFalse();
        assertThat(NamePattern.relation("\"cust*\"").matchesRelation("public", "public", "cust*")).isTrue();
        // outside quotes other regular-expression syntax passes through, as in pg_dump
        assertThat(NamePattern.relation("cust[o]mer").matchesRelation("public", "public", "customer")).isTrue();
        assertThat(NamePattern.relation("a$b").matchesRelation("public", "public", "a$b")).isTrue();
    }

    @Test
    void unqualifiedPatternsSeeOnlyThePublicSchema() {
        assertThat(NamePattern.relation("orders").matchesRelation("public", "sales", "orders")).isFalse();
        assertThat(NamePattern.relation("*.orders").matchesRelation("public", "sales", "orders")).isTrue();
        assertThat(NamePattern.relation("sales.*").matchesRelation("public", "sales", "orders")).isTrue();
        assertThat(NamePattern.relation("sales.*").matchesRelation("public", "public", "orders")).isFalse();
        assertThat(NamePattern.relation("\"a.b\"").matchesRelation("public", "public", "a.b")).isTrue();
    }

    @Test
    void unqualifiedPatternsSeeTheTargetSchemaOfALoad() {
        assertThat(NamePattern.relation("orders").matchesRelation("preview", "preview", "orders")).isTrue();
        assertThat(NamePattern.relation("orders").matchesRelation("preview", "public", "orders")).isFalse();
    }

    @Test
    void databaseQualificationMustNameThisDatabase() {
        NamePattern p = NamePattern.relation("shop.sales.orders");
        p.requireDatabase("shop");
        assertThat(p.matchesRelation("public", "sales", "orders")).isTrue();
        assertThatThrownBy(() -> p.requireDatabase("other"))
                .isInstanceOf(SelectionException.class)
                .hasMessage("cross-database references are not implemented: shop.sales.orders");
    }

    @Test
    void tooManyDotsIsPgDumpsError() {
        assertThatThrownBy(() -> NamePattern.relation("a.b.c.d")).hasMessage("improper relation name (too many dotted names): a.b.c.d");
        assertThatThrownBy(() -> NamePattern.schema("a.b.c")).hasMessage("improper qualified name (too many dotted names): a.b.c");
    }

    @Test
    void schemaPatterns() {
        assertThat(NamePattern.schema("SAL*").matchesSchema("sales")).isTrue();
        assertThat(NamePattern.schema("sal").matchesSchema("sales")).isFalse();
    }
}
