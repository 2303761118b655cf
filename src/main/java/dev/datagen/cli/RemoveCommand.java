package dev.datagen.cli;

import dev.datagen.dump.DumpBuilder;
import dev.datagen.dump.DumpContent;
import dev.datagen.generate.GenerationSettings;
import dev.datagen.plan.Planner;
import dev.datagen.sink.PostgresTarget;
import dev.datagen.sink.s3.ObjectStorageException;
import dev.datagen.sink.s3.ObjectStore;
import dev.datagen.sink.s3.S3Location;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Undoes a load: drops what a schema creates in a database (what --clean --if-exists drops), or deletes an uploaded dump. */
@Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Drops the tables, sequences, types, keys and indexes SCHEMA (or the templates) creates from the --target database "
                + "(the DROP ... IF EXISTS statements of generate --clean --if-exists, in one transaction). "
                + "What is not there is skipped, so removing twice is fine. Extensions are kept; so is the --target-schema itself.",
        footer = {"", "Examples:",
                "  datagen remove blog.json --target postgresql://app@db:5432/blog",
                "  datagen remove -o s3://previews/shop.dump --s3-endpoint http://minio:9000",
                "  DATAGEN_TARGET=postgresql:// PGHOST=db PGUSER=app datagen remove --template saas --target-schema preview"})
public class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SchemaSource source;

    @Mixin
    TargetConnectionOptions connection;

    @Mixin
    ObjectStorageOptions objectStorage;

    @Option(names = {"-o", "--output"}, paramLabel = "LOCATION",
            description = "Delete an uploaded dump instead: s3://bucket/key (for the directory format, the archive's files under key/: toc.dat and the table files).")
    String output;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        S3Location object = objectStorage.location(spec.commandLine(), output);
        if (output != null) {
            return removeObject(object);
        }
        Map<String, String> env = System.getenv();
        String uri = connection.uri(env, false);
        String schemaName = connection.schema(spec.commandLine(), uri);
        if (uri == null) {
            throw new ParameterException(spec.commandLine(), "remove needs --target URI (or " + TargetConnectionOptions.TARGET_ENV
                    + ") to drop a schema's objects, or -o s3://bucket/key to delete an uploaded dump");
        }
        source.check(spec.commandLine());
        PostgresTarget target = new PostgresTarget(TargetConnectionOptions.connection(spec.commandLine(), uri, env),
                new PostgresTarget.Options(true, true, false, true, 1));
        // names do not depend on the seed, the instant or the locale: any will do
        GenerationSettings settings = GenerateCommand.planningSettings();
        DumpContent content = new DumpBuilder(new Planner(settings, null, schemaName).plan(source.load(spec.commandLine())), null, 1).build();
        int tables = target.remove(content);
        if (!quiet) {
            System.err.printf(Locale.ROOT, "datagen: removed what the schema creates (%d %s and what belongs to them) from %s%n",
                    tables, tables == 1 ? "table" : "tables", target.describe(schemaName));
        }
        return ExitCodes.OK;
    }

    /** Deletes an uploaded dump: the object, or datagen's objects under a directory-format prefix. */
    private int removeObject(S3Location object) throws ObjectStorageException {
        if (object == null) {
            throw new ParameterException(spec.commandLine(), "-o must be an object storage location such as s3://bucket/key, got \""
                    + output + "\" (a local dump file is removed with rm)");
        }
        if (objectStorage.spool != null) {
            throw new ParameterException(spec.commandLine(), "--s3-spool applies to generate only");
        }
        try (ObjectStore store = ObjectStore.open(objectStorage.settings(spec.commandLine()))) {
            int removed = store.remove(object);
            if (!quiet) {
                System.err.printf(Locale.ROOT, "datagen: removed %d %s at %s%n", removed, removed == 1 ? "object" : "objects", object);
            }
        }
        return ExitCodes.OK;
    }
}
