package dev.datagen.sink;

import java.io.IOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One step of a parallel load (a COPY of a table or row range, a post-data statement, an ANALYZE),
 * with what must finish before it, the table locks its statement takes (tables named by their TABLE
 * entry's dump id) and its estimated cost. Two tasks conflict when the server would make one wait for
 * the other: two CREATE INDEX on one table run together, ALTER TABLE ... VALIDATE CONSTRAINT of a foreign
 * key runs beside an index build on the referenced table but not beside one on its own table.
 */
final class LoadTask {

    /** The work itself, on a session of its own. */
    interface Work {
        void run(Connection c) throws TargetException, IOException;
    }

    record Lock(int table, LockMode mode) {
    }

    final String name;
    /** Estimated work, in the unit of COPY bytes (see {@link LoadCosts}). */
    final long cost;
    final Work work;
    /** The statements it runs; empty for a COPY. */
    final List<String> sql;
    final Set<LoadTask> after = new HashSet<>();
    final List<Lock> locks = new ArrayList<>();
    /** Its cost plus the longest chain of tasks waiting for it: the scheduler starts the longest first. */
    long remainingPath;

    LoadTask(String name, long cost, Work work) {
        this(name, cost, work, List.of());
    }

    private LoadTask(String name, long cost, Work work, List<String> sql) {
        this.name = name;
        this.cost = cost;
        this.work = work;
        this.sql = sql;
        this.remainingPath = cost;
    }

    /** A task that runs {@code sql} in order; a failure says it happened while {@code what}. */
    static LoadTask statements(String name, long cost, String what, List<String> sql) {
        return new LoadTask(name, cost, c -> PostgresTarget.run(c, what, sql), List.copyOf(sql));
    }

    LoadTask lock(int table, LockMode mode) {
        locks.add(new Lock(table, mode));
        return this;
    }

    boolean conflictsWith(LoadTask other) {
        for (Lock mine : locks) {
            for (Lock theirs : other.locks) {
                if (mine.table() == theirs.table() && mine.mode().conflictsWith(theirs.mode())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every table it locks, in any mode. */
    Set<Integer> tables() {
        Set<Integer> all = new HashSet<>();
        locks.forEach(l -> all.add(l.table()));
        return all;
    }

    /** The tables it locks in a mode stronger than {@code mode}. */
    Set<Integer> tablesLockedAbove(LockMode mode) {
        Set<Integer> tables = new HashSet<>();
        locks.stream().filter(l -> l.mode().compareTo(mode) > 0).forEach(l -> tables.add(l.table()));
        return tables;
    }

    @Override
    public String toString() {
        return name;
    }
}
