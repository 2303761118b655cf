package dev.datagen.sink;

import java.io.IOException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns the driver's exceptions into one-line messages, telling an unreachable target from a refused load. */
final class TargetErrors {

    private TargetErrors() {
    }

    /** A failure to open a connection to {@code spec}. */
    static TargetException connecting(ConnectionSpec spec, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = spec.host() + ":" + spec.port();
        String message = switch (state) {
            case "28P01", "28000" -> "cannot log in to " + where + " as " + spec.user() + ": " + firstLine(e)
                    + (spec.password() == null ? " (no password given: use PGPASSWORD or a password file)" : "");
            case "3D000" -> "database \"" + spec.database() + "\" does not exist on " + where + "; add --create to create it";
            // the driver reports a name that does not resolve as "The connection attempt failed."; the cause says why
            default -> cause(e, UnknownHostException.class) != null ? "cannot connect to " + where + ": unknown host " + spec.host()
                    : "cannot connect to " + where + ": " + firstLine(e);
        };
        return new TargetException(TargetException.Kind.UNREACHABLE, message, e);
    }

    /** The first of {@code e} and its causes that is a {@code type}, or null. */
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A failure while running {@code what} (e.g. "loading public.users") over an open connection. */
    static TargetException during(String what, Exception e) {
        SQLException sql = sqlCause(e);
        if (sql != null && connectionLost(sql)) {
            return new TargetException(TargetException.Kind.UNREACHABLE,
                    "lost the connection to the target while " + what + ": " + firstLine(sql), e);
        }
        return new TargetException(TargetException.Kind.FAILED, "the target refused " + what + ": "
                + firstLine(sql != null ? sql : e), e);
    }

    /** Class 08 (connection exception) and 57P01-57P03 (the server ended the session or is shutting down). */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }

    static SQLException sqlCause(Throwable e) {
        return cause(e, SQLException.class);
    }

    /** The driver's messages can span lines (hints, positions): the first is the one that matters. */
    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl >= 0 ? m.substring(0, nl) : m).strip();
    }

}
