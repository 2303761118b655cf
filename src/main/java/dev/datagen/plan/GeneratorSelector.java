package dev.datagen.plan;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.GenerationSettings;
import dev.datagen.generate.Rng;
import dev.datagen.generate.value.MiscGenerators;
import dev.datagen.generate.value.NumberGenerators;
import dev.datagen.generate.semantic.Family;
import dev.datagen.generate.semantic.Semantic;
import dev.datagen.generate.semantic.Target;
import dev.datagen.generate.value.PatternGenerator;
import dev.datagen.generate.value.Permutation;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the generator for a non-key column: explicit {@code generator} first, then the column
 * name's meaning, then the type. Also builds the unique-by-construction generators for keys.
 */
final class GeneratorSelector {
    static final double DEFAULT_NULL_RATIO = 0.1;
    private static final List<String> EXPLICIT = List.of("weighted_enum", "pattern", "uuid", "sequential");

    private final GenerationSettings settings;
    private final Map<String, CustomType> customTypes;

    GeneratorSelector(GenerationSettings settings, Map<String, CustomType> customTypes) {
        this.settings = settings;
        this.customTypes = customTypes;
    }

    /** Every name accepted in a column's "generator". */
    static List<String> generatorNames() {
        List<String> names = new ArrayList<>(EXPLICIT);
        for (Semantic.Kind k : Semantic.Kind.values()) {
            if (!names.contains(k.generatorName())) {
                names.add(k.generatorName());
            }
        }
        return names;
    }

    /** A generator for an ordinary column (not a key, not a foreign key). */
    ColumnGenerator select(String table, Column column, SqlType type, long key, CheckRules.Bounds bounds) throws IllegalArgumentException {
        Map<String, Object> config = column.generatorConfig();
        ColumnGenerator g;
        if (column.generator() != null) {
            g = explicit(table, column, type, key, bounds);
        } else if (bounds != null && bounds.allowed != null) {
            g = StructureGenerators.choice(key, bounds.allowed, null);
        } else {
            g = semantic(table, column, type, key, bounds).orElseGet(() -> byType(type, key, config, bounds));
        }
        if (column.nullable()) {
            double ratio = config.get("null_ratio") instanceof Number n ? n.doubleValue() : semanticNullRatio(table, column, type);
            if (ratio > 0) {
                g = StructureGenerators.nullable(key, ratio, g);
            }
        }
        return g;
    }

    private ColumnGenerator explicit(String table, Column column, SqlType type, long key, CheckRules.Bounds bounds) {
        String name = column.generator().toLowerCase(Locale.ROOT);
        Map<String, Object> config = column.generatorConfig();
        switch (name) {
            case "weighted_enum" -> {
                if (!(config.get("weights") instanceof Map<?, ?> weights) || weights.isEmpty()) {
                    throw new IllegalArgumentException("weighted_enum needs generator_config.weights, e.g. {\"weights\": {\"completed\": 80, \"pending\": 20}}");
                }
                List<String> labels = new ArrayList<>();
                double[] w = new double[weights.size()];
                int i = 0;
                for (Map.Entry<?, ?> e : weights.entrySet()) {
                    if (!(e.getValue() instanceof Number n) || n.doubleValue() < 0) {
                        throw new IllegalArgumentException("weight of \"" + e.getKey() + "\" must be a non-negative number");
                    }
                    labels.add(String.valueOf(e.getKey()));
                    w[i++] = ((Number) e.getValue()).doubleValue();
                }
                List<String> enumLabels = enumLabels(type);
                for (String label : labels) {
                    if (enumLabels != null && !enumLabels.contains(label)) {
                        throw new IllegalArgumentException(Suggestions.withSuggestion(
                                "\"" + label + "\" is not a label of enum " + type.customName(), label, enumLabels));
                    }
                }
                return StructureGenerators.choice(key, labels, w);
            }
            case "pattern" -> {
                if (!(config.get("pattern") instanceof String pattern)) {
                    throw new IllegalArgumentException("pattern needs generator_config.pattern, e.g. {\"pattern\": \"ACC-{year}-{seq:6}\"}");
                }
                String error = PatternGenerator.check(pattern);
                if (error != null) {
                    throw new IllegalArgumentException(error);
                }
                return PatternGenerator.of(key, pattern);
            }
            case "uuid" -> {
                return MiscGenerators.uuid(key);
            }
            case "sequential" -> {
                return NumberGenerators.sequential(config.get("start") instanceof Number n ? n.longValue() : 1);
            }
            default -> {
                Optional<Semantic.Kind> kind = Semantic.Kind.named(name);
                if (kind.isPresent()) {
                    return semanticOf(kind.get(), type, key);
                }
                throw new IllegalArgumentException(Suggestions.withSuggestion("unknown generator \"" + column.generator() + "\"",
                        column.generator(), generatorNames()));
            }
        }
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

    private ColumnGenerator semanticOf(Semantic.Kind k, SqlType type, long key) {
        if (!k.accepts(type)) {
            throw new IllegalArgumentException("generator " + k.generatorName() + " needs a column of type "
                    + String.join(" or ", k.families.stream().map(f -> f.types).toList()) + ", not " + type);
        }
        Target target = semanticTarget(k, type, null).orElseThrow(() -> new IllegalArgumentException(
                "generator " + k.generatorName() + " has no values that fit " + type));
        return Semantic.generator(k, key, target);
    }

    /**
     * What the column can hold for a kind: the text length limit (type and CHECK), or the kind's
     * natural number range narrowed by the type and CHECK bounds (CHECKs win). Empty when no
     * number can be written at the column's scale.
     */
    private Optional<Target> semanticTarget(Semantic.Kind k, SqlType type, CheckRules.Bounds bounds) {
        ValueRange natural = new ValueRange(BigDecimal.valueOf(k.min), BigDecimal.valueOf(k.max));
        // a type too small for the kind's natural range (revenue in a numeric(4,1)) gets the type's own range
        return semanticTarget(k, type, bounds, natural).or(() -> semanticTarget(k, type, bounds, null));
    }

    /** @param natural the kind's number range, or null for the type's default range */
    private Optional<Target> semanticTarget(Semantic.Kind k, SqlType type, CheckRules.Bounds bounds, ValueRange natural) {
        Family family = Family.of(type);
        try {
            Target target = switch (family) {
                case TEXT -> Target.text(maxLength(type, bounds == null ? null : bounds.maxLength));
                case INTEGER -> {
                    ValueRange r = integerRange(type, natural != null ? natural : integerDefaults(type), Map.of(), bounds);
                    yield Target.number(family, r.min(), r.max(), 0);
                }
                case DECIMAL -> {
                    int scale = type.precision() >= 0 ? type.scale() : k.decimals;
                    ValueRange r = numericRange(type, natural, Map.of(), bounds, scale);
                    yield Target.number(family, r.min(), r.max(), scale);
                }
                case FLOAT -> {
                    ValueRange r = (natural != null ? natural : ValueRange.of(0, 1000)).apply(bounds, k.decimals);
                    yield r.isEmpty() ? null : Target.number(family, r.min(), r.max(), k.decimals);
                }
                default -> Target.time(family, type.base() == Base.TIMESTAMPTZ);
            };
            if (target == null || family.isNumber() && !target.isDrawable()) {
                return Optional.empty();
            }
            return Optional.of(target);
        } catch (IllegalArgumentException emptyRange) {
            return Optional.empty();
        }
    }

    /** The default share of NULLs of a nullable column: its kind's (deleted_at is mostly NULL), else the general default. */
    private static double semanticNullRatio(String table, Column column, SqlType type) {
        Optional<Semantic.Kind> kind = column.generator() != null ? Semantic.Kind.named(column.generator())
                : Semantic.detect(table, column.name()).filter(k -> k.accepts(type));
        return kind.map(k -> k.nullRatio).filter(r -> !Double.isNaN(r)).orElse(DEFAULT_NULL_RATIO);
    }

    /** The type's own generator, within its limits. */
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
                ValueRange r = integerRange(type, integerDefaults(type), config, bounds);
                yield NumberGenerators.integer(key, r.minLong(), r.maxLong());
            }
            case NUMERIC -> {
                int scale = type.precision() >= 0 ? type.scale() : 2;
                ValueRange r = numericRange(type, null, config, bounds, scale);
                yield NumberGenerators.decimal(key, r.min(), r.max(), scale);
            }
            case REAL, DOUBLE -> {
                ValueRange r = configRange(ValueRange.of(0, 1000), config).apply(bounds, 2);
                yield NumberGenerators.floating(key, r.min().doubleValue(), r.max().doubleValue(), 2);
            }
            case VARCHAR, TEXT -> type.base() == Base.TEXT && (bounds == null || bounds.maxLength == null)
                    ? TextGenerators.sentences(key, -1)
                    : TextGenerators.words(key, maxLength(type, bounds == null ? null : bounds.maxLength));
            case CHAR -> TextGenerators.letters(key, type.length());
            case BOOLEAN -> MiscGenerators.bool(key);
            case DATE -> {
                long[] span = timeSpan(config, ref);
                yield TimeGenerators.date(key, Math.floorDiv(span[0], 86400), Math.floorDiv(span[1], 86400));
            }
            case TIMESTAMP, TIMESTAMPTZ -> {
                long[] span = timeSpan(config, ref);
                yield TimeGenerators.timestamp(key, span[0], span[1], type.base() == Base.TIMESTAMPTZ);
            }
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

    private ColumnGenerator custom(SqlType type, long key, CheckRules.Bounds bounds) {
        CustomType ct = customType(type.customName());
        String kind = ct.kind().toLowerCase(Locale.ROOT);
        switch (kind) {
            case "enum" -> {
                return StructureGenerators.choice(key, enumLabels(type), null);
            }
            case "domain" -> {
                SqlType base = SqlTypes.parse(ct.definition().path("base_type").asText(), customTypes.keySet());
                CheckRules.Bounds domainBounds = bounds;
                String constraint = ct.definition().path("constraint").asText(null);
                if (constraint != null && !constraint.isBlank()) {
                    String expr = constraint.replaceFirst("(?i)^\\s*CHECK\\s*", "");
                    CheckRules.Reading reading = CheckRules.read(expr);
                    if (reading.error() != null) {
                        throw new IllegalArgumentException("domain " + type.customName() + ": " + reading.error());
                    }
                    domainBounds = reading.bounds();
                }
                return byType(base, key, Map.of(), domainBounds);
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

    /** Distinct values for a single-column key, or an error when the type cannot hold the rows. */
    ColumnGenerator unique(String table, Column column, SqlType type, long key, long rows, boolean primaryKey,
            CheckRules.Bounds bounds) {
        if (type.isArray()) {
            throw new IllegalArgumentException("datagen cannot make array column " + column.name() + " unique");
        }
        String generator = column.generator() == null ? null : column.generator().toLowerCase(Locale.ROOT);
        if ("pattern".equals(generator) && column.generatorConfig().get("pattern") instanceof String p && PatternGenerator.isUnique(p)) {
            return explicit(table, column, type, key, bounds);
        }
        switch (type.base()) {
            case SMALLINT, INTEGER, BIGINT -> {
                ValueRange r = integerRange(type, integerDefaults(type), Map.of(), bounds);
                long start = primaryKey ? Math.max(1, r.minLong()) : Math.max(r.minLong(), 1);
                requireSpace(column, rows, BigDecimal.valueOf(r.maxLong()).subtract(BigDecimal.valueOf(start)).add(BigDecimal.ONE), type);
                return primaryKey ? NumberGenerators.sequential(start) : NumberGenerators.uniqueInteger(key, start, rows);
            }
            case NUMERIC -> {
                int scale = type.precision() >= 0 ? type.scale() : 0;
                BigDecimal space = type.precision() >= 0 ? BigDecimal.TEN.pow(type.precision() - scale) : BigDecimal.valueOf(Long.MAX_VALUE);
                requireSpace(column, rows, space.subtract(BigDecimal.ONE), type);
                return NumberGenerators.uniqueDecimal(key, 1, rows, scale);
            }
            case VARCHAR, TEXT, CHAR -> {
                int max = maxLength(type, bounds == null ? null : bounds.maxLength);
                // an e-mail, user name, slug, SKU ... stays one, made distinct by a permuted number in it
                Optional<ColumnGenerator> meaningful = (generator != null ? Semantic.Kind.named(generator)
                        : Semantic.detect(table, column.name())).flatMap(k -> Semantic.unique(k, key, max, rows));
                if (meaningful.isPresent()) {
                    return meaningful.get();
                }
                int need = TextGenerators.uniqueMinLength(rows);
                if (max >= 0 && need > max) {
                    throw new IllegalArgumentException("column " + column.name() + " is unique but " + type + " can hold at most "
                            + spaceOf(max) + " distinct values, fewer than the " + rows + " rows; widen the type or lower row_count");
                }
                return TextGenerators.unique(key, max, rows);
            }
            case UUID -> {
                return MiscGenerators.uniqueUuid(key);
            }
            case DATE -> {
                long today = Math.floorDiv(settings.referenceInstant().getEpochSecond(), 86400);
                return TimeGenerators.uniqueDate(key, today - rows, rows);
            }
            case TIMESTAMP, TIMESTAMPTZ -> {
                long now = settings.referenceInstant().getEpochSecond();
                return TimeGenerators.uniqueTimestamp(key, now - rows, rows, type.base() == Base.TIMESTAMPTZ);
            }
            case BOOLEAN -> {
                requireSpace(column, rows, BigDecimal.valueOf(2), type);
                return StructureGenerators.distinctChoice(key, List.of("true", "false"));
            }
            case CUSTOM -> {
                List<String> labels = enumLabels(type);
                if (labels == null) {
                    throw new IllegalArgumentException("datagen cannot make column " + column.name() + " of type " + type.customName() + " unique");
                }
                requireSpace(column, rows, BigDecimal.valueOf(labels.size()), type);
                return StructureGenerators.distinctChoice(key, labels);
            }
            case INET -> {
                requireSpace(column, rows, BigDecimal.valueOf(1L << 24), type);
                Permutation p = new Permutation(rows, key);
                return (row, out) -> {
                    long i = p.apply(row.row());
                    out.text("10." + ((i >> 16) & 255) + "." + ((i >> 8) & 255) + "." + (i & 255));
                };
            }
            case JSON, JSONB -> {
                Permutation p = new Permutation(rows, key);
                return (row, out) -> out.text("{\"id\": " + (p.apply(row.row()) + 1) + "}");
            }
            case BYTEA -> {
                Permutation p = new Permutation(rows, key);
                return (row, out) -> out.text("\\x" + String.format("%016x", p.apply(row.row())));
            }
            default -> throw new IllegalArgumentException("datagen cannot make a " + type + " column unique");
        }
    }

    private static String spaceOf(int length) {
        BigDecimal space = BigDecimal.valueOf(36).pow(length);
        return space.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0 ? "36^" + length : space.toPlainString();
    }

    private static void requireSpace(Column column, long rows, BigDecimal space, SqlType type) {
        if (space.compareTo(BigDecimal.valueOf(rows)) < 0) {
            throw new IllegalArgumentException("column " + column.name() + " is unique but " + type + " can hold only "
                    + space.toPlainString() + " distinct values, fewer than the " + rows + " rows; widen the type or lower row_count");
        }
    }

    private static ValueRange integerDefaults(SqlType type) {
        return switch (type.base()) {
            case SMALLINT -> ValueRange.of(0, 1000);
            case INTEGER -> ValueRange.of(1, 100_000);
            default -> ValueRange.of(1, 1_000_000);
        };
    }

    /** {@code defaults} narrowed by generator_config min/max, CHECK bounds and the type's limits. */
    private ValueRange integerRange(SqlType type, ValueRange defaults, Map<String, Object> config, CheckRules.Bounds bounds) {
        ValueRange typeRange = switch (type.base()) {
            case SMALLINT -> ValueRange.of(Short.MIN_VALUE, Short.MAX_VALUE);
            case INTEGER -> ValueRange.of(Integer.MIN_VALUE, Integer.MAX_VALUE);
            default -> ValueRange.of(Long.MIN_VALUE, Long.MAX_VALUE);
        };
        ValueRange r = configRange(defaults, config).apply(bounds, 0);
        r = r.narrow(typeRange.min(), typeRange.max());
        if (r.isEmpty()) {
            throw new IllegalArgumentException("no " + type + " value satisfies min/max and the CHECK constraints");
        }
        return r;
    }

    /** {@code defaults} (null: 0 to 1000) narrowed by generator_config min/max, CHECK bounds and the type's precision. */
    private ValueRange numericRange(SqlType type, ValueRange defaults, Map<String, Object> config, CheckRules.Bounds bounds, int scale) {
        BigDecimal limit = type.precision() >= 0
                ? BigDecimal.TEN.pow(type.precision() - scale).subtract(BigDecimal.ONE.movePointLeft(scale))
                : new BigDecimal("1000000000000");
        ValueRange base = defaults != null ? defaults : new ValueRange(BigDecimal.ZERO, limit.min(BigDecimal.valueOf(1000)));
        ValueRange r = configRange(base, config).apply(bounds, scale)
                .narrow(limit.negate(), limit);
        if (r.isEmpty()) {
            throw new IllegalArgumentException("no " + type + " value satisfies min/max and the CHECK constraints");
        }
        return r;
    }

    private static ValueRange configRange(ValueRange defaults, Map<String, Object> config) {
        BigDecimal min = config.get("min") instanceof Number n ? new BigDecimal(n.toString()) : null;
        BigDecimal max = config.get("max") instanceof Number n ? new BigDecimal(n.toString()) : null;
        if (min == null && max == null) {
            return defaults;
        }
        BigDecimal lo = min != null ? min : max.subtract(defaults.max().subtract(defaults.min())).max(defaults.min().min(max));
        BigDecimal hi = max != null ? max : min.add(defaults.max().subtract(defaults.min()));
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("generator_config.min " + lo + " is greater than max " + hi);
        }
        return new ValueRange(lo, hi);
    }

    /** [from, to] epoch seconds: generator_config min/max (ISO dates or timestamps), else the last 3 years. */
    private static long[] timeSpan(Map<String, Object> config, long ref) {
        long from = config.get("min") instanceof String s ? parseTime(s) : ref - 3L * 365 * 86400;
        long to = config.get("max") instanceof String s ? parseTime(s) : ref;
        if (from > to) {
            throw new IllegalArgumentException("generator_config.min is after max");
        }
        return new long[] {from, to};
    }

    private static long parseTime(String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            }
            return Instant.parse(s.replace(' ', 'T').endsWith("Z") || s.contains("+") ? s.replace(' ', 'T') : s.replace(' ', 'T') + "Z").getEpochSecond();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read \"" + s + "\" as a date (2024-01-31) or timestamp (2024-01-31T12:00:00Z)");
        }
    }

    private static int maxLength(SqlType type, Integer checkMaxLength) {
        int max = type.base() == Base.TEXT ? -1 : type.length();
        if (checkMaxLength != null) {
            max = max < 0 ? checkMaxLength : Math.min(max, checkMaxLength);
        }
        return max;
    }

    private List<String> enumLabels(SqlType type) {
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
}
