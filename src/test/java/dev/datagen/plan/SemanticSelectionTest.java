package dev.datagen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.GenerationSettings;
import dev.datagen.generate.Rng;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.TableKeys;
import dev.datagen.generate.TextValue;
import dev.datagen.generate.semantic.Family;
import dev.datagen.generate.semantic.Semantic.Kind;
import dev.datagen.schema.Column;
import dev.datagen.schema.SqlType;
import dev.datagen.schema.SqlTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Semantic kinds through the real selection path: every kind as an explicit generator on every
 * type it fills, within the type's limits; CHECK bounds win over a kind's natural range; detected
 * kinds on other types fall back silently; unique columns stay meaningful and distinct.
 */
class SemanticSelectionTest {
    private static final GenerationSettings SETTINGS = GenerationSettings.of(9, Instant.parse("2026-01-01T00:00:00Z"), Locale.US);
    private static final Map<Family, List<String>> TYPES = Map.of(
            Family.TEXT, List.of("text", "varchar(6)", "char(2)", "varchar(255)"),
            Family.INTEGER, List.of("smallint", "integer", "bigint"),
            Family.DECIMAL, List.of("numeric(10,2)", "numeric(4,1)", "numeric(3,3)", "numeric"),
            Family.FLOAT, List.of("real", "double precision"),
            Family.DATE, List.of("date"),
            Family.TIMESTAMP, List.of("timestamp", "timestamptz"),
            Family.INET, List.of("inet"), Family.MACADDR, List.of("macaddr"), Family.UUID, List.of("uuid"),
            Family.INTERVAL, List.of("interval"));
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final GeneratorSelector selector = new GeneratorSelector(SETTINGS, Map.of());

    @Test
    void everyKindIsAnExplicitGeneratorForEveryTypeItFillsAndStaysInsideTheType() {
        List<String> problems = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Family family : kind.families) {
                for (String type : TYPES.get(family)) {
                    // "uuid" names the built-in explicit generator; the uuid kind is reached through a name
                    Column column = kind == Kind.UUID ? new Column("guid", type, false, null, null, Map.of(), null)
                            : new Column("c", type, false, null, kind.generatorName(), Map.of(), null);
                    for (String v : values(selector.select("t", column, parse(type), 77, 200, null), 200)) {
                        String problem = outsideType(v, parse(type));
                        if (problem != null) {
                            problems.add(kind + " on " + type + ": \"" + v + "\" " + problem);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anExplicitKindOnATypeItCannotFillIsAnError() {
        Column column = new Column("c", "text", false, null, "price", Map.of(), null);
        assertThatThrownBy(() -> selector.select("t", column, parse("text"), 1, 10, null))
                .hasMessage("generator price needs a column of type smallint, integer, bigint or numeric(p,s) or real, "
                        + "double precision, not text");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"price, text", "email, integer", "created_at, text", "is_deleted, boolean", "ip_address, cidr", "age, varchar(3)"})
    void aDetectedKindOnAnotherTypeFallsBackToTheTypeSilently(String name, String type) {
        Column column = new Column(name, type, false, null, null, Map.of(), null);
        for (String v : values(selector.select("t", column, parse(type), 5, 50, null), 50)) {
            assertThat(outsideType(v, parse(type))).isNull();
        }
    }

    @Test
    void checkBoundsWinOverTheKindsNaturalRange() {
        CheckRules.Bounds positive = CheckRules.read("price > 0").bounds();
        assertThat(numbers("price", "numeric(10,2)", positive)).allMatch(v -> v.signum() > 0 && v.scale() == 2);
        CheckRules.Bounds expensive = CheckRules.read("price > 5000").bounds();
        assertThat(numbers("price", "numeric(10,2)", expensive)).allMatch(v -> v.compareTo(BigDecimal.valueOf(5000)) > 0);
        CheckRules.Bounds few = CheckRules.read("quantity BETWEEN 2 AND 5").bounds();
        assertThat(numbers("quantity", "smallint", few)).allMatch(v -> v.intValue() >= 2 && v.intValue() <= 5)
                .extracting(BigDecimal::intValue).contains(2, 3, 4, 5);
        CheckRules.Bounds cheap = CheckRules.read("unit_price <= 3").bounds();
        assertThat(numbers("unit_price", "numeric(6,2)", cheap)).allMatch(v -> v.compareTo(BigDecimal.valueOf(3)) <= 0);
        CheckRules.Bounds shortText = CheckRules.read("char_length(city) <= 4").bounds();
        assertThat(values(selector.select("t", new Column("city", "text", false, null, null, Map.of(), null), parse("text"), 3, 300,
                shortText), 300)).allMatch(v -> !v.isEmpty() && v.length() <= 4);
    }

    @Test
    void pricesLookLikePricesAndQuantitiesAreSmall() {
        List<BigDecimal> prices = numbers("price", "numeric(10,2)", null);
        assertThat(prices).allMatch(v -> v.compareTo(BigDecimal.valueOf(0.5)) >= 0 && v.compareTo(BigDecimal.valueOf(1000)) <= 0);
        long endingIn99 = prices.stream().filter(v -> v.remainder(BigDecimal.ONE).compareTo(new BigDecimal("0.99")) == 0).count();
        assertThat(endingIn99).isGreaterThan(prices.size() / 5);
        List<BigDecimal> quantities = numbers("qty", "integer", null);
        assertThat(quantities.stream().filter(q -> q.intValue() <= 3).count()).isGreaterThan(quantities.size() * 8 / 10);
    }

    @Test
    void deletedAtIsMostlyNullUnlessTheSchemaSaysOtherwise() {
        Column deleted = new Column("deleted_at", "timestamptz", true, null, null, Map.of(), null);
        long nulls = values(selector.select("t", deleted, parse("timestamptz"), 4, 2000, null), 2000).stream().filter(v -> v == null).count();
        assertThat(nulls).isBetween(1600L, 1800L);
        Column halfDeleted = new Column("deleted_at", "timestamptz", true, null, null, Map.of("null_ratio", 0.5), null);
        long half = values(selector.select("t", halfDeleted, parse("timestamptz"), 4, 2000, null), 2000).stream().filter(v -> v == null).count();
        assertThat(half).isBetween(900L, 1100L);
        Column email = new Column("email", "text", true, null, null, Map.of(), null);
        long emailNulls = values(selector.select("t", email, parse("text"), 4, 2000, null), 2000).stream().filter(v -> v == null).count();
        assertThat(emailNulls).isBetween(150L, 250L);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"email, varchar(40), '^[a-z._]*[0-9]+@[a-z0-9.-]+$'", "user_name, varchar(12), '^[a-z._]*[0-9]+$'",
        "slug, varchar(30), '^[a-z0-9-]*-[0-9]+$'", "sku, varchar(9), '^[A-Z]{3}-[0-9]{5}$'",
        "invoice_number, varchar(16), '^[0-9]{4}-[0-9]{6}$'", "account_number, varchar(10), '^[1-9][0-9]{9}$'",
        "email, varchar(15), '^.*$'"})
    void uniqueColumnsKeepTheirMeaningAndAreDistinct(String name, String type, String shape) {
        int rows = 5000;
        ColumnGenerator g = selector.unique("t", new Column(name, type, false, null, null, Map.of(), null), parse(type), 8, rows, false, null);
        List<String> values = values(g, rows);
        assertThat(new HashSet<>(values)).hasSize(rows);
        assertThat(values).allMatch(v -> outsideType(v, parse(type)) == null).allMatch(v -> v.matches(shape));
    }

    private List<BigDecimal> numbers(String name, String type, CheckRules.Bounds bounds) {
        Column column = new Column(name, type, false, null, null, Map.of(), null);
        return values(selector.select("t", column, parse(type), 21, 500, bounds), 500).stream().map(BigDecimal::new).toList();
    }

    static SqlType parse(String type) {
        return SqlTypes.parse(type, Set.of());
    }

    /** The values of rows 0..n-1 (null for NULL). */
    static List<String> values(ColumnGenerator g, int n) {
        RowContext ctx = new RowContext(SETTINGS, 1);
        TableKeys table = new TableKeys(0, "t", Rng.key("t"), n);
        List<String> out = new ArrayList<>();
        TextValue v = new TextValue();
        for (int r = 0; r < n; r++) {
            g.generate(ctx.at(table, r), v.clear());
            out.add(v.isNull() ? null : v.text().toString());
        }
        return out;
    }

    /** Why PostgreSQL would reject {@code v} for {@code type}, or null when it fits. */
    static String outsideType(String v, SqlType type) {
        if (v == null) {
            return "is NULL";
        }
        try {
            switch (type.base()) {
                case VARCHAR, CHAR -> {
                    return v.isEmpty() ? "is empty" : v.codePointCount(0, v.length()) > type.length() ? "is longer than " + type.length() : null;
                }
                case TEXT -> {
                    return v.isEmpty() ? "is empty" : null;
                }
                case SMALLINT -> {
                    Short.parseShort(v);
                    return null;
                }
                case INTEGER -> {
                    Integer.parseInt(v);
                    return null;
                }
                case BIGINT -> {
                    Long.parseLong(v);
                    return null;
                }
                case NUMERIC -> {
                    BigDecimal d = new BigDecimal(v);
                    if (type.precision() >= 0 && (d.scale() > type.scale() || d.precision() - d.scale() > type.precision() - type.scale())) {
                        return "does not fit " + type;
                    }
                    return null;
                }
                case REAL, DOUBLE -> {
                    Double.parseDouble(v);
                    return null;
                }
                case DATE -> {
                    LocalDate.parse(v);
                    return null;
                }
                case TIMESTAMP, TIMESTAMPTZ -> {
                    LocalDateTime.parse(v.replace("+00", ""), TIMESTAMP);
                    return null;
                }
                case INET -> {
                    return v.matches("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}") ? null : "is no IP address";
                }
                case MACADDR -> {
                    return v.matches("([0-9a-f]{2}:){5}[0-9a-f]{2}") ? null : "is no MAC address";
                }
                case UUID -> {
                    java.util.UUID.fromString(v);
                    return null;
                }
                default -> {
                    return v.isEmpty() ? "is empty" : null;
                }
            }
        } catch (RuntimeException e) {
            return "does not parse: " + e.getMessage();
        }
    }
}
