package dev.datagen.generate;

import dev.datagen.generate.faker.Vocabulary;
import java.time.Instant;
import java.util.Locale;

/**
 * Run-wide inputs of generation: the numeric seed, the instant that "now" means (so output never
 * depends on the wall clock), the data locale and its vocabulary.
 */
public record GenerationSettings(long seed, Instant referenceInstant, Locale locale, Vocabulary vocabulary) {
    public static GenerationSettings of(long seed, Instant referenceInstant, Locale locale) {
        return new GenerationSettings(seed, referenceInstant, locale, Vocabulary.forLocale(locale));
    }
}
