package dev.datagen.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.plan.ForeignKeyPlan;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.plan.TablePlan;
import dev.datagen.schema.Identifiers;
import java.util.stream.Collectors;

/** What a loaded or restored database must hold for its plan. */
public final class Integrity {
    private Integrity() {
    }

    /** Exact row counts, zero orphaned foreign keys, and every key constraint in place. */
    public static void assertRowCountsAndIntegrity(TestDatabase db, SchemaPlan plan) {
        for (TablePlan t : plan.tables()) {
            String table = q(t.schemaName) + "." + q(t.name);
            assertThat(db.queryLong("select count(*) from " + table)).as("rows of %s", table).isEqualTo(t.rowCount());
            for (ForeignKeyPlan fk : t.foreignKeys) {
                TablePlan p = fk.referencedTable();
                String join = java.util.stream.IntStream.range(0, fk.columns().size())
                        .mapToObj(i -> "p." + q(fk.referencedColumns().get(i)) + " = c." + q(fk.columns().get(i)))
                        .collect(Collectors.joining(" and "));
                String notNull = fk.columns().stream().map(c -> "c." + q(c) + " is not null").collect(Collectors.joining(" and "));
                long orphans = db.queryLong("select count(*) from " + table + " c where " + notNull + " and not exists (select 1 from "
                        + q(p.schemaName) + "." + q(p.name) + " p where " + join + ")");
                assertThat(orphans).as("orphans of %s", fk.name()).isZero();
            }
            long constraints = db.queryLong("select count(*) from pg_constraint where conrelid = '" + table.replace("'", "''")
                    + "'::regclass and contype in ('p','u','f')");
            assertThat(constraints).as("constraints of %s", table)
                    .isEqualTo((t.primaryKey == null ? 0 : 1) + t.uniqueConstraints.size() + t.foreignKeys.size());
        }
    }

    private static String q(String identifier) {
        return Identifiers.quote(identifier);
    }
}
