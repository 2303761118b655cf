package dev.datagen.dump;

import java.util.List;

/**
 * One table-of-contents entry, field for field as pg_dump's archive stores it
 * ({@code pg-archive-format.md} §3.1). Null strings are written as NULL. {@code data} is non-null
 * exactly for entries with a payload (hadDumper = 1): TABLE DATA.
 */
public record TocEntry(
        int dumpId,
        String tableoid,
        String oid,
        String tag,
        String desc,
        Section section,
        String defn,
        String dropStmt,
        String copyStmt,
        String namespace,
        String tablespace,
        String tableam,
        String owner,
        List<Integer> dependencies,
        TableData data) {

    public TocEntry {
        if (dumpId <= 0) {
            throw new IllegalArgumentException("dumpId must be positive: " + dumpId);
        }
        dependencies = List.copyOf(dependencies);
    }

    public boolean hasData() {
        return data != null;
    }
}
