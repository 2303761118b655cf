package dev.datagen.sink;

import java.io.IOException;
import java.sql.Connection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * One step of a parallel load (a COPY of a table or row range, a post-data statement, an ANALYZE),
 * with what must finish before it and the tables it locks. Tables are named by their TABLE entry's
 * dump id. Like pg_restore's lockDeps, {@code exclusive} tables conflict with any other task on them,
 * {@code shared} ones only with exclusive users: two CREATE INDEX on one table may run together, ALTER
 * TABLE ... ADD CONSTRAINT may not run beside anything else on its tables.
 */
final class LoadTask {

    /** The work itself, on a session of its own. */
    interface Work {
        void run(Connection c) throws TargetException, IOException;
    }

    final String name;
    final long weight;
    final Work work;
    final Set<LoadTask> after = new HashSet<>();
    final Set<Integer> exclusive = new HashSet<>();
    final Set<Integer> shared = new HashSet<>();

    /** @param weight how big the task is: the scheduler starts the heaviest ready task first */
    LoadTask(String name, long weight, Work work) {
        this.name = name;
        this.weight = weight;
        this.work = work;
    }

    boolean conflictsWith(LoadTask other) {
        return !Collections.disjoint(exclusive, other.exclusive) || !Collections.disjoint(exclusive, other.shared)
                || !Collections.disjoint(shared, other.exclusive);
    }

    /** Every table it touches, either way. */
    Set<Integer> tables() {
        Set<Integer> all = new HashSet<>(exclusive);
        all.addAll(shared);
        return all;
    }

    @Override
    public String toString() {
        return name;
    }
}
