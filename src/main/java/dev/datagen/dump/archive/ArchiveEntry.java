package dev.datagen.dump.archive;

import java.util.List;

/**
 * One table-of-contents entry as read ({@code pg-archive-format.md} §3.1), with the format-specific
 * extra: the data offset (custom) or the data file name (directory, tar).
 *
 * @param section    1 none, 2 pre-data, 3 data, 4 post-data (anything else is kept as read)
 * @param relkind    0 before archive version 1.16
 * @param offsetFlag custom format only: 1 position not set, 2 set, 3 no data (0 elsewhere)
 * @param fileName   directory and tar only: {@code "3462.dat"}, or empty (null in custom archives)
 */
public record ArchiveEntry(int dumpId, boolean hadDumper, String tableoid, String oid, String tag, String desc, int section,
        String defn, String dropStmt, String copyStmt, String namespace, String tablespace, String tableam, int relkind,
        String owner, String withOids, List<String> dependencies, int offsetFlag, long offset, String fileName) {

    public ArchiveEntry {
        dependencies = List.copyOf(dependencies);
    }

    /** COPY-style table data, whose payload must end with the {@code \.} line. */
    public boolean isCopyData() {
        return hadDumper && copyStmt != null && !copyStmt.isEmpty();
    }

    /** {@code 3462 TABLE DATA public.orders}, for messages. */
    public String describe() {
        return dumpId + " " + desc + " " + (namespace == null || namespace.isEmpty() ? "" : namespace + ".") + tag;
    }
}
