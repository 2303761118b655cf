package dev.datagen.cli;

import dev.datagen.schema.TemplateCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints template NAME's schema (JSON), a starting point for your own: datagen template show saas > my.json")
public class TemplateShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "A template name (see: datagen template list).")
    String name;

    @Override
    public Integer call() {
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        if (!catalog.has(name)) {
            throw new ParameterException(spec.commandLine(), catalog.unknownMessage(name));
        }
        System.out.print(catalog.text(name));
        System.out.flush();
        return ExitCodes.OK;
    }
}
