package dev.datagen.generate;

/**
 * A generator failed while making rows. Planning rules out every value a generator cannot make, so
 * this is a bug in datagen: the command line reports it as an internal error (exit 1).
 */
public class GenerationException extends RuntimeException {
    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
