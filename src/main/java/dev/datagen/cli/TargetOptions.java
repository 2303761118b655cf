package dev.datagen.cli;

import dev.datagen.sink.PostgresTarget;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** generate's options for loading into a live PostgreSQL instead of writing a dump file. */
public class TargetOptions {

    @Mixin
    TargetConnectionOptions connection;

    @Option(names = "--clean", description = "With --target: drop the objects the load creates before creating them (in reverse order, like pg_restore --clean).")
    boolean clean;

    @Option(names = "--if-exists", description = "With --clean: DROP ... IF EXISTS, so objects that are not there are no error.")
    boolean ifExists;

    @Option(names = "--create", description = "With --target: create the target database first (connecting to the postgres database); "
            + "an existing database is an error. A failed load drops it again.")
    boolean create;

    @Option(names = "--single-transaction", description = "With --target: load everything in one transaction (all or nothing), "
            + "over one connection (-j then only sets generation threads).")
    boolean singleTransaction;

    /** Where the load goes: the database and the schema of unqualified objects. */
    record Destination(PostgresTarget target, String schema) {
    }

    /**
     * Checks the combination and parses the URI (--target, else DATAGEN_TARGET when no file output is given)
     * with the environment; usage errors name the option. Null when the run writes a dump instead.
     */
    Destination target(CommandLine cl, int jobs, boolean fileOutput) {
        Map<String, String> env = System.getenv();
        String uri = connection.uri(env, fileOutput);
        String schema = connection.schema(cl, uri);
        if (uri == null) {
            if (clean || ifExists || create || singleTransaction) {
                throw new ParameterException(cl, "--clean, --if-exists, --create and --single-transaction need --target");
            }
            return null;
        }
        if (ifExists && !clean) {
            throw new ParameterException(cl, "--if-exists needs --clean");
        }
        PostgresTarget target = new PostgresTarget(TargetConnectionOptions.connection(cl, uri, env),
                new PostgresTarget.Options(clean, ifExists, create, singleTransaction, jobs));
        return new Destination(target, schema);
    }
}
