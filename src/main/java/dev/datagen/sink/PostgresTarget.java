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
import java.util.Set;
import java.util.stream.Collectors;
import org.postgresql.Driver;
import org.postgresql.PGConnection;

/**
 * Loads a dump straight into a live PostgreSQL, in pg_restore's order: (--clean drops,) pre-data DDL on
 * one session, then table data by COPY, sequence values, post-data DDL (keys, indexes, foreign keys) and
 * ANALYZE as tasks over up to {@code connections} sessions, each starting as soon as what it needs is
 * done (see {@link LoadPlan}, {@link LoadScheduler}); --single-transaction runs it all in order on one
 * session. Payloads stream from the generator into the COPY protocol through a bounded buffer; nothing is spooled.
 */
public final class PostgresTarget {

    /** pg_restore's options; {@code singleTransaction} loads over one connection whatever {@code connections} says. */
    public record Options(boolean clean, boolean ifExists, boolean create, boolean singleTransaction, int connections) {
    }

    /** What a successful load did. */
    public record Loaded(int tables, String target) {
    }

    private static final String MAINTENANCE_DATABASE = "postgres";

    private final ConnectionSpec spec;
    private final Options options;
    private final long splitBytes;

    public PostgresTarget(ConnectionSpec spec, Options options) {
        this(spec, options, 0);
    }

    /** @param splitBytes tables larger than this load as row ranges over several sessions; 0 for total / connections */
    PostgresTarget(ConnectionSpec spec, Options options, long splitBytes) {
        this.spec = spec;
        this.options = options;
        this.splitBytes = splitBytes;
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
        try {
            loadInto(phases);
        } catch (TargetException | IOException | RuntimeException | Error e) {
            if (options.create()) {
                dropCreatedDatabase(e);
            }
            throw e;
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
            if (options.singleTransaction()) {
                loadSerially(main, phases);
            } else {
                int connections = Math.max(1, options.connections());
                List<LoadTask> tasks = LoadPlan.tasks(phases, connections, splitBytes, majorVersion(main) >= 14);
                LoadScheduler.run(tasks, main, connections, () -> connect(spec, phases));
            }
        } catch (SQLException e) {
            throw TargetErrors.during("the load", e);
        }
    }

    /**
     * --single-transaction: everything on one session in TOC order, committed before ANALYZE. The tables
     * the transaction created are loaded with COPY FREEZE (see {@link TableCopy#copy}).
     */
    private static void loadSerially(Connection main, LoadPhases phases) throws TargetException, IOException {
        Set<Integer> created = phases.createdTableIds();
        for (TocEntry table : phases.tableData()) {
            TableCopy.copy(main, table, table.data(), table.dependencies().stream().anyMatch(created::contains));
        }
        run(main, "setting sequence values", definitions(phases.sequenceSets()));
        run(main, "creating keys, indexes and foreign keys (post-data)", definitions(phases.postData()));
        commit(main);
        analyze(main, phases);
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

    /** The server's major version (15 for 15.4), as the server reported it when the session started. */
    private static int majorVersion(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseMajorVersion();
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

    /**
     * A failed --create load leaves no database behind. Its sessions were cancelled and closed, but their
     * backends may not have ended yet: from PostgreSQL 13 on, WITH (FORCE) ends them. A drop that still
     * fails (the server may be gone) is a warning naming the database; the load's own error is the one reported.
     */
    private void dropCreatedDatabase(Throwable failure) {
        try (Connection c = connect(spec.withDatabase(MAINTENANCE_DATABASE), null); Statement st = c.createStatement()) {
            boolean force = majorVersion(c) >= 13;
            st.execute("DROP DATABASE IF EXISTS " + Identifiers.quote(spec.database()) + (force ? " WITH (FORCE)" : ""));
        } catch (SQLException | TargetException e) {
            System.err.println("datagen: warning: the database \"" + spec.database() + "\" created by --create could not be dropped ("
                    + TargetErrors.firstLine(e) + "); drop it by hand");
            failure.addSuppressed(e);
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

    static List<String> definitions(List<TocEntry> entries) {
        return entries.stream().map(TocEntry::defn).filter(d -> d != null && !d.isBlank()).toList();
    }

    static String qualified(TocEntry e) {
        return Identifiers.qualified(e.namespace(), e.tag());
    }

    /** Asks the server to cancel what the session is running (best effort: the server may be gone). */
    static void cancel(Connection c) {
        try {
            c.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException e) {
            // a session that cannot be reached has nothing running for us any more
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
