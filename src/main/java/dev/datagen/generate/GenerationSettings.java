package dev.datagen.generate;

import dev.datagen.generate.faker.Vocabulary;
import java.time.Instant;
import java.util.Locale;

/**
 * Run-wide inputs of generation: the numeric seed, the instant that "now" means (so output never
 * depends on the wall clock) and the data locale.
 */
public record GenerationSettings(long seed, Instant referenceInstant, Locale locale) {
    public static GenerationSettings of(long seed, Instant referenceInstant, Locale locale) {
        return new GenerationSettings(seed, referenceInstant, locale);
    }

    /**
     * The locale's word pools, built on first use (about a second, mostly Datafaker reading its
     * data files), so schemas whose columns need no names, places or words never pay for them.
     */
    public Vocabulary vocabulary() {
        return Vocabulary.forLocale(locale);
    }
}
