package dev.datagen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Built-in scenario templates: ready-made schemas to generate as they are, customize or extend.",
        subcommands = {TemplateListCommand.class, TemplateShowCommand.class},
        footer = {"", "Examples:",
                "  datagen template list",
                "  datagen template show saas > my.json",
                "  datagen generate --template ecommerce -o shop.dump"})
public class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: list or show NAME");
    }
}
