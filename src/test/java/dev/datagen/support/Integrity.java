package dev.datagen.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.plan.ForeignKeyPlan;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.plan.TablePlan;
import dev.datagen.schema.Identifiers;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
                String join = IntStream.range(0, fk.columns().size())
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

    /**
     * Zero orphans for every foreign key the database itself has, found in its catalog (no plan needed:
     * for a load whose schema came from elsewhere). Returns how many foreign keys were checked.
     */
    public static int assertNoOrphanedForeignKeys(TestDatabase db) {
        String sep = "chr(31)";
        List<List<String>> keys = db.query("select c.conname, c.conrelid::regclass::text, c.confrelid::regclass::text,"
                + " (select string_agg(quote_ident(a.attname), " + sep + " order by k.n) from unnest(c.conkey) with ordinality k(att, n)"
                + "   join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.att),"
                + " (select string_agg(quote_ident(a.attname), " + sep + " order by k.n) from unnest(c.confkey) with ordinality k(att, n)"
                + "   join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.att),"
                + " c.convalidated from pg_constraint c where c.contype = 'f'");
        for (List<String> key : keys) {
            List<String> columns = List.of(key.get(3).split("\u001f"));
            List<String> referenced = List.of(key.get(4).split("\u001f"));
            String join = IntStream.range(0, columns.size()).mapToObj(i -> "p." + referenced.get(i) + " = c." + columns.get(i))
                    .collect(Collectors.joining(" and "));
            String notNull = columns.stream().map(c -> "c." + c + " is not null").collect(Collectors.joining(" and "));
            long orphans = db.queryLong("select count(*) from " + key.get(1) + " c where " + notNull
                    + " and not exists (select 1 from " + key.get(2) + " p where " + join + ")");
            assertThat(orphans).as("orphans of %s on %s", key.get(0), key.get(1)).isZero();
            assertThat(key.get(5)).as("%s is validated", key.get(0)).isEqualTo("t");
        }
        return keys.size();
    }

    private static String q(String identifier) {
        return Identifiers.quote(identifier);
    }
}
