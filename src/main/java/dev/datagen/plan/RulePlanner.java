package dev.datagen.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.registry.ColumnLimits;
import dev.datagen.generate.rules.RuleGenerator;
import dev.datagen.generate.rules.ValueCondition;
import dev.datagen.schema.Column;
import dev.datagen.schema.Problem;
import dev.datagen.schema.Rule;
import dev.datagen.schema.Suggestions;
import dev.datagen.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a table's conditional rules. A column that rules change gets one generator per
 * combination of its rules that can hold together, each built from the column's settings with the
 * matching rules' {@code then} settings merged over them (later rules win), and a
 * {@link RuleGenerator} that picks among them row by row from the re-derived values of the
 * condition columns. Everything a rule could get wrong is reported here, before generation.
 */
final class RulePlanner {
    /** A column may be changed by at most this many rules (their combinations are built up front). */
    static final int MAX_RULES_PER_COLUMN = 8;

    private final String tableKey;
    private final Table table;
    private final TablePlan plan;
    private final GeneratorSelector selector;
    private final Map<String, CheckRules.Bounds> bounds;
    private final List<Problem> problems;

    RulePlanner(String tableKey, Table table, TablePlan plan, GeneratorSelector selector, Map<String, CheckRules.Bounds> bounds,
            List<Problem> problems) {
        this.tableKey = tableKey;
        this.table = table;
        this.plan = plan;
        this.selector = selector;
        this.bounds = bounds;
        this.problems = problems;
    }

    /** @param fixedColumns key, foreign key and serial columns, whose values rules must not change */
    void apply(Map<String, String> fixedColumns) {
        List<Rule> rules = table.rules();
        ValueCondition[] conditions = new ValueCondition[rules.size()];
        Map<String, List<Integer>> rulesByColumn = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            conditions[i] = condition(i, rules.get(i).when());
            for (String column : rules.get(i).then().keySet()) {
                String why = fixedColumns.get(column);
                if (why != null) {
                    problems.add(new Problem(thenPath(i, column), "rules cannot change column " + column + ": it is " + why));
                } else {
                    rulesByColumn.computeIfAbsent(column, c -> new ArrayList<>()).add(i);
                }
            }
        }
        if (conditionsBroken(conditions) || dependsOnItself(rulesByColumn)) {
            return;
        }
        rulesByColumn.forEach((column, ruleIndexes) -> applyTo(column, ruleIndexes, conditions));
    }

    private boolean conditionsBroken(ValueCondition[] conditions) {
        for (ValueCondition c : conditions) {
            if (c == null) {
                return true;
            }
        }
        return false;
    }

    private void applyTo(String column, List<Integer> ruleIndexes, ValueCondition[] allConditions) {
        int index = plan.columnIndex(column);
        if (plan.generators[index] == null) {
            return; // the column's own problem is reported already
        }
        if (ruleIndexes.size() > MAX_RULES_PER_COLUMN) {
            problems.add(new Problem(thenPath(ruleIndexes.get(MAX_RULES_PER_COLUMN), column), "more than " + MAX_RULES_PER_COLUMN
                    + " rules change column " + column + "; combine some of them"));
            return;
        }
        int n = ruleIndexes.size();
        int[] conditionColumns = new int[n];
        ValueCondition[] conditions = new ValueCondition[n];
        for (int j = 0; j < n; j++) {
            Rule rule = table.rules().get(ruleIndexes.get(j));
            conditionColumns[j] = plan.columnIndex(rule.when().column());
            conditions[j] = allConditions[ruleIndexes.get(j)];
        }
        ColumnGenerator[] byMatched = new ColumnGenerator[1 << n];
        byMatched[0] = plan.generators[index];
        for (int mask = 1; mask < byMatched.length; mask++) {
            if (canHoldTogether(mask, conditionColumns, conditions)) {
                byMatched[mask] = generatorFor(column, index, mask, ruleIndexes);
                if (byMatched[mask] == null) {
                    return;
                }
            }
        }
        plan.generators[index] = new RuleGenerator(plan.generators, conditionColumns, conditions, byMatched);
    }

    /** False when two of the rules test one column for values no value has both of. */
    private static boolean canHoldTogether(int mask, int[] conditionColumns, ValueCondition[] conditions) {
        for (int a = 0; a < conditions.length; a++) {
            for (int b = a + 1; b < conditions.length; b++) {
                if ((mask >> a & 1) == 1 && (mask >> b & 1) == 1 && conditionColumns[a] == conditionColumns[b]
                        && conditions[a].excludes(conditions[b])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The column's generator with the settings of the rules in {@code mask} merged in; null after reporting a problem. */
    private ColumnGenerator generatorFor(String column, int index, int mask, List<Integer> ruleIndexes) {
        Column base = table.columns().get(index);
        Map<String, Object> settings = new LinkedHashMap<>(base.generatorConfig());
        List<Integer> matched = new ArrayList<>();
        for (int j = 0; j < ruleIndexes.size(); j++) {
            if ((mask >> j & 1) == 1) {
                matched.add(ruleIndexes.get(j));
                settings.putAll(table.rules().get(ruleIndexes.get(j)).then().get(column));
            }
        }
        int last = matched.get(matched.size() - 1);
        String where = matched.size() == 1 ? "" : "where rules " + matched + " all hold: ";
        Object generator = settings.remove("generator");
        if (generator != null && !(generator instanceof String)) {
            problems.add(new Problem(thenPath(last, column), where + "generator must be a name such as \"weighted_enum\""));
            return null;
        }
        String name = generator != null ? (String) generator : base.generator();
        ColumnPlan c = plan.columns.get(index);
        Set<String> unread = new HashSet<>(table.rules().get(last).then().get(column).keySet());
        unread.removeAll(List.of("generator", "null_ratio"));
        if (name == null && !unread.isEmpty() && !GeneratorSelector.readsRange(c.type(), settings)) {
            problems.add(new Problem(thenPath(last, column), "column " + column + " has no generator that reads "
                    + String.join(", ", unread) + "; give the column (or this rule) a \"generator\", e.g. \"weighted_enum\""));
            return null;
        }
        Column ruled = new Column(base.name(), base.type(), base.nullable(), base.defaultValue(), name, settings, base.comment());
        long columnKey = Rng.key(plan.keys.key(), Rng.key(c.name()));
        try {
            return selector.select(tableKey, ruled, c.type(), columnKey, plan.rowCount(), bounds.get(column), "");
        } catch (IllegalArgumentException ex) {
            problems.add(new Problem(thenPath(last, column), where + ex.getMessage()));
            return null;
        }
    }

    /** The rule's condition, or null after reporting why it cannot be used. */
    private ValueCondition condition(int i, Rule.Condition when) {
        String path = "tables." + tableKey + ".rules[" + i + "].when";
        int index = plan.columnIndex(when.column());
        Column column = table.columns().get(index);
        List<String> known = knownValues(column, plan.columns.get(index));
        ValueCondition condition = new ValueCondition();
        List<JsonNode> values = when.equalTo() != null ? List.of(when.equalTo()) : when.in();
        for (int j = 0; j < values.size(); j++) {
            String at = path + (when.equalTo() != null ? ".equals" : ".in[" + j + "]");
            JsonNode v = values.get(j);
            if (v.isNull()) {
                if (!column.nullable()) {
                    problems.add(new Problem(at, "column " + column.name() + " is NOT NULL, so it is never null"));
                    return null;
                }
                condition.isNull();
            } else if (v.isBoolean()) {
                condition.bool(v.booleanValue());
            } else if (v.isNumber()) {
                condition.number(v.decimalValue());
            } else if (v.isTextual()) {
                if (known != null && !known.contains(v.textValue())) {
                    problems.add(new Problem(at, Suggestions.withSuggestion("\"" + v.textValue() + "\" is never a value of "
                            + column.name(), v.textValue(), known)));
                    return null;
                }
                condition.text(v.textValue());
            } else {
                problems.add(new Problem(at, "expected a text, number, boolean or null value"));
                return null;
            }
        }
        return condition;
    }

    /** The values a column can take when they form a known list (enum labels, CHECK IN, weighted_enum), else null. */
    private List<String> knownValues(Column column, ColumnPlan plan) {
        Object weights = column.generatorConfig().get("weights");
        Object values = column.generatorConfig().get("values");
        if ("weighted_enum".equalsIgnoreCase(column.generator()) && (weights instanceof Map<?, ?> || values instanceof List<?>)) {
            List<String> labels = new ArrayList<>();
            (weights instanceof Map<?, ?> m ? m.keySet() : (List<?>) values).forEach(k -> labels.add(String.valueOf(k)));
            return labels;
        }
        CheckRules.Bounds b = bounds.get(column.name());
        if (b != null && b.allowed != null) {
            return b.allowed;
        }
        try {
            ColumnLimits limits = selector.limits(plan.type(), null);
            return limits.enumLabels();
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /** True (after reporting) when rules make columns depend on each other in a circle. */
    private boolean dependsOnItself(Map<String, List<Integer>> rulesByColumn) {
        Map<String, Set<String>> reads = new HashMap<>();
        rulesByColumn.forEach((column, indexes) -> indexes.forEach(i ->
                reads.computeIfAbsent(column, c -> new HashSet<>()).add(table.rules().get(i).when().column())));
        for (String start : rulesByColumn.keySet()) {
            List<String> trail = new ArrayList<>();
            if (reachesItself(start, start, reads, trail, new HashSet<>())) {
                int rule = rulesByColumn.get(start).get(0);
                problems.add(new Problem("tables." + tableKey + ".rules[" + rule + "]", "rules make " + start + " depend on itself ("
                        + start + " → " + String.join(" → ", trail) + "); a rule's condition cannot read a column that depends on its own"));
                return true;
            }
        }
        return false;
    }

    private static boolean reachesItself(String start, String at, Map<String, Set<String>> reads, List<String> trail, Set<String> seen) {
        for (String next : reads.getOrDefault(at, Set.of())) {
            trail.add(next);
            if (next.equals(start) || seen.add(next) && reachesItself(start, next, reads, trail, seen)) {
                return true;
            }
            trail.remove(trail.size() - 1);
        }
        return false;
    }

    private String thenPath(int rule, String column) {
        return "tables." + tableKey + ".rules[" + rule + "].then." + column;
    }
}
