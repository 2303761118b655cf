package dev.datagen.cli;

import dev.datagen.plan.Planner;
import dev.datagen.sink.ConnectionSpec;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Which live PostgreSQL to load into or remove from (generate and remove): {@code --target}, else the
 * environment variable DATAGEN_TARGET, and the schema the document's unqualified objects go to.
 */
public class TargetConnectionOptions {
    /** The default of --target, so that a URI holding a password never has to be an argument. */
    static final String TARGET_ENV = "DATAGEN_TARGET";

    @Option(names = "--target", paramLabel = "URI",
            description = "A live PostgreSQL: postgresql://user@host:5432/dbname?sslmode=require. Default: the environment variable "
                    + TARGET_ENV + " (DATAGEN_TARGET=postgresql:// takes everything from the PG* variables). "
                    + "Missing parts come from PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE, PGSSLROOTCERT, PGCONNECT_TIMEOUT and the password file "
                    + "(PGPASSFILE, else ~/.pgpass).")
    String target;

    @Option(names = "--target-schema", paramLabel = "NAME",
            description = "With --target: put what the schema does not qualify (tables, sequences, types, their keys, indexes and "
                    + "comments) into schema NAME instead of public, creating NAME if missing; \"sales.orders\" stays in sales. "
                    + "--clean then drops only these objects.")
    String targetSchema;

    /**
     * The URI to use: --target, else DATAGEN_TARGET unless the output goes elsewhere ({@code otherOutput}: an
     * explicit -o). Null when there is none.
     */
    String uri(Map<String, String> env, boolean otherOutput) {
        if (target != null) {
            return target;
        }
        String fromEnv = env.get(TARGET_ENV);
        return otherOutput || fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
    }

    /** --target-schema, else public; refused without a target. */
    String schema(CommandLine cl, String uri) {
        if (targetSchema == null) {
            return Planner.PUBLIC;
        }
        if (uri == null) {
            throw new ParameterException(cl, "--target-schema needs --target (or " + TARGET_ENV + ")");
        }
        if (targetSchema.isBlank()) {
            throw new ParameterException(cl, "--target-schema must name a schema, got an empty name");
        }
        return targetSchema;
    }

    /** Parses the URI with libpq's environment; a usage error names the option. */
    static ConnectionSpec connection(CommandLine cl, String uri, Map<String, String> env) {
        try {
            return ConnectionSpec.parse(uri, env, Path.of(System.getProperty("user.home")));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, (uri.equals(env.get(TARGET_ENV)) ? TARGET_ENV : "--target") + ": " + e.getMessage());
        }
    }
}
