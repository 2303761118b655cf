package dev.datagen.cli;

import dev.datagen.sink.ConnectionSpec;
import dev.datagen.sink.PostgresTarget;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** generate's options for loading into a live PostgreSQL instead of writing a dump file. */
public class TargetOptions {

    @Option(names = "--target", paramLabel = "URI",
            description = "Load into a live PostgreSQL instead of writing a dump: postgresql://user@host:5432/dbname?sslmode=require. "
                    + "Missing parts come from PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE and the password file "
                    + "(PGPASSFILE, else ~/.pgpass).")
    String target;

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

    boolean active() {
        return target != null;
    }

    /** Checks the combination and parses the URI with the environment; usage errors name the option. */
    PostgresTarget target(CommandLine cl, int jobs) {
        if (!active()) {
            if (clean || ifExists || create || singleTransaction) {
                throw new ParameterException(cl, "--clean, --if-exists, --create and --single-transaction need --target");
            }
            return null;
        }
        if (ifExists && !clean) {
            throw new ParameterException(cl, "--if-exists needs --clean");
        }
        ConnectionSpec spec;
        try {
            spec = ConnectionSpec.parse(target, System.getenv(), Path.of(System.getProperty("user.home")));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, "--target: " + e.getMessage());
        }
        return new PostgresTarget(spec, new PostgresTarget.Options(clean, ifExists, create, singleTransaction, jobs));
    }
}
