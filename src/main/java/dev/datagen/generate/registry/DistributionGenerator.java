package dev.datagen.generate.registry;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.value.NumberGenerators;
import dev.datagen.generate.value.TimeGenerators;
import dev.datagen.generate.value.Zipf;
import dev.datagen.schema.Suggestions;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers, dates and timestamps drawn from a distribution within {@code min}/{@code max}, the type's
 * range and the column's CHECK bounds: {@code uniform} (the default), {@code normal} and
 * {@code lognormal} ({@code mean}, {@code stddev}), {@code zipf} (exponent {@code s}; the smallest
 * value is the most frequent) and {@code sequential} ({@code start}, {@code step}). Dates take
 * uniform, normal (stddev a duration such as "30d") and sequential. Columns without an explicit
 * generator whose settings hold a range or a distribution are generated here too.
 */
final class DistributionGenerator implements GeneratorFactory {
    /** What each distribution reads besides "distribution". */
    private static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("uniform", List.of("min", "max"));
        KEYS.put("normal", List.of("mean", "stddev", "min", "max"));
        KEYS.put("lognormal", List.of("mean", "stddev", "min", "max"));
        KEYS.put("zipf", List.of("s", "min", "max"));
        KEYS.put("sequential", List.of("start", "step", "increment"));
    }

    private static final long ZIPF_DEFAULT_VALUES = 1000;
    private static final int RETRIES = 16;
    private static final long DEFAULT_SPAN_SECONDS = 3L * 365 * 86400;
    private static final SequentialGenerator SEQUENTIAL = new SequentialGenerator();

    @Override
    public Set<String> configKeys() {
        Set<String> keys = new LinkedHashSet<>(List.of("distribution"));
        KEYS.values().forEach(keys::addAll);
        return keys;
    }

    @Override
    public ColumnGenerator create(GeneratorRequest request) {
        GeneratorConfig config = request.config();
        String distribution = distribution(config);
        if (distribution.equals("sequential")) {
            return SEQUENTIAL.create(request);
        }
        if (request.isTime()) {
            return time(request, distribution);
        }
        if (!request.isNumber()) {
            throw request.wrongType("distribution", "a number, date or timestamp column");
        }
        request.limits().requireNoAllowedList("distribution " + distribution);
        NumberLimits limits = request.limits().numbers();
        long key = request.key();
        return switch (distribution) {
            case "normal", "lognormal" -> bellCurve(request, distribution.equals("lognormal"));
            case "zipf" -> zipf(request);
            default -> {
                BigDecimal[] r = limits.range(config);
                yield limits.scale() == 0
                        ? NumberGenerators.integer(key, limits.unscaled(r[0]), limits.unscaled(r[1]))
                        : NumberGenerators.decimal(key, r[0], r[1], limits.scale());
            }
        };
    }

    @Override
    public ColumnGenerator createUnique(GeneratorRequest request) {
        return distribution(request.config()).equals("sequential") ? SEQUENTIAL.createUnique(request) : null;
    }

    /** The distribution's name, checked together with the keys it reads. */
    private static String distribution(GeneratorConfig config) {
        String given = config.text("distribution");
        String name = given == null ? "uniform" : given.trim().toLowerCase(java.util.Locale.ROOT);
        List<String> reads = KEYS.get(name);
        if (reads == null) {
            String message = "unknown distribution \"" + given + "\"";
            throw new IllegalArgumentException(Suggestions.closest(name, KEYS.keySet())
                    .map(s -> message + "; did you mean \"" + s + "\"?")
                    .orElse(message + "; use " + String.join(", ", KEYS.keySet())));
        }
        for (String key : config.values().keySet()) {
            if (!key.equals("distribution") && !key.equals(GeneratorRegistry.NULL_RATIO) && !reads.contains(key)) {
                throw config.error(key, "is not read by distribution " + name + ", which reads " + String.join(", ", reads));
            }
        }
        return name;
    }

    /** Normal, or lognormal with the given mean and stddev of the values; resampled when outside the range. */
    private static ColumnGenerator bellCurve(GeneratorRequest request, boolean logNormal) {
        GeneratorConfig config = request.config();
        NumberLimits limits = request.limits().numbers();
        double mean = config.requiredNumber("mean", "{\"distribution\": \"normal\", \"mean\": 100, \"stddev\": 15}");
        double stddev = config.requiredNumber("stddev", "{\"distribution\": \"normal\", \"mean\": 100, \"stddev\": 15}");
        if (!(stddev > 0)) {
            throw config.error("stddev", "must be greater than 0");
        }
        if (logNormal && !(mean > 0)) {
            throw config.error("mean", "of a lognormal distribution must be greater than 0");
        }
        BigDecimal[] r = config.has("min") || config.has("max") ? limits.range(config) : new BigDecimal[] {limits.min(), limits.max()};
        if (BigDecimal.valueOf(mean).compareTo(r[0]) < 0 || BigDecimal.valueOf(mean).compareTo(r[1]) > 0) {
            throw config.error("mean", BigDecimal.valueOf(mean).stripTrailingZeros().toPlainString() + " is outside the range "
                    + r[0].toPlainString() + " to " + r[1].toPlainString() + " (" + limits.source() + (config.has("min") || config.has("max") ? " and min/max" : "") + ")");
        }
        double sigma = logNormal ? Math.sqrt(Math.log1p(stddev * stddev / (mean * mean))) : stddev;
        double mu = logNormal ? Math.log(mean) - sigma * sigma / 2 : mean;
        long lo = limits.unscaled(r[0]);
        long hi = limits.unscaled(r[1]);
        double loUnits = limits.units(lo);
        double hiUnits = limits.units(hi);
        long key = request.key();
        return (row, out) -> {
            Rng rng = row.rng(key);
            double x = 0;
            for (int attempt = 0; attempt < RETRIES; attempt++) {
                double z = gaussian(rng);
                x = logNormal ? Math.exp(mu + sigma * z) : mu + sigma * z;
                if (x >= loUnits && x <= hiUnits) {
                    break;
                }
            }
            limits.write(limits.clamp(x, lo, hi), out);
        };
    }

    /** Box-Muller: a standard normal value from two uniform draws. */
    static double gaussian(Rng rng) {
        double u1 = 1 - rng.nextDouble(); // (0, 1]: log is finite
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** min, min+1, ... max in whole units; min is the most frequent, frequency ∝ 1/rank^s. */
    private static ColumnGenerator zipf(GeneratorRequest request) {
        GeneratorConfig config = request.config();
        NumberLimits limits = request.limits().numbers();
        double s = config.number("s", 1.0);
        if (!(s > 0)) {
            throw config.error("s", "must be greater than 0");
        }
        BigDecimal lo;
        BigDecimal hi;
        if (config.has("min") || config.has("max")) {
            BigDecimal[] r = limits.range(config);
            lo = r[0];
            hi = r[1];
        } else {
            lo = BigDecimal.ONE.max(limits.min()).min(limits.max());
            hi = lo.add(BigDecimal.valueOf(ZIPF_DEFAULT_VALUES - 1)).min(limits.max());
        }
        long first = limits.unscaled(lo);
        long unit = limits.unscaled(BigDecimal.ONE);
        long values = hi.subtract(lo).longValue() + 1;
        Zipf zipf = new Zipf(values, s);
        long key = request.key();
        return (row, out) -> limits.write(first + (zipf.sample(row.rng(key)) - 1) * unit, out);
    }

    private static ColumnGenerator time(GeneratorRequest request, String distribution) {
        GeneratorConfig config = request.config();
        long ref = request.reference().getEpochSecond();
        long from = TimeValues.epochSecond(config, "min", ref - DEFAULT_SPAN_SECONDS);
        long to = TimeValues.epochSecond(config, "max", Math.max(ref, from + DEFAULT_SPAN_SECONDS * (from > ref ? 1 : 0)));
        if (from > to) {
            throw config.error("min", "is after " + config.name("max"));
        }
        long key = request.key();
        boolean date = request.isDate();
        boolean zone = request.withZone();
        switch (distribution) {
            case "uniform" -> {
                return date ? TimeGenerators.date(key, Math.floorDiv(from, 86400), Math.floorDiv(to, 86400))
                        : TimeGenerators.timestamp(key, from, to, zone);
            }
            case "normal" -> {
                Long mean = TimeValues.epochSecond(config, "mean");
                Long stddev = TimeValues.seconds(config, "stddev");
                if (mean == null || stddev == null) {
                    throw config.error(mean == null ? "mean" : "stddev", "is missing; e.g. {\"distribution\": \"normal\", "
                            + "\"mean\": \"2025-06-01\", \"stddev\": \"30d\"}");
                }
                boolean bounded = config.has("min") || config.has("max");
                long lo = bounded ? from : Long.MIN_VALUE / 4;
                long hi = bounded ? to : Long.MAX_VALUE / 4;
                if (mean < lo || mean > hi) {
                    throw config.error("mean", "is outside " + config.name("min") + " to " + config.name("max"));
                }
                return (row, out) -> {
                    Rng rng = row.rng(key);
                    long t = mean;
                    for (int attempt = 0; attempt < RETRIES; attempt++) {
                        t = mean + Math.round(gaussian(rng) * stddev);
                        if (t >= lo && t <= hi) {
                            break;
                        }
                    }
                    t = Math.max(lo, Math.min(hi, t));
                    out.text(date ? TimeGenerators.dateOf(t) : TimeGenerators.format(t, zone));
                };
            }
            default -> throw new IllegalArgumentException("distribution " + distribution
                    + " is for number columns; date and timestamp columns take uniform, normal or sequential");
        }
    }
}
