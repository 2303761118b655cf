package dev.datagen.dump;

/** A -t/-n pattern that matches nothing, or names another database: a usage error, reported before generating. */
public final class SelectionException extends IllegalArgumentException {
    public SelectionException(String message) {
        super(message);
    }
}
