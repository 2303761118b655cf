package dev.datagen.sink;

import dev.datagen.dump.CopyRows;
import dev.datagen.dump.TableData;
import dev.datagen.dump.TocEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a dump's phases into the tasks of a parallel load, with pg_restore's dependencies: post-data
 * entries wait for the data of the tables they depend on (its repoint_table_dependencies) and for the
 * post-data entries they name (a foreign key for the referenced key, a comment for its object); the
 * sequence values wait for all data; each table's ANALYZE waits for everything on that table. Keys and
 * foreign keys run as two steps each (see {@link KeyStatements}); every task holds the table locks its
 * statement takes. A table whose data and post-data cost more than its share is loaded as several row
 * ranges, one COPY each, which may run at once (COPY's ROW EXCLUSIVE lock does not conflict with
 * itself). Each task's {@link LoadTask#remainingPath} orders the scheduler's choice.
 */
final class LoadPlan {
    /** Post-data statements that lock their tables against everything (pg_restore's list, less the split keys). */
    private static final Set<String> EXCLUSIVE = Set.of("CONSTRAINT", "CHECK CONSTRAINT", "RULE", "TRIGGER");
    /** Entries that build an index. */
    private static final Set<String> INDEXES = Set.of("CONSTRAINT", "INDEX");

    /** One statement list of a post-data entry, run after the entry's previous step; {@code check} for a foreign key's check. */
    private record Step(String name, List<String> sql, long cost, List<LoadTask.Lock> locks, ForeignKeyCheck check) {
        Step(String name, List<String> sql, long cost, List<LoadTask.Lock> locks) {
            this(name, sql, cost, locks, null);
        }
    }

    /** The VALIDATE of a one-column foreign key: its table, the referenced table, the column. */
    private record ForeignKeyCheck(int table, int referenced, String column) {
    }

    /** A post-data entry's steps, and the table they work on (null when the entry names no single one). */
    private record PostEntry(TocEntry entry, Integer table, List<Step> steps) {
        long cost() {
            return steps.stream().mapToLong(Step::cost).sum();
        }
    }

    private final LoadPhases phases;
    private final Map<Integer, TocEntry> byId = new HashMap<>();
    /** Estimated COPY cost and rows by table (TABLE entry id). */
    private final Map<Integer, Long> copyCost = new HashMap<>();
    private final Map<Integer, Long> tableRows = new HashMap<>();
    private final Map<Integer, List<LoadTask>> dataByTable = new LinkedHashMap<>();
    private final List<LoadTask> tasks = new ArrayList<>();
    /** Tables loaded by one COPY FREEZE. */
    private final Set<Integer> frozen = new HashSet<>();
    /** The first column of every plain btree index and key of a table. */
    private final Map<Integer, Set<String>> indexedFirst = new HashMap<>();
    private final boolean mergeJoinChecks;

    private LoadPlan(LoadPhases phases, boolean mergeJoinChecks) {
        this.phases = phases;
        this.mergeJoinChecks = mergeJoinChecks;
        phases.all().forEach(e -> byId.put(e.dumpId(), e));
    }

    /**
     * @param connections     the sessions the load runs on
     * @param splitBytes      split a table into ranges of about this many bytes (tests); 0 to split only what would leave sessions idle
     * @param mergeJoinChecks whether COPY FREEZE sets the visibility map (PostgreSQL 14 on), so foreign key
     *                        checks of frozen tables can merge-join two index-only scans
     */
    static List<LoadTask> tasks(LoadPhases phases, int connections, long splitBytes, boolean mergeJoinChecks) throws IOException {
        LoadPlan plan = new LoadPlan(phases, mergeJoinChecks);
        for (TocEntry e : phases.tableData()) {
            plan.copyCost.merge(plan.tableOf(e), copyCost(e), Long::sum);
            plan.tableRows.merge(plan.tableOf(e), e.data() instanceof CopyRows rows ? rows.rows() : 0L, Long::sum);
        }
        List<PostEntry> post = phases.postData().stream().map(plan::postEntry).toList();
        plan.data(connections, splitBytes, post);
        plan.sequences();
        plan.analyze(plan.postData(post));
        CriticalPath.measure(plan.tasks);
        return plan.tasks;
    }

    private static long copyCost(TocEntry data) throws IOException {
        return data.data() instanceof CopyRows rows ? LoadCosts.copy(rows.estimatedBytes(), rows.rows()) : 0;
    }

    private long rows(int table) {
        return tableRows.getOrDefault(table, 0L);
    }

    /**
     * One COPY FREEZE per table the load created (see {@link TableCopy#emptyAndCopyFrozen}), unless its
     * COPY outweighs all the other tables' work together: then the other sessions would run out of work
     * while it loads, so it is split into row ranges loaded at once, as many as make each range about a
     * session's share of the whole. Splitting gives up FREEZE (rows a COPY on another session writes
     * can't be frozen) and with it the fast foreign key checks, which cost more than some idle time:
     * shop.json's order_items (6M of 9.1M rows) loads faster whole, even over four sessions. Tables the
     * load did not create (--data-only) are never frozen: one is split when its work is more than its
     * share of the whole (total / connections).
     */
    private void data(int connections, long splitBytes, List<PostEntry> post) throws IOException {
        Map<Integer, Long> chain = new HashMap<>(copyCost);
        post.stream().filter(p -> p.table() != null && chain.containsKey(p.table())).forEach(p -> chain.merge(p.table(), p.cost(), Long::sum));
        long total = Math.max(1, chain.values().stream().mapToLong(Long::longValue).sum());
        Set<Integer> created = phases.createdTableIds();
        Map<Integer, Long> entriesOf = new HashMap<>();
        phases.tableData().forEach(e -> entriesOf.merge(tableOf(e), 1L, Long::sum));
        for (TocEntry e : phases.tableData()) {
            int table = tableOf(e);
            long cost = copyCost(e);
            long bytes = e.data() instanceof CopyRows rows ? rows.estimatedBytes() : 0;
            boolean freezable = created.contains(table) && entriesOf.get(table) == 1;
            long copy = copyCost.get(table);
            long others = total - chain.get(table);
            long share = (long) Math.ceil((double) chain.get(table) * connections / total);   // a table that can't be frozen anyway
            long wanted = splitBytes > 0 ? (bytes + splitBytes - 1) / splitBytes
                    : !freezable ? share : copy > others ? (long) Math.ceil((double) copy * connections / (copy + others)) : 1;
            List<TableData> parts = List.of(e.data());
            if (e.data() instanceof CopyRows rows && connections > 1 && wanted > 1 && rows.rows() > 1) {
                parts = rows.ranges((int) Math.min(Math.min(wanted, connections), rows.rows()));
            }
            if (parts.size() == 1 && freezable) {
                frozen.add(table);
                LoadTask task = add(new LoadTask(TableCopy.loading(e), cost, c -> TableCopy.emptyAndCopyFrozen(c, e)));
                task.lock(table, LockMode.ACCESS_EXCLUSIVE);
                dataByTable.computeIfAbsent(table, t -> new ArrayList<>()).add(task);
                continue;
            }
            for (TableData part : parts) {
                LoadTask task = add(new LoadTask(TableCopy.loading(e), cost / parts.size(), c -> TableCopy.copy(c, e, part)));
                task.lock(table, LockMode.ROW_EXCLUSIVE);
                dataByTable.computeIfAbsent(table, t -> new ArrayList<>()).add(task);
            }
        }
    }

    /** The TABLE entry a TABLE DATA entry fills (its dependency), or the entry itself when there is none. */
    private int tableOf(TocEntry data) {
        for (int dep : data.dependencies()) {
            TocEntry e = byId.get(dep);
            if (e == null || e.desc().equals("TABLE")) {
                return dep;
            }
        }
        return data.dumpId();
    }

    private List<LoadTask> allData() {
        return dataByTable.values().stream().flatMap(List::stream).toList();
    }

    private void sequences() {
        List<String> setvals = PostgresTarget.definitions(phases.sequenceSets());
        if (!setvals.isEmpty()) {
            add(LoadTask.statements("setting sequence values", 0, "setting sequence values", setvals))
                    .after.addAll(allData());
        }
    }

    /** A post-data entry as its steps, with their costs and locks. */
    private PostEntry postEntry(TocEntry e) {
        List<String> sql = PostgresTarget.definitions(List.of(e));
        List<Integer> tables = e.dependencies().stream().filter(this::isTable).distinct().toList();
        String name = e.desc() + " " + e.tag();
        if (sql.isEmpty()) {
            return new PostEntry(e, null, List.of());
        }
        Integer own = ownTable(e, tables);
        if (own == null) {   // names no single table: lock them all as pg_restore does
            LockMode mode = EXCLUSIVE.contains(e.desc()) || e.desc().equals("FK CONSTRAINT") ? LockMode.ACCESS_EXCLUSIVE : LockMode.SHARE;
            return new PostEntry(e, null, List.of(new Step(name, sql, 0, tables.stream().map(t -> new LoadTask.Lock(t, mode)).toList())));
        }
        String table = PostgresTarget.qualified(byId.get(own));
        long rows = rows(own);
        return new PostEntry(e, own, switch (e.desc()) {
            case "CONSTRAINT" -> indexed(own, e, table, KeyStatements.keyThroughIndex(e.defn(), table)
                    .map(s -> List.of(new Step("UNIQUE INDEX " + e.tag(), s.subList(0, 1), LoadCosts.indexBuild(rows), locks(own, LockMode.SHARE)),
                            new Step(name, s.subList(1, 2), 0, locks(own, LockMode.ACCESS_EXCLUSIVE))))
                    .orElse(List.of(new Step(name, sql, LoadCosts.indexBuild(rows), locks(own, LockMode.ACCESS_EXCLUSIVE)))));
            case "FK CONSTRAINT" -> foreignKey(e, name, sql, own, table, tables);
            case "INDEX" -> indexed(own, e, table, List.of(new Step(name, sql, LoadCosts.indexBuild(rows), locks(own, LockMode.SHARE))));
            default -> List.of(new Step(name, sql, 0, locks(own, EXCLUSIVE.contains(e.desc()) ? LockMode.ACCESS_EXCLUSIVE : LockMode.SHARE)));
        });
    }

    /** Notes the first column of the index a key or index entry builds, if it is a plain btree index; returns its steps. */
    private List<Step> indexed(int table, TocEntry e, String qualified, List<Step> steps) {
        KeyStatements.firstIndexColumn(e.defn(), qualified).ifPresent(c -> indexedFirst.computeIfAbsent(table, t -> new HashSet<>()).add(c));
        return steps;
    }

    /** NOT VALID, then VALIDATE CONSTRAINT; as one statement (SHARE ROW EXCLUSIVE on both tables) if it has another shape. */
    private List<Step> foreignKey(TocEntry e, String name, List<String> sql, int own, String table, List<Integer> tables) {
        int referenced = tables.stream().filter(t -> t != own).findFirst().orElse(own);
        long check = LoadCosts.foreignKeyCheck(rows(own), rows(referenced));
        List<LoadTask.Lock> adding = List.of(new LoadTask.Lock(own, LockMode.SHARE_ROW_EXCLUSIVE), new LoadTask.Lock(referenced, LockMode.SHARE_ROW_EXCLUSIVE));
        Optional<List<String>> split = KeyStatements.foreignKeyNotValid(e.defn(), table);
        if (split.isEmpty()) {
            return List.of(new Step(name, sql, check, adding));
        }
        ForeignKeyCheck oneColumn = KeyStatements.foreignKeyColumn(e.defn(), table)
                .map(c -> new ForeignKeyCheck(own, referenced, c)).orElse(null);
        return List.of(new Step(name + " NOT VALID", split.get().subList(0, 1), 0, adding),
                new Step("VALIDATE " + name, split.get().subList(1, 2), check, List.of(
                        new LoadTask.Lock(own, LockMode.SHARE_UPDATE_EXCLUSIVE), new LoadTask.Lock(referenced, LockMode.ROW_SHARE)), oneColumn));
    }

    private static List<LoadTask.Lock> locks(int table, LockMode mode) {
        return List.of(new LoadTask.Lock(table, mode));
    }

    /** The table an entry indexes or alters: its only table, or the one its ALTER TABLE names. */
    private Integer ownTable(TocEntry e, List<Integer> tables) {
        if (tables.size() == 1) {
            return tables.get(0);
        }
        return tables.stream().filter(t -> byId.containsKey(t) && KeyStatements.alters(e.defn(), PostgresTarget.qualified(byId.get(t))))
                .findFirst().orElse(null);
    }

    /**
     * The post-data tasks. A foreign key also waits for the keys and indexes of its own table, as in
     * pg_restore, whose TOC lists them first: its check (a join of the two tables) can use them, and
     * could not run beside their builds anyway (SHARE UPDATE EXCLUSIVE against SHARE).
     */
    private List<LoadTask> postData(List<PostEntry> entries) {
        Map<Integer, LoadTask> byEntry = new HashMap<>();
        Map<Integer, List<LoadTask>> indexesOn = new HashMap<>();
        List<LoadTask> post = new ArrayList<>();
        for (PostEntry p : entries) {
            if (p.steps().isEmpty()) {
                continue;
            }
            List<LoadTask> before = new ArrayList<>();
            boolean placed = false;
            for (int dep : p.entry().dependencies()) {
                if (isTable(dep)) {
                    before.addAll(dataByTable.getOrDefault(dep, List.of()));
                    placed = true;
                } else if (byEntry.containsKey(dep)) {
                    before.add(byEntry.get(dep));
                    placed = true;
                }
            }
            if (!placed) {
                before.addAll(allData());   // nothing says what it needs: after the data, as a serial load runs it
            }
            if (p.entry().desc().equals("FK CONSTRAINT") && p.table() != null) {
                before.addAll(indexesOn.getOrDefault(p.table(), List.of()));
            }
            LoadTask previous = null;
            for (Step plain : p.steps()) {
                Step step = asMergeJoin(plain);
                LoadTask task = add(LoadTask.statements(step.name(), step.cost(), "creating keys, indexes and foreign keys (post-data)", step.sql()));
                step.locks().forEach(l -> task.lock(l.table(), l.mode()));
                if (previous == null) {
                    task.after.addAll(before);
                } else {
                    task.after.add(previous);
                }
                post.add(task);
                previous = task;
            }
            byEntry.put(p.entry().dumpId(), previous);
            if (INDEXES.contains(p.entry().desc()) && p.table() != null) {
                indexesOn.computeIfAbsent(p.table(), t -> new ArrayList<>()).add(previous);
            }
        }
        return post;
    }

    /**
     * A foreign key check as a merge join, where it can be one: PostgreSQL checks a foreign key with an
     * anti-join of the two tables, and plans a hash join, whose probes of a large table miss the cache on
     * nearly every row. When both tables are frozen with their visibility map set and the key's column
     * leads an index of its table (the referenced key always has one), a merge join of two index-only
     * scans reads both in order without touching the heap: shop.json's 6M-row check takes 1 s instead of 5.
     * Hash joins are turned off for that one statement.
     */
    private Step asMergeJoin(Step step) {
        ForeignKeyCheck check = step.check();
        if (!mergeJoinChecks || check == null || !frozen.contains(check.table()) || !frozen.contains(check.referenced())
                || !indexedFirst.getOrDefault(check.table(), Set.of()).contains(check.column())) {
            return step;
        }
        List<String> sql = new ArrayList<>();
        sql.add("SET enable_hashjoin = off");
        sql.addAll(step.sql());
        sql.add("RESET enable_hashjoin");
        return new Step(step.name(), sql, LoadCosts.mergeJoinCheck(rows(check.table()), rows(check.referenced())), step.locks(), check);
    }

    private boolean isTable(int id) {
        TocEntry e = byId.get(id);
        return dataByTable.containsKey(id) || copyCost.containsKey(id) || (e != null && e.desc().equals("TABLE"));
    }

    /**
     * ANALYZE of each created table, once its data and everything that changes it is done (a foreign key
     * check reading it as the referenced table need not be); tables in parallel.
     */
    private void analyze(List<LoadTask> post) {
        for (TocEntry table : phases.createdTables()) {
            int id = table.dumpId();
            List<String> sql = List.of("ANALYZE " + PostgresTarget.qualified(table));
            LoadTask task = add(LoadTask.statements("ANALYZE " + table.tag(), LoadCosts.analyze(copyCost.getOrDefault(id, 0L)),
                    "analyzing the loaded tables", sql));
            task.lock(id, LockMode.SHARE_UPDATE_EXCLUSIVE);
            task.after.addAll(dataByTable.getOrDefault(id, List.of()));
            post.stream().filter(p -> p.tablesLockedAbove(LockMode.ROW_SHARE).contains(id)).forEach(task.after::add);
        }
    }

    private LoadTask add(LoadTask task) {
        tasks.add(task);
        return task;
    }
}
