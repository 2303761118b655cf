package dev.datagen.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpBuilder;
import dev.datagen.dump.DumpContent;
import dev.datagen.support.Dumps;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tasks a parallel load runs, what each waits for and locks, and the order the scheduler prefers. */
class LoadPlanTest {

    private static List<LoadTask> tasks(String resource, long seed, int connections, long splitBytes) throws IOException {
        return tasks(new DumpBuilder(Dumps.plan(resource, seed), null, 1).build(), connections, splitBytes);
    }

    private static List<LoadTask> tasks(DumpContent content, int connections, long splitBytes) throws IOException {
        return LoadPlan.tasks(LoadPhases.of(content.entries()), connections, splitBytes, true);
    }

    private static List<LoadTask> shop(boolean mergeJoinChecks) throws IOException {
        return LoadPlan.tasks(LoadPhases.of(new DumpBuilder(Dumps.plan("shop.json", 1), null, 1).build().entries()), 2, 0, mergeJoinChecks);
    }

    private static LoadTask named(List<LoadTask> tasks, String name) {
        return tasks.stream().filter(t -> t.name.equals(name)).findFirst().orElseThrow(() -> new AssertionError("no task " + name + " in " + tasks));
    }

    @Test
    void lockModesConflictAsPostgresqlDocumentsThem() {
        for (LockMode a : LockMode.values()) {
            for (LockMode b : LockMode.values()) {
                assertThat(a.conflictsWith(b)).as(a + " / " + b).isEqualTo(b.conflictsWith(a));
            }
        }
        assertThat(LockMode.SHARE.conflictsWith(LockMode.SHARE)).isFalse();                      // two CREATE INDEX
        assertThat(LockMode.ROW_EXCLUSIVE.conflictsWith(LockMode.ROW_EXCLUSIVE)).isFalse();      // two COPY ranges
        assertThat(LockMode.SHARE_UPDATE_EXCLUSIVE.conflictsWith(LockMode.SHARE)).isTrue();      // VALIDATE vs CREATE INDEX, same table
        assertThat(LockMode.SHARE_UPDATE_EXCLUSIVE.conflictsWith(LockMode.SHARE_UPDATE_EXCLUSIVE)).isTrue();
        assertThat(LockMode.ROW_SHARE.conflictsWith(LockMode.SHARE)).isFalse();                  // VALIDATE's referenced table vs CREATE INDEX
        assertThat(LockMode.ROW_SHARE.conflictsWith(LockMode.SHARE_ROW_EXCLUSIVE)).isFalse();
        assertThat(LockMode.ROW_SHARE.conflictsWith(LockMode.EXCLUSIVE)).isTrue();
        assertThat(LockMode.ACCESS_SHARE.conflictsWith(LockMode.EXCLUSIVE)).isFalse();
        assertThat(LockMode.SHARE_ROW_EXCLUSIVE.conflictsWith(LockMode.SHARE_ROW_EXCLUSIVE)).isTrue();
    }

    @Test
    void bigTablesAreSplitIntoRangesAndLoadedFirst() throws IOException {
        List<LoadTask> tasks = tasks("blog.json", 7, 3, 60_000);
        List<LoadTask> comments = tasks.stream().filter(t -> t.name.equals("loading public.comments")).toList();
        assertThat(comments).hasSize(3);    // 2000 comments, far over 60 kB: one range per connection
        assertThat(tasks.stream().filter(t -> t.name.equals("loading public.users"))).hasSize(1);   // 100 users: under it
        LoadTask users = named(tasks, "loading public.users");
        assertThat(comments.get(0).remainingPath).isGreaterThan(users.remainingPath);
        assertThat(named(tasks, "loading public.posts").remainingPath).isGreaterThan(users.remainingPath);
    }

    @Test
    void shopStartsWithTheCriticalPathAndRanksTasksByTheirRemainingPath() throws IOException {
        // order_items: 6M of 9.1M rows, then two index builds and two foreign key checks
        List<LoadTask> tasks = tasks("shop.json", 1, 2, 0);
        List<String> order = LoadScheduler.byPriority(tasks).stream().map(t -> t.name).toList();
        assertThat(order.subList(0, 2)).containsExactly("loading public.order_items", "loading public.orders");
        assertThat(tasks.stream().filter(t -> t.name.startsWith("loading "))).hasSize(4);     // the other tables' work covers its COPY
        // a COPY before the index builds of smaller tables, whose remaining path is shorter
        assertThat(order.indexOf("loading public.customers")).isLessThan(order.indexOf("INDEX orders_customer_id_idx"));
        assertThat(order.indexOf("UNIQUE INDEX order_items order_items_pkey")).isLessThan(order.indexOf("UNIQUE INDEX orders orders_pkey"));
        for (LoadTask t : tasks) {
            long longestAfter = tasks.stream().filter(n -> n.after.contains(t)).mapToLong(n -> n.remainingPath).max().orElse(0);
            assertThat(t.remainingPath).as(t.name).isEqualTo(t.cost + longestAfter);
        }
        // one unit: the big table's key index costs more than the small table's, a COPY more than its ANALYZE
        assertThat(named(tasks, "UNIQUE INDEX order_items order_items_pkey").cost).isGreaterThan(named(tasks, "UNIQUE INDEX customers customers_pkey").cost);
        assertThat(named(tasks, "ANALYZE products").cost).isLessThan(named(tasks, "loading public.products").cost);
    }

    @Test
    void keysBuildTheirIndexBesideTheTablesOtherIndexesThenAttachIt() throws IOException {
        List<LoadTask> tasks = tasks("shop.json", 1, 2, 0);
        LoadTask keyIndex = named(tasks, "UNIQUE INDEX order_items order_items_pkey");
        LoadTask key = named(tasks, "CONSTRAINT order_items order_items_pkey");
        LoadTask index = named(tasks, "INDEX order_items_order_id_idx");
        assertThat(keyIndex.conflictsWith(index)).isFalse();
        assertThat(key.after).containsExactly(keyIndex);
        assertThat(key.conflictsWith(index)).isTrue();
        assertThat(keyIndex.after).allMatch(t -> t.name.equals("loading public.order_items")).hasSize(1);
    }

    @Test
    void tablesLoadWholeWithFreezeUnlessTheOthersCannotCoverTheirCopy() throws IOException {
        // shop: each table is one COPY FREEZE after TRUNCATE, so it locks its table against everything
        assertThat(shop(true).stream().filter(t -> t.name.startsWith("loading ")))
                .hasSize(4).allMatch(t -> t.locks.equals(List.of(new LoadTask.Lock(t.locks.get(0).table(), LockMode.ACCESS_EXCLUSIVE))));
        // one table alone: nothing else to do while it loads, so it is split over the sessions and not frozen
        DumpContent blog = new DumpBuilder(Dumps.plan("blog.json", 7), null, 1).build();
        DumpContent commentsOnly = new DumpContent(blog.header(), blog.entries().stream()
                .filter(e -> !e.desc().equals("TABLE DATA") || e.tag().equals("comments")).toList());
        List<LoadTask> comments = tasks(commentsOnly, 3, 0).stream().filter(t -> t.name.startsWith("loading ")).toList();
        assertThat(comments).hasSize(3).allMatch(t -> t.locks.equals(List.of(new LoadTask.Lock(t.locks.get(0).table(), LockMode.ROW_EXCLUSIVE))));
        // --data-only: the tables are not the load's own, never truncated nor frozen; a big one is split by its share
        DumpContent shop = new DumpBuilder(Dumps.plan("shop.json", 1), null, 1).build();
        DumpContent dataOnly = new DumpContent(shop.header(), shop.entries().stream().filter(e -> e.section() == dev.datagen.dump.Section.DATA).toList());
        List<LoadTask> loads = tasks(dataOnly, 3, 0).stream().filter(t -> t.name.startsWith("loading ")).toList();
        assertThat(loads).hasSize(5).allMatch(t -> t.locks.get(0).mode() == LockMode.ROW_EXCLUSIVE);
        assertThat(loads.stream().filter(t -> t.name.equals("loading public.order_items"))).hasSize(2);
    }

    @Test
    void foreignKeyChecksOfFrozenTablesWithAnIndexOnTheirColumnRunAsMergeJoins() throws IOException {
        List<String> merge = List.of("SET enable_hashjoin = off", "ALTER TABLE ONLY public.order_items VALIDATE CONSTRAINT order_items_order_id_fkey;",
                "RESET enable_hashjoin");
        assertThat(named(shop(true), "VALIDATE FK CONSTRAINT order_items order_items_order_id_fkey").sql).isEqualTo(merge);
        assertThat(named(shop(true), "VALIDATE FK CONSTRAINT orders orders_customer_id_fkey").sql).startsWith("SET enable_hashjoin = off");
        // order_items.product_id has no index: a hash join is the better plan
        assertThat(named(shop(true), "VALIDATE FK CONSTRAINT order_items order_items_product_id_fkey").sql)
                .containsExactly("ALTER TABLE ONLY public.order_items VALIDATE CONSTRAINT order_items_product_id_fkey;");
        // before PostgreSQL 14, COPY FREEZE leaves the visibility map unset: index-only scans would read the heap
        assertThat(named(shop(false), "VALIDATE FK CONSTRAINT order_items order_items_order_id_fkey").sql).hasSize(1);
        // a table loaded in ranges is not frozen
        assertThat(tasks("blog.json", 7, 3, 1).stream().filter(t -> t.name.startsWith("VALIDATE ")))
                .isNotEmpty().allMatch(t -> t.sql.size() == 1);
        assertThat(named(shop(true), "VALIDATE FK CONSTRAINT order_items order_items_order_id_fkey").cost)
                .isLessThan(named(shop(false), "VALIDATE FK CONSTRAINT order_items order_items_order_id_fkey").cost);
    }

    @Test
    void foreignKeysAreAddedNotValidThenValidatedBesideIndexBuildsOnTheReferencedTable() throws IOException {
        List<LoadTask> tasks = tasks("shop.json", 1, 2, 0);
        LoadTask add = named(tasks, "FK CONSTRAINT order_items order_items_order_id_fkey NOT VALID");
        LoadTask validate = named(tasks, "VALIDATE FK CONSTRAINT order_items order_items_order_id_fkey");
        LoadTask ordersKey = named(tasks, "CONSTRAINT orders orders_pkey");
        assertThat(add.after).contains(ordersKey, named(tasks, "loading public.orders"), named(tasks, "loading public.order_items"),
                named(tasks, "INDEX order_items_order_id_idx"), named(tasks, "CONSTRAINT order_items order_items_pkey"));
        assertThat(validate.after).containsExactly(add);
        assertThat(add.conflictsWith(named(tasks, "INDEX orders_ordered_at_idx"))).isTrue();          // SHARE ROW EXCLUSIVE on both
        assertThat(validate.conflictsWith(named(tasks, "INDEX orders_ordered_at_idx"))).isFalse();    // ROW SHARE on orders
        assertThat(validate.conflictsWith(named(tasks, "VALIDATE FK CONSTRAINT order_items order_items_product_id_fkey"))).isTrue();
        assertThat(validate.conflictsWith(named(tasks, "VALIDATE FK CONSTRAINT orders orders_customer_id_fkey"))).isFalse();
        // ANALYZE of the referenced table need not wait for the check, ANALYZE of the referencing one does
        assertThat(named(tasks, "ANALYZE orders").after).contains(add, ordersKey).doesNotContain(validate);
        assertThat(named(tasks, "ANALYZE order_items").after).contains(validate);
        assertThat(named(tasks, "setting sequence values").after).contains(named(tasks, "loading public.customers"));
    }

    @Test
    void deferrableKeysAndCompositeForeignKeysAreSplitToo() throws IOException {
        DumpContent keys = ParallelLoadTest.withDeferrableKeys(new DumpBuilder(Dumps.plan("keys.json", 3), null, 1).build());
        List<String> names = tasks(keys, 2, 0).stream().map(t -> t.name).toList();
        assertThat(names).contains("UNIQUE INDEX movements movements_pkey", "UNIQUE INDEX warehouses warehouses_code_key",
                "VALIDATE FK CONSTRAINT movements movements_warehouse_id_item_id_fkey");
    }

    @Test
    void statementsAreRewrittenKeepingTheirOptionsOrLeftAlone() {
        String table = "public.t";
        assertThat(KeyStatements.keyThroughIndex("ALTER TABLE ONLY public.t\n    ADD CONSTRAINT \"T key\" UNIQUE (a, \"B\") DEFERRABLE INITIALLY DEFERRED;\n", table))
                .contains(List.of("CREATE UNIQUE INDEX \"T key\" ON public.t USING btree (a, \"B\");",
                        "ALTER TABLE ONLY public.t\n    ADD CONSTRAINT \"T key\" UNIQUE USING INDEX \"T key\" DEFERRABLE INITIALLY DEFERRED;"));
        assertThat(KeyStatements.keyThroughIndex("ALTER TABLE ONLY public.t\n    ADD CONSTRAINT k PRIMARY KEY (a) INCLUDE (b);\n", table)).isEmpty();
        assertThat(KeyStatements.keyThroughIndex("ALTER TABLE ONLY public.t\n    ADD CONSTRAINT k UNIQUE NULLS NOT DISTINCT (a);\n", table)).isEmpty();
        assertThat(KeyStatements.keyThroughIndex("ALTER TABLE ONLY public.t\n    ADD CONSTRAINT k PRIMARY KEY (a) WITH (fillfactor='70');\n", table)).isEmpty();
        assertThat(KeyStatements.keyThroughIndex("ALTER TABLE ONLY public.u\n    ADD CONSTRAINT k PRIMARY KEY (a);\n", table)).isEmpty();
        assertThat(KeyStatements.foreignKeyNotValid("ALTER TABLE ONLY public.t\n    ADD CONSTRAINT f FOREIGN KEY (a, b) REFERENCES public.p(a, b)"
                + " ON DELETE CASCADE DEFERRABLE;\n", table)).contains(List.of(
                        "ALTER TABLE ONLY public.t\n    ADD CONSTRAINT f FOREIGN KEY (a, b) REFERENCES public.p(a, b) ON DELETE CASCADE DEFERRABLE NOT VALID;",
                        "ALTER TABLE ONLY public.t VALIDATE CONSTRAINT f;"));
        assertThat(KeyStatements.foreignKeyNotValid("ALTER TABLE ONLY public.t\n    ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES public.p(a) NOT VALID;\n", table)).isEmpty();
        assertThat(KeyStatements.foreignKeyColumn("ALTER TABLE ONLY public.t\n    ADD CONSTRAINT f FOREIGN KEY (\"A b\") REFERENCES public.p(id);\n", table))
                .contains("\"A b\"");
        assertThat(KeyStatements.foreignKeyColumn("ALTER TABLE ONLY public.t\n    ADD CONSTRAINT f FOREIGN KEY (a, b) REFERENCES public.p(a, b);\n", table)).isEmpty();
        assertThat(KeyStatements.firstIndexColumn("CREATE INDEX i ON public.t USING btree (a, b);\n", table)).contains("a");
        assertThat(KeyStatements.firstIndexColumn("CREATE UNIQUE INDEX i ON public.t USING btree (\"X, y\", b);\n", table)).contains("\"X, y\"");
        assertThat(KeyStatements.firstIndexColumn("ALTER TABLE ONLY public.t\n    ADD CONSTRAINT k PRIMARY KEY (id, b);\n", table)).contains("id");
        assertThat(KeyStatements.firstIndexColumn("CREATE INDEX i ON public.t USING btree (a) WHERE (a > 0);\n", table)).isEmpty();
        assertThat(KeyStatements.firstIndexColumn("CREATE INDEX i ON public.t USING btree (lower(a));\n", table)).isEmpty();
        assertThat(KeyStatements.firstIndexColumn("CREATE INDEX i ON public.t USING gin (a);\n", table)).isEmpty();
        assertThat(KeyStatements.firstIndexColumn("CREATE INDEX i ON public.u USING btree (a);\n", table)).isEmpty();
    }

    @Test
    void circularForeignKeysNeverRunTogether() throws IOException {
        List<LoadTask> tasks = tasks("fidelity.json", 17, 4, 0);
        List<LoadTask> circular = tasks.stream().filter(t -> t.name.startsWith("FK CONSTRAINT customers ")
                || t.name.startsWith("FK CONSTRAINT products ")).toList();
        assertThat(circular).hasSize(2);
        assertThat(circular.get(0).conflictsWith(circular.get(1))).isTrue();
        // two index builds on one table share it; attaching a key to its index does not
        LoadTask index = tasks.stream().filter(t -> t.name.startsWith("INDEX ") && !t.tables().isEmpty()).findFirst().orElseThrow();
        assertThat(index.conflictsWith(index)).isFalse();
        List<LoadTask> keysOnIt = tasks.stream().filter(t -> t.name.startsWith("CONSTRAINT ") && t.tables().equals(index.tables())).toList();
        assertThat(keysOnIt).isNotEmpty().allMatch(index::conflictsWith);
    }
}
