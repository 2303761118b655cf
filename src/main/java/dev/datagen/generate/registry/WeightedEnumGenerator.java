package dev.datagen.generate.registry;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.value.StructureGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One of a fixed set of values, by weight: {@code {"weights": {"completed": 80, "pending": 15}}}, or
 * uniformly: {@code {"values": ["a", "b"]}}. Every value must fit the column (enum label, CHECK IN
 * list, length, number range).
 */
final class WeightedEnumGenerator implements GeneratorFactory {
    private static final String EXAMPLE = "{\"weights\": {\"completed\": 80, \"pending\": 20}}";

    @Override
    public Set<String> configKeys() {
        return Set.of("weights", "values");
    }

    @Override
    public ColumnGenerator create(GeneratorRequest request) {
        Choices c = choices(request);
        return StructureGenerators.choice(request.key(), c.labels, c.weights);
    }

    /** Each value once: a permutation of the values over the rows. */
    @Override
    public ColumnGenerator createUnique(GeneratorRequest request) {
        Choices c = choices(request);
        if (c.labels.size() < request.rowCount()) {
            throw new IllegalArgumentException("column " + request.column() + " is unique but weighted_enum has only " + c.labels.size()
                    + " values, fewer than the " + request.rowCount() + " rows; add values or lower row_count");
        }
        return StructureGenerators.distinctChoice(request.key(), c.labels);
    }

    private record Choices(List<String> labels, double[] weights) {
    }

    private static Choices choices(GeneratorRequest request) {
        GeneratorConfig config = request.config();
        Map<?, ?> weights = config.object("weights");
        List<?> values = config.list("values");
        List<String> labels = new ArrayList<>();
        double[] w = null;
        if (weights != null && values != null) {
            throw config.error("weights", "and " + config.name("values") + " both given; use one");
        } else if (weights != null) {
            w = new double[weights.size()];
            for (Map.Entry<?, ?> e : weights.entrySet()) {
                if (!(e.getValue() instanceof Number n) || !(n.doubleValue() >= 0)) {
                    throw new IllegalArgumentException("weight of \"" + e.getKey() + "\" must be a non-negative number, got "
                            + GeneratorConfig.found(e.getValue()));
                }
                w[labels.size()] = n.doubleValue();
                labels.add(String.valueOf(e.getKey()));
            }
        } else if (values != null) {
            values.forEach(v -> labels.add(String.valueOf(v)));
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("weighted_enum needs generator_config.weights, e.g. " + EXAMPLE);
        }
        if (w != null && java.util.Arrays.stream(w).sum() <= 0) {
            throw config.error("weights", "are all 0; give at least one value a positive weight");
        }
        for (String label : labels) {
            request.limits().requireValue(label, "value");
        }
        return new Choices(labels, w);
    }
}
