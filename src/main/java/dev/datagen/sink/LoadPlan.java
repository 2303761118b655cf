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
import java.util.Set;

/**
 * Turns a dump's phases into the tasks of a parallel load, with pg_restore's dependencies: post-data
 * entries wait for the data of the tables they depend on (its repoint_table_dependencies) and for the
 * post-data entries they name (a foreign key for the referenced key, a comment for its object); the
 * sequence values wait for all data; each table's ANALYZE waits for everything on that table. A table
 * larger than {@code splitBytes} is loaded as several row ranges, one COPY each, which may run at once
 * (COPY's ROW EXCLUSIVE lock does not conflict with itself).
 */
final class LoadPlan {
    /** Post-data statements that take a lock conflicting with anything else on their tables (pg_restore's list). */
    private static final Set<String> EXCLUSIVE = Set.of("CONSTRAINT", "CHECK CONSTRAINT", "FK CONSTRAINT", "RULE", "TRIGGER");

    private final LoadPhases phases;
    private final Map<Integer, TocEntry> byId = new HashMap<>();
    /** Data tasks by table (TABLE entry id), with the table's estimated size. */
    private final Map<Integer, List<LoadTask>> dataByTable = new LinkedHashMap<>();
    private final Map<Integer, Long> tableBytes = new HashMap<>();
    private final List<LoadTask> tasks = new ArrayList<>();

    private LoadPlan(LoadPhases phases) {
        this.phases = phases;
        phases.all().forEach(e -> byId.put(e.dumpId(), e));
    }

    /**
     * @param connections the sessions the load runs on
     * @param splitBytes  a table larger than this is split into ranges; 0 for its share of the whole (total / connections)
     */
    static List<LoadTask> tasks(LoadPhases phases, int connections, long splitBytes) throws IOException {
        LoadPlan plan = new LoadPlan(phases);
        plan.data(connections, splitBytes);
        plan.sequences();
        List<LoadTask> post = plan.postData();
        plan.analyze(post);
        return plan.tasks;
    }

    private void data(int connections, long splitBytes) throws IOException {
        Map<TocEntry, Long> sizes = new LinkedHashMap<>();
        long total = 0;
        for (TocEntry e : phases.tableData()) {
            long bytes = e.data() instanceof CopyRows rows ? rows.estimatedBytes() : 0;
            sizes.put(e, bytes);
            total += bytes;
        }
        long threshold = splitBytes > 0 ? splitBytes : Math.max(1, total / connections);
        for (Map.Entry<TocEntry, Long> sized : sizes.entrySet()) {
            TocEntry e = sized.getKey();
            long bytes = sized.getValue();
            int table = tableOf(e);
            tableBytes.merge(table, bytes, Long::sum);
            List<TableData> parts = List.of(e.data());
            if (e.data() instanceof CopyRows rows && bytes > threshold && connections > 1) {
                long wanted = Math.min(connections, (bytes + threshold - 1) / threshold);
                parts = rows.ranges((int) Math.max(1, Math.min(wanted, rows.rows())));
            }
            for (TableData part : parts) {
                LoadTask task = add(new LoadTask(TableCopy.loading(e), bytes / parts.size(), c -> TableCopy.copy(c, e, part)));
                task.shared.add(table);
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
            add(new LoadTask("setting sequence values", 0, c -> PostgresTarget.run(c, "setting sequence values", setvals)))
                    .after.addAll(allData());
        }
    }

    private List<LoadTask> postData() {
        Map<Integer, LoadTask> byEntry = new HashMap<>();
        List<LoadTask> post = new ArrayList<>();
        for (TocEntry e : phases.postData()) {
            List<String> sql = PostgresTarget.definitions(List.of(e));
            if (sql.isEmpty()) {
                continue;
            }
            Set<Integer> tables = new HashSet<>();
            Set<LoadTask> after = new HashSet<>();
            boolean placed = false;
            for (int dep : e.dependencies()) {
                if (isTable(dep)) {
                    tables.add(dep);
                    after.addAll(dataByTable.getOrDefault(dep, List.of()));
                    placed = true;
                } else if (byEntry.containsKey(dep)) {
                    after.add(byEntry.get(dep));
                    placed = true;
                }
            }
            if (!placed) {
                after.addAll(allData());   // nothing says what it needs: after the data, as a serial load runs it
            }
            long weight = tables.stream().mapToLong(t -> tableBytes.getOrDefault(t, 0L)).sum();
            LoadTask task = add(new LoadTask(e.desc() + " " + e.tag(), weight,
                    c -> PostgresTarget.run(c, "creating keys, indexes and foreign keys (post-data)", sql)));
            task.after.addAll(after);
            (EXCLUSIVE.contains(e.desc()) ? task.exclusive : task.shared).addAll(tables);
            byEntry.put(e.dumpId(), task);
            post.add(task);
        }
        return post;
    }

    private boolean isTable(int id) {
        TocEntry e = byId.get(id);
        return dataByTable.containsKey(id) || (e != null && e.desc().equals("TABLE"));
    }

    /** ANALYZE of each created table, once its data and everything on it is done; tables in parallel. */
    private void analyze(List<LoadTask> post) {
        for (TocEntry table : phases.createdTables()) {
            int id = table.dumpId();
            List<String> sql = List.of("ANALYZE " + PostgresTarget.qualified(table));
            LoadTask task = add(new LoadTask("ANALYZE " + table.tag(), 0, c -> PostgresTarget.run(c, "analyzing the loaded tables", sql)));
            task.exclusive.add(id);
            task.after.addAll(dataByTable.getOrDefault(id, List.of()));
            post.stream().filter(p -> p.tables().contains(id)).forEach(task.after::add);
        }
    }

    private LoadTask add(LoadTask task) {
        tasks.add(task);
        return task;
    }
}
