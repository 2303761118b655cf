package dev.datagen.generate;

/** Generating rows failed (a bug or an impossible value): reported as a generation failure. */
public class GenerationException extends RuntimeException {
    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
