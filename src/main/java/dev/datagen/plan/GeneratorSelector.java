package dev.datagen.plan;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.GenerationSettings;
import dev.datagen.generate.Rng;
import dev.datagen.generate.registry.ColumnLimits;
import dev.datagen.generate.registry.GeneratorConfig;
import dev.datagen.generate.registry.GeneratorRegistry;
import dev.datagen.generate.registry.GeneratorRequest;
import dev.datagen.generate.registry.NumberLimits;
import dev.datagen.generate.semantic.Family;
import dev.datagen.generate.semantic.Semantic;
import dev.datagen.generate.semantic.Target;
import dev.datagen.generate.value.MinLength;
import dev.datagen.generate.value.MiscGenerators;
import dev.datagen.generate.value.NumberGenerators;
import dev.datagen.generate.value.StructureGenerators;
import dev.datagen.generate.value.TextGenerators;
import dev.datagen.generate.value.TimeGenerators;
import dev.datagen.schema.Column;
import dev.datagen.schema.CustomType;
import dev.datagen.schema.SqlType;
import dev.datagen.schema.SqlType.Base;
import dev.datagen.schema.SqlTypes;
import dev.datagen.schema.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the generator for a non-key column: explicit {@code generator} first (the
 * {@link GeneratorRegistry}'s generators, or a semantic name), then settings that ask for a range
 * or distribution, then the column name's meaning, then the type. Also builds the
 * unique-by-construction generators for keys.
 */
final class GeneratorSelector {
    static final double DEFAULT_NULL_RATIO = 0.1;
    /** Dates and timestamps fall in the last three years before the reference instant by default. */
    private static final long DEFAULT_SPAN_SECONDS = 3L * 365 * 86400;
    /** Settings that make a number or date column without a generator use the "distribution" generator. */
    private static final List<String> RANGE_KEYS = List.of("min", "max", "distribution", "mean", "stddev", "s", "start", "step", "increment");
    static final String COLUMN_SETTINGS = "generator_config.";

    private final GenerationSettings settings;
    private final Map<String, CustomType> customTypes;
    private final GeneratorRegistry registry = GeneratorRegistry.standard();
    private final UniqueGenerators uniques;

    GeneratorSelector(GenerationSettings settings, Map<String, CustomType> customTypes) {
        this.settings = settings;
        this.customTypes = customTypes;
        this.uniques = new UniqueGenerators(this, registry, settings);
    }

    /** Every name accepted in a column's "generator". */
    List<String> generatorNames() {
        List<String> names = new ArrayList<>(registry.names());
        for (Semantic.Kind k : Semantic.Kind.values()) {
            if (!names.contains(k.generatorName())) {
                names.add(k.generatorName());
            }
        }
        return names;
    }

    /** A generator for an ordinary column (not a key, not a foreign key), its settings read from generator_config. */
    ColumnGenerator select(String table, Column column, SqlType type, long key, long rows, CheckRules.Bounds bounds) {
        return select(table, column, type, key, rows, bounds, COLUMN_SETTINGS);
    }

    /** As {@link #select}, with messages naming the settings with {@code settingsPrefix} (rules have their own). */
    ColumnGenerator select(String table, Column column, SqlType type, long key, long rows, CheckRules.Bounds bounds,
            String settingsPrefix) {
        Domain domain = domain(type, bounds);
        if (domain != null && (column.generator() != null || readsRange(domain.base(), column.generatorConfig()))) {
            // settings on a domain column (min/max, a distribution, a generator) apply to its base type
            return select(table, column, domain.base(), key, rows, domain.bounds(), settingsPrefix);
        }
        Map<String, Object> config = column.generatorConfig();
        ColumnGenerator g;
        if (column.generator() != null) {
            g = explicit(table, column, type, key, bounds, request(column, type, key, rows, bounds, settingsPrefix));
        } else if (bounds != null && bounds.allowed != null) {
            g = StructureGenerators.choice(key, allowedValues(type, bounds), null);
        } else if (readsRange(type, config)) {
            g = registry.create("distribution", request(column, type, key, rows, bounds, settingsPrefix));
        } else {
            g = semantic(table, column, type, key, bounds).orElseGet(() -> byType(type, key, config, bounds));
        }
        return withNulls(column, key, atLeast(type, key, bounds, g), settingsPrefix, semanticNullRatio(table, column, type));
    }

    /** The CHECK's IN values that fit the column's length limits; an error when none does. */
    static List<String> allowedValues(SqlType type, CheckRules.Bounds bounds) {
        int max = maxLength(type, bounds.maxLength);
        int min = minLength(bounds);
        List<String> fit = bounds.allowed.stream().filter(v -> {
            int length = v.codePointCount(0, v.length());
            return length >= min && (max < 0 || length <= max);
        }).toList();
        if (fit.isEmpty()) {
            throw new IllegalArgumentException("no value of " + bounds.source + " fits " + type + lengthText(min));
        }
        return fit;
    }

    /** Holds text to a CHECK's minimum length (generated text is never empty, so a minimum of 1 needs nothing). */
    private static ColumnGenerator atLeast(SqlType type, long key, CheckRules.Bounds bounds, ColumnGenerator g) {
        int min = minLength(bounds);
        if (min <= 1 || type.isArray() || !isText(type)) {
            return g;
        }
        requireLengthRoom(type, bounds);
        return MinLength.atLeast(key, min, g);
    }

    /** An error when the type and CHECKs leave no length for a value. */
    static void requireLengthRoom(SqlType type, CheckRules.Bounds bounds) {
        int max = maxLength(type, bounds.maxLength);
        if (max >= 0 && minLength(bounds) > max) {
            throw new IllegalArgumentException("no value satisfies " + type + " and " + bounds.source + ": it needs at least "
                    + minLength(bounds) + " characters but allows at most " + max);
        }
    }

    static int minLength(CheckRules.Bounds bounds) {
        return bounds == null || bounds.minLength == null ? 0 : bounds.minLength;
    }

    private static String lengthText(int min) {
        return min > 1 ? " with at least " + min + " characters" : "";
    }

    static boolean isText(SqlType type) {
        return type.base() == Base.TEXT || type.base() == Base.VARCHAR || type.base() == Base.CHAR;
    }

    /** Whether a number, date or timestamp column without a generator asks for a range or distribution. */
    static boolean readsRange(SqlType type, Map<String, Object> config) {
        boolean number = !type.isArray() && (type.isInteger() || type.base() == Base.NUMERIC || type.base() == Base.REAL
                || type.base() == Base.DOUBLE);
        return (number || isTimeType(type)) && RANGE_KEYS.stream().anyMatch(config::containsKey);
    }

    /** NULL in a share of the rows of a nullable column: null_ratio, by default {@value #DEFAULT_NULL_RATIO}. */
    static ColumnGenerator withNulls(Column column, long key, ColumnGenerator g, String settingsPrefix) {
        return withNulls(column, key, g, settingsPrefix, DEFAULT_NULL_RATIO);
    }

    /** As {@link #withNulls(Column, long, ColumnGenerator, String)}, with the share used when null_ratio is not set. */
    static ColumnGenerator withNulls(Column column, long key, ColumnGenerator g, String settingsPrefix, double defaultRatio) {
        Double ratio = nullRatio(column, settingsPrefix);
        if (!column.nullable()) {
            return g;
        }
        double r = ratio == null ? defaultRatio : ratio;
        return r > 0 ? StructureGenerators.nullable(key, r, g) : g;
    }

    /** The column's null_ratio setting, or null; an error when it is not a share or asks NULLs of a NOT NULL column. */
    static Double nullRatio(Column column, String settingsPrefix) {
        GeneratorConfig config = new GeneratorConfig(column.generatorConfig(), settingsPrefix);
        Double ratio = config.number(GeneratorRegistry.NULL_RATIO);
        if (ratio != null && !(ratio >= 0 && ratio <= 1)) {
            throw config.error(GeneratorRegistry.NULL_RATIO, "must be between 0 and 1, got " + ratio);
        }
        if (!column.nullable() && ratio != null && ratio > 0) {
            throw config.error(GeneratorRegistry.NULL_RATIO, "needs a nullable column; add \"nullable\": true");
        }
        return ratio;
    }

    private ColumnGenerator explicit(String table, Column column, SqlType type, long key, CheckRules.Bounds bounds,
            GeneratorRequest request) {
        String name = column.generator().toLowerCase(Locale.ROOT);
        if (registry.find(name).isPresent()) {
            return registry.create(name, request);
        }
        Optional<Semantic.Kind> kind = Semantic.Kind.named(name);
        if (kind.isPresent()) {
            request.limits().requireNoAllowedList("generator " + name);
            return semanticOf(kind.get(), type, key, bounds);
        }
        throw new IllegalArgumentException(Suggestions.withSuggestion("unknown generator \"" + column.generator() + "\"",
                column.generator(), generatorNames()));
    }

    private Optional<ColumnGenerator> semantic(String table, Column column, SqlType type, long key, CheckRules.Bounds bounds) {
        if (type.isArray() || column.generatorConfig().containsKey("min") || column.generatorConfig().containsKey("max")) {
            return Optional.empty();
        }
        // a kind that does not fit the column's type (a "price" of type text) leaves the type's default
        return Semantic.detect(table, column.name())
                .filter(k -> k.accepts(type))
                .flatMap(k -> semanticTarget(k, type, bounds).map(target -> Semantic.generator(k, key, target)));
    }

    private ColumnGenerator semanticOf(Semantic.Kind k, SqlType type, long key, CheckRules.Bounds bounds) {
        if (!k.accepts(type)) {
            throw new IllegalArgumentException("generator " + k.generatorName() + " needs a column of type "
                    + String.join(" or ", k.families.stream().map(f -> f.types).toList()) + ", not " + type);
        }
        Target target = semanticTarget(k, type, bounds).orElseThrow(() -> new IllegalArgumentException(
                "generator " + k.generatorName() + " has no values that fit " + type));
        return Semantic.generator(k, key, target);
    }

    /**
     * What the column can hold for a kind: the text length limit (type and CHECK), or the kind's
     * natural number range within the type and CHECK bounds (CHECKs win; a type too small for the
     * natural range, such as revenue in a numeric(4,1), gets its default range). Empty when no
     * number can be written at the column's scale.
     */
    private Optional<Target> semanticTarget(Semantic.Kind k, SqlType type, CheckRules.Bounds bounds) {
        Family family = Family.of(type);
        if (!family.isNumber()) {
            return Optional.of(family == Family.TEXT ? Target.text(maxLength(type, bounds == null ? null : bounds.maxLength))
                    : Target.time(family, type.base() == Base.TIMESTAMPTZ));
        }
        try {
            NumberLimits n = numberLimits(type, bounds);
            int scale = family == Family.INTEGER ? 0 : type.base() == Base.NUMERIC && type.precision() >= 0 ? type.scale() : k.decimals;
            ValueRange r = new ValueRange(BigDecimal.valueOf(k.min), BigDecimal.valueOf(k.max)).apply(bounds, scale).narrow(n.min(), n.max());
            if (r.isEmpty()) {
                r = new ValueRange(n.defaultMin(), n.defaultMax());
            }
            Target target = Target.number(family, r.min(), r.max(), scale);
            return target.isDrawable() ? Optional.of(target) : Optional.empty();
        } catch (IllegalArgumentException noValueFits) {
            return Optional.empty();
        }
    }

    /** The default share of NULLs of a nullable column: its kind's (deleted_at is mostly NULL), else the general default. */
    private static double semanticNullRatio(String table, Column column, SqlType type) {
        Optional<Semantic.Kind> kind = column.generator() != null ? Semantic.Kind.named(column.generator())
                : Semantic.detect(table, column.name()).filter(k -> k.accepts(type));
        return kind.map(k -> k.nullRatio).filter(r -> !Double.isNaN(r)).orElse(DEFAULT_NULL_RATIO);
    }

    /** The type's own generator, within its limits (range settings are read by the "distribution" generator). */
    ColumnGenerator byType(SqlType type, long key, Map<String, Object> config, CheckRules.Bounds bounds) {
        if (type.isArray()) {
            SqlType element = type.element();
            // arrays of text hold short words (tags, labels), not paragraphs
            ColumnGenerator elements = element.base() == Base.TEXT ? TextGenerators.words(Rng.key(key, 1), 16)
                    : byType(element, Rng.key(key, 1), Map.of(), null);
            return StructureGenerators.array(key, elements);
        }
        long ref = settings.referenceInstant().getEpochSecond();
        return switch (type.base()) {
            case SMALLINT, INTEGER, BIGINT -> {
                NumberLimits n = numberLimits(type, bounds);
                yield NumberGenerators.integer(key, n.unscaled(n.defaultMin()), n.unscaled(n.defaultMax()));
            }
            case NUMERIC -> {
                NumberLimits n = numberLimits(type, bounds);
                yield NumberGenerators.decimal(key, n.defaultMin(), n.defaultMax(), n.scale());
            }
            case REAL, DOUBLE -> {
                NumberLimits n = numberLimits(type, bounds);
                yield NumberGenerators.floating(key, n.defaultMin().doubleValue(), n.defaultMax().doubleValue(), n.scale());
            }
            case VARCHAR, TEXT -> type.base() == Base.TEXT && (bounds == null || bounds.maxLength == null)
                    ? TextGenerators.sentences(key, -1)
                    : TextGenerators.words(key, maxLength(type, bounds == null ? null : bounds.maxLength));
            case CHAR -> TextGenerators.letters(key, type.length());
            case BOOLEAN -> MiscGenerators.bool(key);
            case DATE -> TimeGenerators.date(key, Math.floorDiv(ref - DEFAULT_SPAN_SECONDS, 86400), Math.floorDiv(ref, 86400));
            case TIMESTAMP, TIMESTAMPTZ -> TimeGenerators.timestamp(key, ref - DEFAULT_SPAN_SECONDS, ref, type.base() == Base.TIMESTAMPTZ);
            case TIME, TIMETZ -> TimeGenerators.time(key, type.base() == Base.TIMETZ);
            case INTERVAL -> TimeGenerators.interval(key);
            case UUID -> MiscGenerators.uuid(key);
            case JSON, JSONB -> MiscGenerators.json(key);
            case BYTEA -> MiscGenerators.bytea(key);
            case INET -> MiscGenerators.inet(key);
            case CIDR -> MiscGenerators.cidr(key);
            case MACADDR -> MiscGenerators.macaddr(key);
            case CUSTOM -> custom(type, key, bounds);
        };
    }

    /** A domain: its base type, and the column's CHECK bounds merged with the domain's own CHECK. */
    record Domain(SqlType base, CheckRules.Bounds bounds) {
    }

    /** {@code type} as a {@link Domain}, or null when it is not a domain. */
    Domain domain(SqlType type, CheckRules.Bounds bounds) {
        if (!type.isCustom() || type.isArray() || !"domain".equalsIgnoreCase(customType(type.customName()).kind())) {
            return null;
        }
        CustomType ct = customType(type.customName());
        SqlType base = SqlTypes.parse(ct.definition().path("base_type").asText(), customTypes.keySet());
        String constraint = ct.definition().path("constraint").asText(null);
        if (constraint == null || constraint.isBlank()) {
            return new Domain(base, bounds);
        }
        CheckRules.Reading reading = CheckRules.read(constraint.replaceFirst("(?i)^\\s*CHECK\\s*", ""));
        if (reading.error() != null) {
            throw new IllegalArgumentException("domain " + type.customName() + ": " + reading.error());
        }
        // the column's own CHECKs hold as well as the domain's
        return new Domain(base, bounds == null ? reading.bounds() : CheckRules.merge(bounds, reading.bounds(),
                bounds.source + " and domain " + type.customName() + " " + reading.bounds().source));
    }

    private ColumnGenerator custom(SqlType type, long key, CheckRules.Bounds bounds) {
        CustomType ct = customType(type.customName());
        String kind = ct.kind().toLowerCase(Locale.ROOT);
        switch (kind) {
            case "enum" -> {
                return StructureGenerators.choice(key, enumLabels(type), null);
            }
            case "domain" -> {
                Domain d = domain(type, bounds);
                return d.bounds() != null && d.bounds().allowed != null ? StructureGenerators.choice(key, d.bounds().allowed, null)
                        : byType(d.base(), key, Map.of(), d.bounds());
            }
            default -> {
                List<ColumnGenerator> fields = new ArrayList<>();
                int i = 0;
                for (var field : ct.definition().path("fields")) {
                    SqlType fieldType = SqlTypes.parse(field.path("type").asText(), customTypes.keySet());
                    fields.add(byType(fieldType, Rng.key(key, 100 + i++), Map.of(), null));
                }
                return StructureGenerators.composite(key, fields);
            }
        }
    }

    /** Distinct values for a single-column key, or an error when the type cannot hold the rows: see {@link UniqueGenerators}. */
    ColumnGenerator unique(String table, Column column, SqlType type, long key, long rows, boolean primaryKey,
            CheckRules.Bounds bounds) {
        return uniques.of(table, column, type, key, rows, primaryKey, bounds);
    }

    /** What a number column may hold (type ∩ CHECKs), the default range within it, and its scale; null for other types. */
    NumberLimits numberLimits(SqlType type, CheckRules.Bounds bounds) {
        if (type.isArray()) {
            return null;
        }
        int scale;
        ValueRange typeRange;
        ValueRange defaults;
        switch (type.base()) {
            case SMALLINT -> {
                scale = 0;
                typeRange = ValueRange.of(Short.MIN_VALUE, Short.MAX_VALUE);
                defaults = ValueRange.of(0, 1000);
            }
            case INTEGER -> {
                scale = 0;
                typeRange = ValueRange.of(Integer.MIN_VALUE, Integer.MAX_VALUE);
                defaults = ValueRange.of(1, 100_000);
            }
            case BIGINT -> {
                scale = 0;
                typeRange = ValueRange.of(Long.MIN_VALUE, Long.MAX_VALUE);
                defaults = ValueRange.of(1, 1_000_000);
            }
            case NUMERIC, REAL, DOUBLE -> {
                scale = type.base() == Base.NUMERIC && type.precision() >= 0 ? type.scale() : 2;
                BigDecimal limit = type.base() == Base.NUMERIC && type.precision() >= 0
                        ? BigDecimal.TEN.pow(type.precision() - scale).subtract(BigDecimal.ONE.movePointLeft(scale))
                        : new BigDecimal("1000000000000");
                typeRange = new ValueRange(limit.negate(), limit);
                defaults = new ValueRange(BigDecimal.ZERO, limit.min(BigDecimal.valueOf(1000)));
            }
            default -> {
                return null;
            }
        }
        ValueRange hard = typeRange.within(bounds, scale);
        String source = type + (bounds == null || bounds.source == null ? "" : " and " + bounds.source);
        if (hard.isEmpty()) {
            throw new IllegalArgumentException("no value satisfies " + source);
        }
        ValueRange d = defaults.apply(bounds, scale).narrow(hard.min(), hard.max());
        if (d.isEmpty()) {
            d = hard;
        }
        return new NumberLimits(hard.min(), hard.max(), d.min(), d.max(), scale, source);
    }

    /** The type's and CHECK constraints' limits of a column, for the generator registry. */
    ColumnLimits limits(SqlType type, CheckRules.Bounds bounds) {
        int max = maxLength(type, bounds == null ? null : bounds.maxLength);
        boolean checkSetsLength = bounds != null && bounds.maxLength != null && (max == bounds.maxLength);
        List<String> labels = enumLabels(type);
        return new ColumnLimits(numberLimits(type, bounds), max, checkSetsLength ? bounds.source : type.toString(),
                bounds == null ? null : bounds.allowed, bounds == null ? null : bounds.source,
                labels == null ? null : type.customName(), labels, minLength(bounds), bounds == null ? null : bounds.source);
    }

    GeneratorRequest request(Column column, SqlType type, long key, long rows, CheckRules.Bounds bounds, String settingsPrefix) {
        return new GeneratorRequest(column.name(), type, new GeneratorConfig(column.generatorConfig(), settingsPrefix), key, rows,
                limits(type, bounds), settings.referenceInstant());
    }

    static int maxLength(SqlType type, Integer checkMaxLength) {
        int max = type.base() == Base.TEXT ? -1 : type.length();
        if (checkMaxLength != null) {
            max = max < 0 ? checkMaxLength : Math.min(max, checkMaxLength);
        }
        return max;
    }

    List<String> enumLabels(SqlType type) {
        if (!type.isCustom()) {
            return null;
        }
        CustomType ct = customType(type.customName());
        if (!"enum".equalsIgnoreCase(ct.kind())) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        ct.definition().path("values").forEach(v -> labels.add(v.asText()));
        return labels;
    }

    private CustomType customType(String name) {
        for (Map.Entry<String, CustomType> e : customTypes.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException("no custom type " + name);
    }

    static boolean isTimeType(SqlType t) {
        return !t.isArray() && (t.base() == Base.DATE || t.base() == Base.TIMESTAMP || t.base() == Base.TIMESTAMPTZ);
    }
}
