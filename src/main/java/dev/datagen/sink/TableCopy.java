package dev.datagen.sink;

import dev.datagen.dump.TableData;
import dev.datagen.dump.TocEntry;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams a TABLE DATA payload (or a row range of it) into its COPY statement. A payload that fails
 * midway cancels the COPY; the server ends a COPY at the protocol's CopyDone, so a range needs no
 * {@code \.} terminator (and the whole payload's terminator is accepted and ends the data).
 */
final class TableCopy {
    private static final int COPY_BUFFER_SIZE = 256 * 1024;

    private TableCopy() {
    }

    /** COPYs {@code data} into {@code entry}'s table; failures name the table, the payload's own ones pass through. */
    static void copy(Connection c, TocEntry entry, TableData data) throws TargetException, IOException {
        copy(c, entry, data, false);
    }

    /**
     * COPYs {@code data} with FREEZE: the rows are written frozen and all-visible, so no later statement
     * rewrites every page to set hint bits, and from PostgreSQL 14 on the visibility map is set, which
     * lets index-only scans skip the heap. The table must have been created or emptied in the session's
     * current transaction (see {@link #emptyAndCopyFrozen}).
     */
    static void copy(Connection c, TocEntry entry, TableData data, boolean freeze) throws TargetException, IOException {
        try {
            stream(c, entry, data, freeze);
        } catch (SQLException e) {
            throw TargetErrors.during(loading(entry), e);
        } catch (IOException e) {
            if (TargetErrors.sqlCause(e) == null) {
                throw e;    // the payload's own failure (generation, interrupt): not the target's
            }
            throw TargetErrors.during(loading(entry), e);
        }
    }

    /**
     * Loads a table the load created, in one transaction: TRUNCATE (of the empty table: it lets COPY
     * FREEZE the rows) and COPY ... FREEZE of its whole payload. A failure leaves the transaction for the
     * load's end to roll back, as it closes the session.
     */
    static void emptyAndCopyFrozen(Connection c, TocEntry entry) throws TargetException, IOException {
        try {
            c.setAutoCommit(false);
            PostgresTarget.run(c, loading(entry), List.of("TRUNCATE ONLY " + PostgresTarget.qualified(entry)));
            copy(c, entry, entry.data(), true);
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw TargetErrors.during(loading(entry), e);
        }
    }

    static String loading(TocEntry entry) {
        return "loading " + entry.namespace() + "." + entry.tag();
    }

    private static void stream(Connection c, TocEntry entry, TableData data, boolean freeze) throws SQLException, IOException {
        if (entry.copyStmt() == null) {
            throw new IllegalStateException("TABLE DATA of " + PostgresTarget.qualified(entry) + " has no COPY statement");
        }
        String copyStmt = entry.copyStmt().strip();
        CopyIn copyIn = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStmt.substring(0, copyStmt.length() - 1)
                + (freeze ? " WITH (FREEZE)" : ""));
        try {
            CopyInStream out = new CopyInStream(copyIn, COPY_BUFFER_SIZE);
            data.writeTo(out);
            out.flush();
            copyIn.endCopy();
        } finally {
            cancelIfActive(copyIn);
        }
    }

    private static void cancelIfActive(CopyIn copyIn) {
        try {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        } catch (SQLException e) {
            // the connection is gone: the server ends the COPY itself, and the original failure is reported
        }
    }
}
