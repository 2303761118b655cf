package dev.datagen.sink;

import dev.datagen.dump.DumpContent;
import dev.datagen.dump.TocEntry;
import dev.datagen.schema.Identifiers;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads a dump straight into a live PostgreSQL, in pg_restore's order: (--clean drops,) pre-data DDL,
 * table data by COPY over up to {@code connections} connections at once, sequence values, post-data DDL
 * (keys, indexes, foreign keys), then ANALYZE of the loaded tables. Payloads stream from the generator
 * into the COPY protocol through a bounded buffer; nothing is spooled.
 */
public final class PostgresTarget {

    /** pg_restore's options; {@code singleTransaction} loads over one connection whatever {@code connections} says. */
    public record Options(boolean clean, boolean ifExists, boolean create, boolean singleTransaction, int connections) {
    }

    /** What a successful load did. */
    public record Loaded(int tables, String target) {
    }

    private static final int COPY_BUFFER_SIZE = 256 * 1024;
    private static final String MAINTENANCE_DATABASE = "postgres";

    private final ConnectionSpec spec;
    private final Options options;

    public PostgresTarget(ConnectionSpec spec, Options options) {
        this.spec = spec;
        this.options = options;
    }

    /** The target as the summary names it, never with the password: postgresql://user@host:port/db (schema NAME). */
    public String describe(String schema) {
        return "postgresql://" + spec.describe() + " (schema " + schema + ")";
    }

    public Loaded load(DumpContent content) throws TargetException, IOException {
        LoadPhases phases = LoadPhases.of(content.entries());
        if (options.create()) {
            createDatabase();
        }
        boolean done = false;
        try {
            loadInto(phases);
            done = true;
        } finally {
            if (options.create() && !done) {
                dropCreatedDatabase();
            }
        }
        return new Loaded(phases.tableData().size(), spec.describe());
    }

    /**
     * Drops what {@code content} would create — the statements of --clean --if-exists, in reverse order —
     * in one transaction, so it removes all of it or nothing; objects that are not there are skipped, so
     * removing twice is fine. Returns the number of tables the content creates.
     */
    public int remove(DumpContent content) throws TargetException {
        LoadPhases phases = LoadPhases.of(content.entries());
        try (Connection c = connect(spec, phases)) {
            c.setAutoCommit(false);
            run(c, "dropping the objects", phases.dropStatements(true));
            commit(c);
        } catch (SQLException e) {
            throw TargetErrors.during("the removal", e);
        }
        return phases.createdTables().size();
    }

    private void loadInto(LoadPhases phases) throws TargetException, IOException {
        try (Connection main = connect(spec, phases)) {
            if (!options.clean()) {
                refuseConflicts(main, phases);
            }
            main.setAutoCommit(!options.singleTransaction());
            if (options.clean()) {
                run(main, "dropping the existing objects (--clean)", phases.dropStatements(options.ifExists()));
            }
            run(main, "creating the tables (pre-data)", definitions(phases.preData()));
            int connections = options.singleTransaction() ? 1 : Math.max(1, options.connections());
            TableLoader.load(phases.tableData(), main, connections, () -> connect(spec, phases));
            run(main, "setting sequence values", definitions(phases.sequenceSets()));
            run(main, "creating keys, indexes and foreign keys (post-data)", definitions(phases.postData()));
            if (options.singleTransaction()) {
                commit(main);
            }
            analyze(main, phases);
        } catch (SQLException e) {
            throw TargetErrors.during("the load", e);
        }
    }

    /** Opens a session set up as pg_restore's: the dump's encoding, string and search_path settings. */
    static Connection connect(ConnectionSpec target, LoadPhases phases) throws TargetException {
        Connection c;
        try {
            // the driver directly, not DriverManager: it only hands out drivers of the caller's class loader
            c = new Driver().connect(target.jdbcUrl(), target.properties());
        } catch (SQLException e) {
            throw TargetErrors.connecting(target, e);
        }
        List<String> setup = new ArrayList<>(definitions(phases == null ? List.of() : phases.settings()));
        setup.addAll(List.of("SET statement_timeout = 0", "SET lock_timeout = 0", "SET idle_in_transaction_session_timeout = 0",
                "SET check_function_bodies = false", "SET client_min_messages = warning", "SET row_security = off"));
        try {
            run(c, "setting up the session", setup);
        } catch (TargetException e) {
            close(c);
            throw e;
        }
        return c;
    }

    /** Fails before anything is created when a table we would create is there already. */
    private static void refuseConflicts(Connection c, LoadPhases phases) throws TargetException {
        List<String> existing = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT pg_catalog.to_regclass(?) IS NOT NULL")) {
            for (TocEntry table : phases.createdTables()) {
                st.setString(1, qualified(table));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        existing.add(table.namespace() + "." + table.tag());
                    }
                }
            }
        } catch (SQLException e) {
            throw TargetErrors.during("checking for existing tables", e);
        }
        if (!existing.isEmpty()) {
            throw new TargetException(TargetException.Kind.FAILED, "target already has " + (existing.size() == 1 ? "table " : "tables ")
                    + String.join(", ", existing) + "; use --clean to replace " + (existing.size() == 1 ? "it" : "them"), null);
        }
    }

    /** --create: CREATE DATABASE from the maintenance database; an existing database is an error. */
    private void createDatabase() throws TargetException {
        ConnectionSpec maintenance = spec.withDatabase(MAINTENANCE_DATABASE);
        try (Connection c = connect(maintenance, null)) {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM pg_catalog.pg_database WHERE datname = ?")) {
                st.setString(1, spec.database());
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        throw new TargetException(TargetException.Kind.FAILED, "database \"" + spec.database()
                                + "\" already exists on " + spec.host() + ":" + spec.port() + "; leave out --create to load into it", null);
                    }
                }
            }
            run(c, "creating the database", List.of("CREATE DATABASE " + Identifiers.quote(spec.database())
                    + " WITH TEMPLATE = template0 ENCODING = 'UTF8'"));
        } catch (SQLException e) {
            throw TargetErrors.during("creating the database", e);
        }
    }

    /** A failed --create load leaves no database behind (best effort: the server may be gone). */
    private void dropCreatedDatabase() {
        try (Connection c = connect(spec.withDatabase(MAINTENANCE_DATABASE), null); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(spec.database()));
        } catch (SQLException | TargetException e) {
            // the load's own error is the one to report
        }
    }

    private static void commit(Connection c) throws TargetException {
        try {
            c.commit();
        } catch (SQLException e) {
            throw TargetErrors.during("committing the load", e);
        }
    }

    private static void analyze(Connection c, LoadPhases phases) throws TargetException {
        List<TocEntry> tables = phases.createdTables();
        if (!tables.isEmpty()) {
            run(c, "analyzing the loaded tables", List.of("ANALYZE " + tables.stream().map(PostgresTarget::qualified)
                    .collect(Collectors.joining(", "))));
        }
    }

    /** Runs statements in order; the first failure names what was being done. */
    static void run(Connection c, String what, List<String> statements) throws TargetException {
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw TargetErrors.during(what, e);
        }
    }

    private static List<String> definitions(List<TocEntry> entries) {
        return entries.stream().map(TocEntry::defn).filter(d -> d != null && !d.isBlank()).toList();
    }

    static String qualified(TocEntry e) {
        return Identifiers.qualified(e.namespace(), e.tag());
    }

    /** Streams one TABLE DATA payload into its COPY statement; a payload that fails midway cancels the COPY. */
    static void copy(Connection c, TocEntry entry) throws SQLException, IOException {
        if (entry.copyStmt() == null) {
            throw new IllegalStateException("TABLE DATA of " + qualified(entry) + " has no COPY statement");
        }
        String copyStmt = entry.copyStmt().strip();
        CopyIn copyIn = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStmt.substring(0, copyStmt.length() - 1));
        try {
            CopyInStream out = new CopyInStream(copyIn, COPY_BUFFER_SIZE);
            entry.data().writeTo(out);
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

    static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing left to do
        }
    }
}
