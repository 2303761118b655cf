package dev.datagen.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where to load: a libpq connection URI ({@code postgresql://user:password@host:port/db?sslmode=require})
 * completed by libpq's environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE,
 * PGSSLROOTCERT, PGCONNECT_TIMEOUT, PGPASSFILE) and the password file, in libpq's order: URI, then
 * environment, then defaults
 * (localhost, 5432, the OS user, a database named like the user).
 */
public record ConnectionSpec(String host, int port, String database, String user, String password, String sslMode,
        String sslRootCert, Integer connectTimeoutSeconds) {

    /** Connections carry this application_name, so they can be found in pg_stat_activity. */
    public static final String APPLICATION_NAME = "datagen";
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** Parses {@code uri} with {@code env} for what it leaves out; {@code home} holds the default .pgpass. */
    public static ConnectionSpec parse(String uri, Map<String, String> env, Path home) {
        String rest;
        if (uri.startsWith("postgresql://")) {
            rest = uri.substring("postgresql://".length());
        } else if (uri.startsWith("postgres://")) {
            rest = uri.substring("postgres://".length());
        } else {
            throw new IllegalArgumentException("expected a URI such as postgresql://user@host:5432/dbname, got \"" + redacted(uri) + "\"");
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String path = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo);
            password = colon >= 0 ? decode(userInfo.substring(colon + 1)) : null;
        }
        String host = null;
        String port = null;
        if (rest.startsWith("[")) {          // IPv6 literal
            int close = rest.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unterminated IPv6 address in \"" + redacted(uri) + "\"");
            }
            host = rest.substring(1, close);
            rest = rest.substring(close + 1);
            port = rest.startsWith(":") ? rest.substring(1) : null;
        } else {
            int colon = rest.indexOf(':');
            host = colon >= 0 ? rest.substring(0, colon) : rest;
            port = colon >= 0 ? rest.substring(colon + 1) : null;
        }
        String sslMode = null;
        String sslRootCert = null;
        String connectTimeout = null;
        if (query != null && !query.isEmpty()) {
            for (String param : query.split("&")) {
                int eq = param.indexOf('=');
                String key = decode(eq >= 0 ? param.substring(0, eq) : param);
                String value = eq >= 0 ? decode(param.substring(eq + 1)) : "";
                switch (key) {
                    case "sslmode" -> sslMode = value;
                    case "sslrootcert" -> sslRootCert = value;
                    case "connect_timeout" -> connectTimeout = value;
                    case "user" -> user = value;
                    case "password" -> password = value;
                    case "host" -> host = value;
                    case "port" -> port = value;
                    case "dbname" -> path = value;
                    default -> throw new IllegalArgumentException("unsupported connection parameter \"" + key
                            + "\" (supported: sslmode, sslrootcert, connect_timeout, user, password, host, port, dbname)");
                }
            }
        }
        return complete(emptyToNull(host), emptyToNull(port), emptyToNull(path == null ? null : decode(path)),
                emptyToNull(user), password, sslMode, sslRootCert, connectTimeout, env, home);
    }

    /**
     * {@code uri} as a message may show it: the password of its user info and of a {@code password=}
     * parameter replaced by {@code ***} (messages reach stderr, the run summary and Kubernetes events).
     */
    public static String redacted(String uri) {
        String out = uri.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
        int schemeEnd = out.indexOf("://");
        int start = schemeEnd < 0 ? 0 : schemeEnd + 3;
        int query = out.indexOf('?', start);
        int at = out.lastIndexOf('@', query < 0 ? out.length() : query);
        int colon = at < start ? -1 : out.indexOf(':', start);
        if (colon >= 0 && colon < at) {
            out = out.substring(0, colon + 1) + "***" + out.substring(at);
        }
        return out;
    }

    private static ConnectionSpec complete(String host, String port, String database, String user, String password,
            String sslMode, String sslRootCert, String connectTimeout, Map<String, String> env, Path home) {
        host = host != null ? host : env.getOrDefault("PGHOST", "localhost");
        if (host.startsWith("/")) {
            throw new IllegalArgumentException("Unix-domain sockets (host " + host + ") are not supported; use a TCP host name");
        }
        int portNumber = port(port != null ? port : env.getOrDefault("PGPORT", "5432"));
        user = user != null ? user : env.getOrDefault("PGUSER", System.getProperty("user.name"));
        database = database != null ? database : env.getOrDefault("PGDATABASE", user);
        sslMode = sslMode != null ? sslMode : env.getOrDefault("PGSSLMODE", "prefer");
        if (!SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full; got \"" + sslMode + "\"");
        }
        sslRootCert = sslRootCert != null ? sslRootCert : env.get("PGSSLROOTCERT");
        connectTimeout = connectTimeout != null ? connectTimeout : env.get("PGCONNECT_TIMEOUT");
        Integer timeout = connectTimeout == null ? null : seconds(connectTimeout);
        if (password == null) {
            password = env.get("PGPASSWORD");
        }
        if (password == null) {
            Path file = env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE"))
                    : home == null ? null : home.resolve(".pgpass");
            try {
                password = PasswordFile.lookup(file, host, portNumber, database, user).orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the password file " + file + ": " + e.getMessage(), e);
            }
        }
        return new ConnectionSpec(host, portNumber, database, user, password, sslMode, sslRootCert, timeout);
    }

    /** The same server and credentials, another database (the maintenance database for --create). */
    public ConnectionSpec withDatabase(String other) {
        return new ConnectionSpec(host, port, other, user, password, sslMode, sslRootCert, connectTimeoutSeconds);
    }

    /** pgjdbc's URL: the host, port and database; everything else is in {@link #properties()}. */
    public String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /** pgjdbc's properties; pgjdbc's sslmode values are libpq's. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("sslmode", sslMode);
        if (sslRootCert != null) {
            p.setProperty("sslrootcert", sslRootCert);
        }
        if (connectTimeoutSeconds != null) {
            p.setProperty("connectTimeout", String.valueOf(connectTimeoutSeconds));
        }
        p.setProperty("ApplicationName", APPLICATION_NAME);
        p.setProperty("assumeMinServerVersion", "12");
        return p;
    }

    /** host:port/database as messages show it (never the password). */
    public String describe() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text.trim());
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException("port must be a number from 1 to 65535, got \"" + text + "\"");
    }

    private static int seconds(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("connect_timeout must be a number of seconds, got \"" + text + "\"");
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public String toString() {
        return describe();   // keeps the password out of logs
    }
}
