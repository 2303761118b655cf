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
     * The locale's word pools, made on first use (decoded from the build's snapshot for en_US; for other
     * locales about a second of Datafaker reading its data files), so schemas whose columns need no
     * names, places or words never pay for them.
     */
    public Vocabulary vocabulary() {
        return Vocabulary.forLocale(locale);
    }
}
