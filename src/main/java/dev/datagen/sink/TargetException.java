package dev.datagen.sink;

/** Loading into a live PostgreSQL failed; the message is one line meant for the user. */
public final class TargetException extends Exception {

    /** Unreachable: the server could not be reached or lost (connection, authentication, database missing). */
    public enum Kind { UNREACHABLE, FAILED }

    private final Kind kind;

    public TargetException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
