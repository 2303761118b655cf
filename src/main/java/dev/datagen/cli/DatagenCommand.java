package dev.datagen.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

@TopCommand
@Command(name = "datagen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Generates realistic, referentially intact fake data as PostgreSQL dumps from a JSON or YAML schema.",
        subcommands = {})
public class DatagenCommand {
}
