package dev.datagen.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a table's conditional rules: a {@code when} naming a column of the table and giving
 * {@code equals} or {@code in}, and a {@code then} whose keys are other columns of the table. What
 * the settings in {@code then} mean is checked when generators are chosen.
 */
final class RuleValidator {
    private static final String EXAMPLE = "{\"when\": {\"column\": \"order_type\", \"equals\": \"premium\"}, "
            + "\"then\": {\"price\": {\"min\": 100}}}";

    private final List<Problem> out;

    RuleValidator(List<Problem> out) {
        this.out = out;
    }

    void validate(SchemaPath path, String tableName, Table table) {
        Set<String> columns = Checks.columnsByName(table).keySet();
        for (int i = 0; i < table.rules().size(); i++) {
            SchemaPath at = path.field("rules", i);
            Rule rule = table.rules().get(i);
            if (rule == null) {
                out.add(at.problem("expected a rule such as " + EXAMPLE + ", got null"));
                continue;
            }
            String whenColumn = when(at.field("when"), tableName, columns, rule.when());
            then(at.field("then"), tableName, columns, rule.then(), whenColumn);
        }
    }

    /** The condition's column when it is usable, else null. */
    private String when(SchemaPath at, String tableName, Set<String> columns, Rule.Condition when) {
        if (when == null) {
            out.add(at.problem("when is missing; write e.g. {\"column\": \"order_type\", \"equals\": \"premium\"}"));
            return null;
        }
        boolean columnOk = Checks.column(at.field("column"), when.column(), tableName, columns, out);
        if (when.equalTo() == null && when.in() == null) {
            out.add(at.problem("give \"equals\": value or \"in\": [values]"));
        } else if (when.equalTo() != null && when.in() != null) {
            out.add(at.problem("give either equals or in, not both"));
        } else if (when.in() != null && when.in().isEmpty()) {
            out.add(at.field("in").problem("needs at least one value"));
        }
        return columnOk ? when.column() : null;
    }

    private void then(SchemaPath at, String tableName, Set<String> columns, Map<String, Map<String, Object>> then, String whenColumn) {
        if (then.isEmpty()) {
            out.add(at.problem("then is missing or empty; write e.g. {\"price\": {\"min\": 100}}"));
            return;
        }
        for (Map.Entry<String, Map<String, Object>> e : then.entrySet()) {
            SchemaPath column = at.field(e.getKey());
            if (!Checks.column(column, e.getKey(), tableName, columns, out)) {
                continue;
            }
            if (e.getKey().equals(whenColumn)) {
                out.add(column.problem("a rule cannot change the column its condition reads"));
            } else if (e.getValue() == null || e.getValue().isEmpty()) {
                out.add(column.problem("expected generator settings such as {\"min\": 100}"));
            }
        }
    }
}
