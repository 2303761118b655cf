package dev.datagen.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

@TopCommand
@Command(name = "datagen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Generates realistic, referentially intact fake data as PostgreSQL dumps from a JSON or YAML schema.",
        subcommands = {GenerateCommand.class, RemoveCommand.class, ValidateCommand.class, InspectCommand.class, TemplateCommand.class, OperatorCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage, 3 invalid schema, 4 generation or output failure (also a failed --verify), 5 not a readable archive (inspect), 6 --target database unreachable or connection lost, 7 object storage (-o s3://) unreachable, refused or upload failed."})
public class DatagenCommand {
}
