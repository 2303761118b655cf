package dev.datagen.generate.registry;

import dev.datagen.generate.ColumnGenerator;
import java.util.Set;

/**
 * Builds the generator named in a column's {@code generator}. A new generator is one class
 * implementing this plus one line in {@link GeneratorRegistry#standard()}. Factories check the
 * settings against the column's type and limits and throw {@link IllegalArgumentException} with a
 * message for the user; the generators they return must be stateless and thread-safe.
 */
public interface GeneratorFactory {
    /** The generator_config keys this generator reads; others are reported ({@code null_ratio} is always allowed). */
    Set<String> configKeys();

    ColumnGenerator create(GeneratorRequest request);

    /** Distinct values for every row of a unique column, or null when this generator cannot promise them. */
    default ColumnGenerator createUnique(GeneratorRequest request) {
        return null;
    }
}
