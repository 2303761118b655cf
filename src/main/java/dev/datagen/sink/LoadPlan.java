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
import java.util.stream.Collectors;

/**
 * Turns a dump's phases into the tasks of a parallel load, with pg_restore's dependencies: post-data
 * entries wait for the data of the tables they depend on (its repoint_table_dependencies) and for the
 * post-data entries they name (a foreign key for the referenced key, a comment for its object); the
 * sequence values wait for all data; each table's ANALYZE waits for everything on that table. A table
 * that costs more than its share is loaded as several row ranges, one COPY each, which may run at once
 * (COPY's ROW EXCLUSIVE lock does not conflict with itself).
 */
final class LoadPlan {
    /** Post-data statements that take a lock conflicting with anything else on their tables (pg_restore's list). */
    private static final Set<String> EXCLUSIVE = Set.of("CONSTRAINT", "CHECK CONSTRAINT", "FK CONSTRAINT", "RULE", "TRIGGER");

    private final LoadPhases phases;
    private final Map<Integer, TocEntry> byId = new HashMap<>();
    /** Data tasks by table (TABLE entry id), and each table's estimated cost (see {@link #data}). */
    private final Map<Integer, List<LoadTask>> dataByTable = new LinkedHashMap<>();
    private final Map<Integer, Long> tableCost = new HashMap<>();
    private final List<LoadTask> tasks = new ArrayList<>();

    private LoadPlan(LoadPhases phases) {
        this.phases = phases;
        phases.all().forEach(e -> byId.put(e.dumpId(), e));
    }

    /**
     * @param connections the sessions the load runs on
     * @param splitBytes  split a table into ranges of about this many bytes (tests); 0 to split by cost share
     */
    static List<LoadTask> tasks(LoadPhases phases, int connections, long splitBytes) throws IOException {
        LoadPlan plan = new LoadPlan(phases);
        plan.data(connections, splitBytes);
        plan.sequences();
        List<LoadTask> post = plan.postData();
        plan.analyze(post);
        return plan.tasks;
    }

    /**
     * One task per table, or per row range of a table whose cost is more than its share of the whole
     * (total / connections). A table's cost is its COPY bytes plus, for each post-data item on it, a
     * pass over its rows (index builds and foreign key checks take about as long as the COPY itself):
     * the critical path of a load is its largest table's data followed by that table's keys, indexes and
     * foreign keys, which run one after another. All ranges of a table get the table's cost as weight, so
     * they start together, heaviest table first.
     */
    private void data(int connections, long splitBytes) throws IOException {
        record Sized(TocEntry entry, int table, long bytes, long rows) {
        }
        List<Sized> sized = new ArrayList<>();
        long totalBytes = 0;
        long totalRows = 0;
        for (TocEntry e : phases.tableData()) {
            CopyRows rows = e.data() instanceof CopyRows r ? r : null;
            Sized s = new Sized(e, tableOf(e), rows == null ? 0 : rows.estimatedBytes(), rows == null ? 0 : rows.rows());
            sized.add(s);
            totalBytes += s.bytes();
            totalRows += s.rows();
        }
        double rowPass = (double) totalBytes / Math.max(1, totalRows);
        Map<Integer, Integer> postItems = postItemsPerTable(sized.stream().map(Sized::table).collect(Collectors.toSet()));
        for (Sized s : sized) {
            tableCost.merge(s.table(), s.bytes() + (long) (s.rows() * rowPass * postItems.getOrDefault(s.table(), 0)), Long::sum);
        }
        long totalCost = Math.max(1, tableCost.values().stream().mapToLong(Long::longValue).sum());
        for (Sized s : sized) {
            long cost = tableCost.get(s.table());
            long wanted = splitBytes > 0 ? (s.bytes() + splitBytes - 1) / splitBytes : (long) Math.ceil((double) cost * connections / totalCost);
            List<TableData> parts = List.of(s.entry().data());
            if (s.entry().data() instanceof CopyRows rows && connections > 1 && wanted > 1 && rows.rows() > 1) {
                parts = rows.ranges((int) Math.min(Math.min(wanted, connections), rows.rows()));
            }
            for (TableData part : parts) {
                TocEntry e = s.entry();
                LoadTask task = add(new LoadTask(TableCopy.loading(e), cost, c -> TableCopy.copy(c, e, part)));
                task.shared.add(s.table());
                dataByTable.computeIfAbsent(s.table(), t -> new ArrayList<>()).add(task);
            }
        }
    }

    /** How many post-data entries name each of {@code tables} among their dependencies. */
    private Map<Integer, Integer> postItemsPerTable(Set<Integer> tables) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TocEntry e : phases.postData()) {
            e.dependencies().stream().filter(tables::contains).distinct().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        return counts;
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
            long weight = tables.stream().mapToLong(t -> tableCost.getOrDefault(t, 0L)).sum();
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
