package dev.datagen.generate.rules;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.TextValue;
import dev.datagen.generate.ValueOut;

/**
 * A column governed by conditional rules. For each row it re-derives the columns the rules' conditions
 * read (values are a function of the row, so this gives the very values written to that row), sets
 * bit i for every rule i whose condition holds, and generates with the generator built for that
 * combination of rules. Combinations that cannot hold together are null.
 */
public final class RuleGenerator implements ColumnGenerator {
    private final ColumnGenerator[] tableGenerators;
    private final int[] conditionColumns;
    private final ValueCondition[] conditions;
    private final ColumnGenerator[] byMatchedRules;
    private final ThreadLocal<TextValue[]> scratch;

    /**
     * @param tableGenerators the table's generators, read when rows are generated (so they are final by then)
     * @param conditionColumns for each rule, the index of the column its condition reads
     * @param conditions for each rule, its condition
     * @param byMatchedRules the generator for each bit set of matching rules (2^rules entries)
     */
    public RuleGenerator(ColumnGenerator[] tableGenerators, int[] conditionColumns, ValueCondition[] conditions,
            ColumnGenerator[] byMatchedRules) {
        this.tableGenerators = tableGenerators;
        this.conditionColumns = conditionColumns;
        this.conditions = conditions;
        this.byMatchedRules = byMatchedRules;
        this.scratch = ThreadLocal.withInitial(() -> {
            TextValue[] values = new TextValue[conditions.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = new TextValue();
            }
            return values;
        });
    }

    @Override
    public void generate(RowContext row, ValueOut out) {
        TextValue[] values = scratch.get();
        int matched = 0;
        for (int i = 0; i < conditions.length; i++) {
            int column = conditionColumns[i];
            int earlier = firstRuleReading(column, i);
            if (earlier == i) {
                tableGenerators[column].generate(row, values[i].clear());
            }
            if (conditions[i].matches(values[earlier])) {
                matched |= 1 << i;
            }
        }
        byMatchedRules[matched].generate(row, out);
    }

    /** The first rule reading {@code column}: its captured value serves every later rule on that column. */
    private int firstRuleReading(int column, int upTo) {
        for (int j = 0; j < upTo; j++) {
            if (conditionColumns[j] == column) {
                return j;
            }
        }
        return upTo;
    }
}
