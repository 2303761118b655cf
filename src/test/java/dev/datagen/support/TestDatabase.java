package dev.datagen.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A fresh database on the shared {@link TestPostgres} server; {@link #close()} drops it. */
public final class TestDatabase implements AutoCloseable {

    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(10);

    private final TestPostgres server;
    private final String name;

    TestDatabase(TestPostgres server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    /** The single value of a one-row, one-column query (e.g. {@code select count(*) ...}). */
    public long queryLong(String sql) {
        List<List<String>> rows = query(sql);
        if (rows.size() != 1 || rows.get(0).size() != 1 || rows.get(0).get(0) == null) {
            throw new IllegalStateException("expected one non-null value from: " + sql + ", got " + rows);
        }
        return Long.parseLong(rows.get(0).get(0));
    }

    /** Runs statements that return no rows (DDL, inserts). */
    public void execute(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed on " + name + ": " + sql, e);
        }
    }

    /** All rows as text (SQL NULL as null). */
    public List<List<String>> query(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed on " + name + ": " + sql, e);
        }
    }

    /**
     * Restores an archive (custom, directory or tar format) with the real
     * {@code pg_restore --exit-on-error --no-owner}; skips the test when pg_restore is missing.
     * Check the result with {@link ToolResult#assertClean()}.
     */
    public ToolResult restore(Path dump, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--exit-on-error", "--no-owner"));
        args.addAll(List.of(extraArgs));
        args.add(dump.toAbsolutePath().toString());
        return server.client(requireTool("pg_restore"), name, args, TOOL_TIMEOUT);
    }

    /** Dumps this database with the real {@code pg_dump} (e.g. {@code -Fc -f FILE}); skips without pg_dump. */
    public ToolResult pgDump(String... args) {
        return server.client(requireTool("pg_dump"), name, List.of(args), TOOL_TIMEOUT);
    }

    /** Runs a plain SQL file with the real {@code psql -X -v ON_ERROR_STOP=1 -q -f}; skips without psql. */
    public ToolResult runScript(Path sql) {
        return server.client(requireTool("psql"), name,
                List.of("-X", "-v", "ON_ERROR_STOP=1", "-q", "-f", sql.toAbsolutePath().toString()), TOOL_TIMEOUT);
    }

    /** Drops the database; WITH (FORCE) ends sessions a test may have leaked. */
    @Override
    public void close() {
        try (Connection c = server.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("DROP DATABASE " + name + " failed", e);
        }
    }

    private static Path requireTool(String tool) {
        Optional<Path> path = TestPostgres.findTool(tool);
        assumeTrue(path.isPresent(), tool + " not found on PATH or in /usr/lib/postgresql/*/bin; skipping");
        return path.get();
    }
}
