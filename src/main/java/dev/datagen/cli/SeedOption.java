package dev.datagen.cli;

import dev.datagen.generate.Rng;
import java.security.SecureRandom;

/**
 * Seeds: a whole number is used as is (when it fits in 64 bits), any other text — larger numbers
 * included — is hashed, so every seed a user writes is accepted and reproducible.
 */
final class SeedOption {
    private SeedOption() {
    }

    static long parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the seed is empty; give a number or any text, e.g. --seed 42");
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return Rng.key(t);
        }
    }

    static long random() {
        return new SecureRandom().nextLong() & Long.MAX_VALUE;
    }
}
