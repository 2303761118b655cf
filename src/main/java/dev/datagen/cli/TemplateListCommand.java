package dev.datagen.cli;

import dev.datagen.generate.GenerationSettings;
import dev.datagen.plan.PlanException;
import dev.datagen.plan.Planner;
import dev.datagen.plan.TablePlan;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SchemaException;
import dev.datagen.schema.TemplateCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the built-in templates: name, tables, rows at default size, description.")
public class TemplateListCommand implements Callable<Integer> {
    @Override
    public Integer call() throws SchemaException, PlanException {
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "TABLES", "ROWS", "DESCRIPTION"});
        for (String name : catalog.names()) {
            Schema schema = catalog.schema(name);
            rows.add(new String[] {name, String.valueOf(schema.tables().size()), String.format(Locale.ROOT, "%,d", totalRows(schema)),
                    schema.description() == null ? "" : schema.description()});
        }
        int nameWidth = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int tablesWidth = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        int rowsWidth = rows.stream().mapToInt(r -> r[2].length()).max().orElse(0);
        String format = "%-" + nameWidth + "s  %" + tablesWidth + "s  %" + rowsWidth + "s  %s";
        rows.forEach(r -> System.out.println(String.format(Locale.ROOT, format, (Object[]) r).stripTrailing()));
        return ExitCodes.OK;
    }

    /** The rows a default run writes, as the plan counts them (per_parent tables derive theirs from their parents). */
    private static long totalRows(Schema schema) throws PlanException {
        GenerationSettings settings = GenerateCommand.planningSettings();
        return new Planner(settings, null).plan(schema).tables().stream().mapToLong(TablePlan::rowCount).sum();
    }
}
