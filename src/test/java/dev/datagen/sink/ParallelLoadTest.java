package dev.datagen.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datagen.dump.DumpBuilder;
import dev.datagen.dump.DumpContent;
import dev.datagen.dump.DumpFormat;
import dev.datagen.dump.TocEntry;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.schema.Identifiers;
import dev.datagen.schema.Schema;
import dev.datagen.schema.TemplateCatalog;
import dev.datagen.support.Dumps;
import dev.datagen.support.Integrity;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --target over several connections (data largest first, tables split into row ranges, post-data as
 * soon as its dependencies are done) loads exactly what pg_restore of the same-seed dump loads.
 */
class ParallelLoadTest {
    private static final String USER_RELATIONS = "n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'";

    @TempDir
    Path dir;

    @Test
    void tablesSplitIntoRowRangesLoadTheSameRowsAsPgRestore() throws Exception {
        Schema blog = Dumps.scaled("blog.json", 5);     // comments: 10,000 rows, several 2048-row chunks per range
        try (TestDatabase restored = restored(blog, 3); TestDatabase loaded = TestPostgres.get().createDatabase()) {
            // 1 byte: every table is larger than that, so each loads as 3 ranges over 3 connections
            DumpContent content = load(blog, 3, 3, 1, loaded);
            assertSameContents(loaded, restored, content);
        }
    }

    @Test
    void tablesLoadedWholeAreFrozenAndTheirForeignKeyChecksScanTheIndexes() throws Exception {
        Schema shop = Dumps.divided("shop.json", 500);      // 12,000 order_items, 4,000 orders
        try (TestDatabase restored = restored(shop, 1); TestDatabase loaded = TestPostgres.get().createDatabase()) {
            DumpContent content = load(shop, 1, 2, 0, loaded);
            assertSameContents(loaded, restored, content);
            // COPY FREEZE: every page all-visible (ANALYZE counted them from the visibility map)
            assertThat(loaded.query("select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'"
                    + " and (relallvisible < relpages or relpages = 0)")).isEmpty();
            assertThat(restored.queryLong("select count(*) from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'"
                    + " and relallvisible = 0")).as("pg_restore's tables").isEqualTo(4);
            // the order_id check merge-joined the index on order_items.order_id with orders' key (a hash join scans no index);
            // a backend's statistics reach the view when it ends, a moment after the load closed it
            String scans = "select coalesce(sum(idx_scan), 0) from pg_stat_user_indexes where indexrelname in ('order_items_order_id_idx', 'orders_pkey')";
            for (int i = 0; i < 50 && loaded.queryLong(scans) < 2; i++) {
                Thread.sleep(100);
            }
            assertThat(loaded.queryLong(scans)).isGreaterThanOrEqualTo(2);
            assertThat(restored.queryLong(scans.replace("'order_items_order_id_idx', ", ""))).as("pg_restore's hash join").isZero();
        }
    }

    @Test
    void circularForeignKeysAndASecondSchemaLoadOverFourConnections() throws Exception {
        Schema fidelity = Dumps.schema("fidelity.json");    // customers <-> products, sales.orders, types, extension
        try (TestDatabase restored = restored(fidelity, 17); TestDatabase loaded = TestPostgres.get().createDatabase()) {
            DumpContent content = load(fidelity, 17, 4, 0, loaded);
            assertSameContents(loaded, restored, content);
        }
    }

    @Test
    void deferrableKeysAndACompositeForeignKeyEndAsPgRestoreMakesThem() throws Exception {
        // keys built as unique index + USING INDEX, foreign keys as NOT VALID + VALIDATE: the catalog must not tell
        DumpContent content = withDeferrableKeys(new DumpBuilder(Dumps.plan(Dumps.schema("keys.json"), 3), null, 1).build());
        Path dump = dir.resolve("keys.dump");
        new DumpSink(DumpFormat.CUSTOM, 0).writeFile(content, dump);
        try (TestDatabase restored = TestPostgres.get().createDatabase(); TestDatabase loaded = TestPostgres.get().createDatabase()) {
            restored.restore(dump).assertClean();
            target(loaded, 2, 0).load(content);
            assertSameContents(loaded, restored, content);
            assertThat(loaded.query("select conname, condeferrable::text, condeferred::text from pg_constraint where condeferrable order by 1"))
                    .containsExactly(List.of("movements_pkey", "true", "false"), List.of("movements_warehouse_id_item_id_fkey", "true", "true"),
                            List.of("warehouses_code_key", "true", "true"));
        }
    }

    /**
     * keys.json's dump with options its schema cannot express but a dump may hold: a DEFERRABLE primary
     * key, a DEFERRABLE INITIALLY DEFERRED unique constraint and composite foreign key.
     */
    static DumpContent withDeferrableKeys(DumpContent content) {
        Map<String, String> options = Map.of("movements movements_pkey", " DEFERRABLE", "warehouses warehouses_code_key",
                " DEFERRABLE INITIALLY DEFERRED", "movements movements_warehouse_id_item_id_fkey", " DEFERRABLE INITIALLY DEFERRED");
        List<TocEntry> entries = content.entries().stream().map(e -> !options.containsKey(e.tag()) ? e
                : new TocEntry(e.dumpId(), e.tableoid(), e.oid(), e.tag(), e.desc(), e.section(), e.defn().replace(";\n", options.get(e.tag()) + ";\n"),
                        e.dropStmt(), e.copyStmt(), e.namespace(), e.tablespace(), e.tableam(), e.owner(), e.dependencies(), e.data())).toList();
        assertThat(entries.stream().filter(e -> e.defn() != null && e.defn().contains(" DEFERRABLE"))).hasSize(3);
        return new DumpContent(content.header(), entries);
    }

    @Test
    void everyTemplateLoadsOverThreeConnectionsWithEveryRowKeyAndIndex() throws Exception {
        for (String name : TemplateCatalog.builtIn().names()) {
            Schema template = Dumps.template(name);
            try (TestDatabase db = TestPostgres.get().createDatabase()) {
                DumpContent content = load(template, 5, 3, 0, db);
                Integrity.assertRowCountsAndIntegrity(db, Dumps.plan(template, 5));
                assertKeysAndIndexesOf(content, db);
            }
        }
    }

    @Test
    void aConnectionKilledMidRangeStopsTheLoadWithOneError() throws Exception {
        Schema big = Dumps.scaled("blog.json", 200);     // 400,000 comments, split over 3 connections
        TestDatabase admin = TestPostgres.get().existingDatabase("postgres");     // not closed: that would drop it
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicLong killed = new AtomicLong();
            Thread killer = new Thread(() -> {
                while (loading.get() && killed.get() == 0) {
                    killed.addAndGet(admin.queryLong("select count(pg_terminate_backend(pid)) from (select pid from pg_stat_activity"
                            + " where datname = '" + db.name() + "' and query like 'COPY public.comments%' limit 1) one"));
                }
            });
            killer.start();
            try {
                assertThatThrownBy(() -> load(big, 2, 3, 0, db)).isInstanceOfSatisfying(TargetException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TargetException.Kind.UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("lost the connection to the target while loading public.comments: ").doesNotContain("\n");
                });
            } finally {
                loading.set(false);
                killer.join();
            }
            assertThat(killed.get()).isEqualTo(1);
            // the other ranges were stopped: their sessions end (the server notices closed sockets at once, but asynchronously)
            String sessions = "select count(*) from pg_stat_activity where datname = '" + db.name() + "' and application_name = 'datagen'";
            for (int i = 0; i < 100 && admin.queryLong(sessions) > 0; i++) {
                Thread.sleep(100);
            }
            assertThat(admin.queryLong(sessions)).isZero();
        }
    }

    @Test
    void aFailedCreateLoadDropsItsDatabaseEvenWithOtherSessionsOnIt() throws Exception {
        Schema big = Dumps.scaled("blog.json", 200);
        String name = "created_failed_" + ProcessHandle.current().pid();
        TestDatabase admin = TestPostgres.get().existingDatabase("postgres");     // not closed: that would drop it
        ConnectionSpec spec = ConnectionSpec.parse("postgresql://postgres@127.0.0.1:" + TestPostgres.get().port() + "/" + name
                + "?sslmode=disable", Map.of(), dir);
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong killed = new AtomicLong();
        List<Connection> bystander = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread killer = new Thread(() -> {
            while (loading.get() && killed.get() == 0) {
                String copying = "select pid from pg_stat_activity where datname = '" + name + "' and query like 'COPY public.comments%' limit 1";
                if (admin.query(copying).isEmpty()) {
                    continue;
                }
                try {
                    // another user on the database: a plain DROP DATABASE would fail "being accessed by other users"
                    bystander.add(TestPostgres.get().existingDatabase(name).connect());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                killed.addAndGet(admin.queryLong("select count(pg_terminate_backend(pid)) from (" + copying + ") one"));
            }
        });
        killer.start();
        SchemaPlan plan = Dumps.plan(big, 2);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            DumpContent content = new DumpBuilder(plan, pool, 3).build();
            PostgresTarget target = new PostgresTarget(spec, new PostgresTarget.Options(false, false, true, false, 3), 0);
            assertThatThrownBy(() -> target.load(content)).isInstanceOfSatisfying(TargetException.class, e -> {
                assertThat(e.kind()).isEqualTo(TargetException.Kind.UNREACHABLE);
                assertThat(e.getMessage()).startsWith("lost the connection to the target while loading public.comments: ");
            });
        } finally {
            loading.set(false);
            killer.join();
            pool.shutdownNow();
            bystander.forEach(PostgresTarget::close);
        }
        assertThat(killed.get()).isEqualTo(1);
        assertThat(bystander).hasSize(1);
        assertThat(admin.queryLong("select count(*) from pg_database where datname = '" + name + "'")).as("database left behind").isZero();
    }

    /** Loads {@code schema}'s dump with {@code jobs} connections; {@code splitBytes} 0 for the default share. */
    private DumpContent load(Schema schema, long seed, int jobs, long splitBytes, TestDatabase db) throws TargetException, IOException {
        SchemaPlan plan = Dumps.plan(schema, seed);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            DumpContent content = new DumpBuilder(plan, pool, jobs).build();
            target(db, jobs, splitBytes).load(content);
            return content;
        } finally {
            pool.shutdownNow();
        }
    }

    private PostgresTarget target(TestDatabase db, int jobs, long splitBytes) {
        ConnectionSpec spec = ConnectionSpec.parse("postgresql://postgres@127.0.0.1:" + TestPostgres.get().port() + "/" + db.name()
                + "?sslmode=disable", Map.of(), dir);
        return new PostgresTarget(spec, new PostgresTarget.Options(false, false, false, false, jobs), splitBytes);
    }

    private TestDatabase restored(Schema schema, long seed) {
        Path dump = dir.resolve("same-seed.dump");
        Dumps.write(schema, DumpFormat.CUSTOM, 0, seed, 2, dump);
        TestDatabase db = TestPostgres.get().createDatabase();
        db.restore(dump).assertClean();
        return db;
    }

    /** Same rows in every table (a digest of all rows in a fixed order), same constraints and indexes. */
    private static void assertSameContents(TestDatabase loaded, TestDatabase restored, DumpContent content) {
        Map<String, String> digests = digests(restored);
        assertThat(digests).isNotEmpty();
        assertThat(digests(loaded)).isEqualTo(digests);
        assertThat(catalog(loaded)).isEqualTo(catalog(restored));
        assertKeysAndIndexesOf(content, loaded);
    }

    private static Map<String, String> digests(TestDatabase db) {
        Map<String, String> digests = new TreeMap<>();
        for (List<String> row : db.query("select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where c.relkind = 'r' and " + USER_RELATIONS)) {
            String table = Identifiers.qualified(row.get(0), row.get(1));
            List<List<String>> digest = db.query("select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                    + " from " + table + " t");
            digests.put(table, digest.get(0).get(0));
        }
        return digests;
    }

    /**
     * Constraints, indexes and NOT NULL columns by table and name: definitions, whether validated and
     * deferred, each index's unique / primary / immediate / valid flags and the constraint it belongs to.
     */
    private static List<List<String>> catalog(TestDatabase db) {
        return db.query("select conrelid::regclass::text, conname, contype::text, pg_get_constraintdef(c.oid),"
                + " concat_ws(' ', convalidated, condeferrable, condeferred, conindid::regclass)"
                + " from pg_constraint c join pg_namespace n on n.oid = c.connamespace where " + USER_RELATIONS
                + " union all select i.indrelid::regclass::text, x.relname, 'i', pg_get_indexdef(i.indexrelid),"
                + " concat_ws(' ', i.indisunique, i.indisprimary, i.indimmediate, i.indisvalid, i.indisready,"
                + " (select k.conname from pg_constraint k where k.conindid = i.indexrelid and k.contype in ('p', 'u')))"
                + " from pg_index i join pg_class x on x.oid = i.indexrelid join pg_namespace n on n.oid = x.relnamespace where " + USER_RELATIONS
                + " union all select a.attrelid::regclass::text, a.attname, 'n', '', a.attnotnull::text from pg_attribute a"
                + " join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where c.relkind = 'r' and a.attnum > 0 and not a.attisdropped and " + USER_RELATIONS + " order by 1, 2, 3");
    }

    /** Every key, foreign key and index the dump defines exists, every foreign key validated. */
    private static void assertKeysAndIndexesOf(DumpContent content, TestDatabase db) {
        long keys = content.entries().stream().map(TocEntry::desc).filter(d -> d.equals("CONSTRAINT") || d.equals("FK CONSTRAINT")).count();
        long indexes = content.entries().stream().filter(e -> e.desc().equals("INDEX")).count();
        assertThat(db.queryLong("select count(*) from pg_constraint c join pg_namespace n on n.oid = c.connamespace where "
                + USER_RELATIONS + " and contype in ('p', 'u', 'f') and convalidated")).as("keys and foreign keys").isEqualTo(keys);
        // pg_indexes also lists the indexes behind primary keys and unique constraints
        assertThat(db.queryLong("select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n"
                + " on n.oid = c.relnamespace where " + USER_RELATIONS + " and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)"))
                .as("indexes").isEqualTo(indexes);
    }
}
