package dev.datagen.generate.registry;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.schema.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The explicit generators a column can name in {@code generator}, by name (case-insensitive). */
public final class GeneratorRegistry {
    /** Read by every generator on top of its own keys. */
    public static final String NULL_RATIO = "null_ratio";

    private static final GeneratorRegistry STANDARD = new GeneratorRegistry()
            .register("weighted_enum", new WeightedEnumGenerator())
            .register("pattern", new PatternGenerator())
            .register("regex", new RegexGenerator())
            .register("uuid", new UuidGenerator())
            .register("sequential", new SequentialGenerator())
            .register("distribution", new DistributionGenerator())
            .register("timeseries", new TimeseriesGenerator());

    private final Map<String, GeneratorFactory> factories = new LinkedHashMap<>();

    public static GeneratorRegistry standard() {
        return STANDARD;
    }

    public GeneratorRegistry register(String name, GeneratorFactory factory) {
        factories.put(name.toLowerCase(Locale.ROOT), factory);
        return this;
    }

    public Optional<GeneratorFactory> find(String name) {
        return Optional.ofNullable(factories.get(name.toLowerCase(Locale.ROOT)));
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(factories.keySet());
    }

    /** The named generator for the request, after checking that every setting is one it reads. */
    public ColumnGenerator create(String name, GeneratorRequest request) {
        GeneratorFactory factory = checked(name, request);
        return factory.create(request);
    }

    /** The named generator's distinct values for a unique column; an error when it cannot make them. */
    public ColumnGenerator createUnique(String name, GeneratorRequest request) {
        ColumnGenerator g = checked(name, request).createUnique(request);
        if (g == null) {
            throw new IllegalArgumentException("column " + request.column() + " is unique but generator " + name
                    + " cannot promise distinct values; use pattern with {seq}, regex without | ? * +, sequential, uuid "
                    + "weighted_enum (one row per value) or timeseries with an interval and no seasonality");
        }
        return g;
    }

    private GeneratorFactory checked(String name, GeneratorRequest request) {
        GeneratorFactory factory = find(name).orElseThrow(() -> new IllegalArgumentException("no generator " + name));
        List<String> known = new ArrayList<>(factory.configKeys());
        known.add(NULL_RATIO);
        for (String key : request.config().values().keySet()) {
            if (!known.contains(key)) {
                String message = "unknown setting " + request.config().name(key) + " for generator " + name;
                throw new IllegalArgumentException(Suggestions.closest(key, known)
                        .map(s -> message + "; did you mean \"" + s + "\"?")
                        .orElse(message + "; it reads " + String.join(", ", known)));
            }
        }
        return factory;
    }
}
