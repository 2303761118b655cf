package dev.datagen.plan;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.GenerationSettings;
import dev.datagen.generate.registry.GeneratorConfig;
import dev.datagen.generate.registry.GeneratorRegistry;
import dev.datagen.generate.registry.NumberLimits;
import dev.datagen.generate.semantic.Semantic;
import dev.datagen.generate.value.MiscGenerators;
import dev.datagen.generate.value.NumberGenerators;
import dev.datagen.generate.value.Permutation;
import dev.datagen.generate.value.StructureGenerators;
import dev.datagen.generate.value.TextGenerators;
import dev.datagen.generate.value.TimeGenerators;
import dev.datagen.schema.Column;
import dev.datagen.schema.SqlType;
import dev.datagen.schema.SqlType.Base;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Unique-by-construction generators for single-column keys: each row's value comes from a
 * permutation or sequence of the row number, so no value is ever remembered. An error names the
 * column when its type, settings or CHECKs cannot hold the rows.
 */
final class UniqueGenerators {
    /** The days a unique date or timestamp may take: years 1 to 9999, as PostgreSQL writes them without "BC". */
    private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private final GeneratorSelector selector;
    private final GeneratorRegistry registry;
    private final GenerationSettings settings;

    UniqueGenerators(GeneratorSelector selector, GeneratorRegistry registry, GenerationSettings settings) {
        this.selector = selector;
        this.registry = registry;
        this.settings = settings;
    }

    /** Distinct values for a single-column key, or an error when the type cannot hold the rows. */
    ColumnGenerator of(String table, Column column, SqlType type, long key, long rows, boolean primaryKey, CheckRules.Bounds bounds) {
        if (type.isArray()) {
            throw new IllegalArgumentException("datagen cannot make array column " + column.name() + " unique");
        }
        String generator = column.generator() == null ? null : column.generator().toLowerCase(Locale.ROOT);
        int minLength = GeneratorSelector.isText(type) ? GeneratorSelector.minLength(bounds) : 0;
        if (minLength > 1 && (generator != null || column.generatorConfig().containsKey("distribution"))) {
            throw new IllegalArgumentException("column " + column.name() + " is unique and " + bounds.source + " sets a minimum length; "
                    + "datagen holds only its own unique text to it, so remove the generator or the CHECK");
        }
        if (generator != null && registry.find(generator).isPresent()) {
            return registry.createUnique(generator, selector.request(column, type, key, rows, bounds, GeneratorSelector.COLUMN_SETTINGS));
        }
        if (generator == null && column.generatorConfig().containsKey("distribution")) {
            return registry.createUnique("distribution", selector.request(column, type, key, rows, bounds, GeneratorSelector.COLUMN_SETTINGS));
        }
        if (bounds != null && bounds.allowed != null) {
            return choice(column, type, key, rows, bounds);
        }
        return switch (type.base()) {
            case SMALLINT, INTEGER, BIGINT, NUMERIC -> number(column, type, key, rows, primaryKey, bounds);
            case VARCHAR, TEXT, CHAR -> text(table, column, type, key, rows, generator, minLength, bounds);
            case DATE, TIMESTAMP, TIMESTAMPTZ -> time(column, type, key, rows);
            case BOOLEAN, CUSTOM -> choice(column, type, key, rows, bounds);
            default -> other(column, type, key, rows);
        };
    }

    /** Whole numbers from 1 (or the lowest allowed) up, within min/max, the type and the CHECKs; a sequence for a primary key. */
    private ColumnGenerator number(Column column, SqlType type, long key, long rows, boolean primaryKey, CheckRules.Bounds bounds) {
        NumberLimits n = selector.numberLimits(type, bounds);
        GeneratorConfig config = new GeneratorConfig(column.generatorConfig(), GeneratorSelector.COLUMN_SETTINGS);
        BigDecimal[] r = config.has("min") || config.has("max") ? n.range(config) : new BigDecimal[] {n.min(), n.max()};
        BigDecimal lo = r[0].setScale(0, RoundingMode.CEILING);
        BigDecimal hi = r[1].setScale(0, RoundingMode.FLOOR);
        requireSpace(column, rows, hi.subtract(lo).add(BigDecimal.ONE), n.source());
        long start = lo.max(BigDecimal.ONE.min(hi.subtract(BigDecimal.valueOf(rows - 1)))).longValueExact();
        if (primaryKey && n.scale() == 0) {
            return NumberGenerators.sequential(start);
        }
        return n.scale() == 0 ? NumberGenerators.uniqueInteger(key, start, rows) : NumberGenerators.uniqueDecimal(key, start, rows, n.scale());
    }

    /** An e-mail, user name, slug, SKU ... made distinct by a permuted number in it; otherwise distinct text within the length limits. */
    private static ColumnGenerator text(String table, Column column, SqlType type, long key, long rows, String generator, int minLength,
            CheckRules.Bounds bounds) {
        int max = GeneratorSelector.maxLength(type, bounds == null ? null : bounds.maxLength);
        if (minLength > 1) {
            GeneratorSelector.requireLengthRoom(type, bounds);
        }
        Optional<ColumnGenerator> meaningful = minLength > 1 ? Optional.empty() : (generator != null ? Semantic.Kind.named(generator)
                : Semantic.detect(table, column.name())).flatMap(k -> Semantic.unique(k, key, max, rows));
        if (meaningful.isPresent()) {
            return meaningful.get();
        }
        int need = Math.max(TextGenerators.uniqueMinLength(rows), minLength);
        if (max >= 0 && need > max) {
            throw new IllegalArgumentException("column " + column.name() + " is unique but " + type + " can hold at most "
                    + spaceOf(max) + " distinct values, fewer than the " + rows + " rows; widen the type or lower row_count");
        }
        return TextGenerators.unique(key, max, minLength, rows);
    }

    /** Distinct days or seconds, one apart, ending just before the reference instant. */
    private ColumnGenerator time(Column column, SqlType type, long key, long rows) {
        if (type.base() == Base.DATE) {
            long today = Math.floorDiv(settings.referenceInstant().getEpochSecond(), 86400);
            return TimeGenerators.uniqueDate(key, timeStart(column, rows, today, FIRST_DAY, LAST_DAY, "days"), rows);
        }
        long now = settings.referenceInstant().getEpochSecond();
        long start = timeStart(column, rows, now, FIRST_DAY * 86400, LAST_DAY * 86400 + 86399, "seconds");
        return TimeGenerators.uniqueTimestamp(key, start, rows, type.base() == Base.TIMESTAMPTZ);
    }

    /** A distinct choice among the values a CHECK's IN list allows, true and false, or an enum's labels. */
    private ColumnGenerator choice(Column column, SqlType type, long key, long rows, CheckRules.Bounds bounds) {
        if (bounds != null && bounds.allowed != null) {
            List<String> allowed = GeneratorSelector.allowedValues(type, bounds);
            if (allowed.size() < rows) {
                throw new IllegalArgumentException("column " + column.name() + " is unique but " + bounds.source + " allows only "
                        + allowed.size() + " values, fewer than the " + rows + " rows; allow more values or lower row_count");
            }
            return StructureGenerators.distinctChoice(key, allowed);
        }
        if (type.base() == Base.BOOLEAN) {
            if (rows > 2) {
                throw new IllegalArgumentException("column " + column.name() + " is unique but boolean has only 2 values, fewer than the "
                        + rows + " rows; lower row_count or drop the unique constraint");
            }
            return StructureGenerators.distinctChoice(key, List.of("true", "false"));
        }
        List<String> labels = selector.enumLabels(type);
        if (labels == null) {
            throw new IllegalArgumentException("datagen cannot make column " + column.name() + " of type " + type.customName() + " unique");
        }
        if (labels.size() < rows) {
            throw new IllegalArgumentException("column " + column.name() + " is unique but enum " + type.customName() + " has only "
                    + labels.size() + " labels, fewer than the " + rows + " rows; add labels or lower row_count");
        }
        return StructureGenerators.distinctChoice(key, labels);
    }

    /** UUIDs, addresses in 10.0.0.0/8, JSON objects and byte strings made of a permuted row number; an error for other types. */
    private static ColumnGenerator other(Column column, SqlType type, long key, long rows) {
        switch (type.base()) {
            case UUID -> {
                return MiscGenerators.uniqueUuid(key);
            }
            case INET -> {
                requireSpace(column, rows, BigDecimal.valueOf(1L << 24), "inet (10.0.0.0/8)");
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

    /**
     * Where {@code rows} distinct days or seconds, one apart, start: so that the last is just before
     * {@code reference}, or at year 1 when that would fall before it (PostgreSQL reads years ≤ 0 as BC,
     * and a dump must not hold them); an error when years 1 to 9999 cannot hold the rows.
     */
    private static long timeStart(Column column, long rows, long reference, long first, long last, String unit) {
        requireSpace(column, rows, BigDecimal.valueOf(last - first + 1), unit + " from 0001-01-01 to 9999-12-31");
        return Math.max(first, Math.min(reference - rows, last - rows + 1));
    }

    private static String spaceOf(int length) {
        BigDecimal space = BigDecimal.valueOf(36).pow(length);
        return space.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0 ? "36^" + length : space.toPlainString();
    }

    private static void requireSpace(Column column, long rows, BigDecimal space, String values) {
        if (space.compareTo(BigDecimal.valueOf(rows)) < 0) {
            throw new IllegalArgumentException("column " + column.name() + " is unique but " + values + " can hold only "
                    + space.max(BigDecimal.ZERO).toPlainString() + " distinct values, fewer than the " + rows
                    + " rows; widen the range or lower row_count");
        }
    }
}
