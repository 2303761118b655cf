package dev.datagen.schema;

/**
 * One thing wrong with a schema document.
 *
 * @param path where in the document, e.g. {@code tables.users.columns[2].type}; empty for the document as a whole
 * @param message what is wrong, usually with a suggestion
 * @param line 1-based line in the source text, or 0 when unknown (the validator works on records, not text)
 * @param column 1-based column in the source text, or 0 when unknown
 */
public record Problem(String path, String message, int line, int column) {

    public Problem {
        path = path == null ? "" : path;
    }

    public Problem(String path, String message) {
        this(path, message, 0, 0);
    }

    /** {@code path: message}, with {@code (line L, column C)} after the path when known; just the message for an empty path. */
    @Override
    public String toString() {
        if (path.isEmpty()) {
            return message;
        }
        String where = line > 0 ? path + " (line " + line + ", column " + column + ")" : path;
        return where + ": " + message;
    }
}
