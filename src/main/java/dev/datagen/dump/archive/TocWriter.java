package dev.datagen.dump.archive;

import dev.datagen.dump.TocEntry;

import java.io.IOException;
import java.util.List;

/**
 * Writes the table of contents ({@code pg-archive-format.md} §3.1): Int count, then each entry. The
 * format-specific last field of an entry (custom: an Offset; directory/tar: a file-name Str) comes from
 * an {@link EntryExtra}.
 */
public final class TocWriter {

    /** pg_dump's obsolete "with OIDs" flag: must be the non-NULL string "false". */
    private static final String WITH_OIDS = "false";
    /** pg_class.relkind 'r', written on TABLE entries since 1.16. */
    private static final int RELKIND_TABLE = 'r';

    /** The format-specific field closing each TOC entry. Its size must not depend on data positions. */
    public interface EntryExtra {
        void write(ArchiveOutput out, TocEntry entry) throws IOException;

        int size(TocEntry entry);
    }

    private final ArchiveVersion version;

    public TocWriter(ArchiveVersion version) {
        this.version = version;
    }

    public void write(ArchiveOutput out, List<TocEntry> entries, EntryExtra extra) throws IOException {
        out.writeInt(entries.size());
        for (TocEntry e : entries) {
            writeEntry(out, e, extra);
        }
    }

    /** Exact byte length {@link #write} produces, so data positions can be known before writing. */
    public long size(List<TocEntry> entries, EntryExtra extra) {
        long size = ArchiveOutput.INT_SIZE;
        for (TocEntry e : entries) {
            size += entrySize(e) + extra.size(e);
        }
        return size;
    }

    private void writeEntry(ArchiveOutput out, TocEntry e, EntryExtra extra) throws IOException {
        requireNonNullFields(e);
        out.writeInt(e.dumpId());
        out.writeInt(e.hasData() ? 1 : 0);
        out.writeStr(e.tableoid());
        out.writeStr(e.oid());
        out.writeStr(e.tag());
        out.writeStr(e.desc());
        out.writeInt(e.section().code);
        out.writeStr(e.defn());
        out.writeStr(e.dropStmt());
        out.writeStr(e.copyStmt());
        out.writeStr(e.namespace());
        out.writeStr(e.tablespace());
        out.writeStr(e.tableam());
        if (version.hasRelkind()) {
            out.writeInt(relkind(e));
        }
        out.writeStr(e.owner());
        out.writeStr(WITH_OIDS);
        for (int dep : e.dependencies()) {
            out.writeStr(Integer.toString(dep));
        }
        out.writeStr(null);
        extra.write(out, e);
    }

    private long entrySize(TocEntry e) {
        long size = 3L * ArchiveOutput.INT_SIZE; // dumpId, hadDumper, section
        size += ArchiveOutput.strSize(e.tableoid()) + ArchiveOutput.strSize(e.oid())
                + ArchiveOutput.strSize(e.tag()) + ArchiveOutput.strSize(e.desc())
                + ArchiveOutput.strSize(e.defn()) + ArchiveOutput.strSize(e.dropStmt())
                + ArchiveOutput.strSize(e.copyStmt()) + ArchiveOutput.strSize(e.namespace())
                + ArchiveOutput.strSize(e.tablespace()) + ArchiveOutput.strSize(e.tableam())
                + ArchiveOutput.strSize(e.owner()) + ArchiveOutput.strSize(WITH_OIDS);
        if (version.hasRelkind()) {
            size += ArchiveOutput.INT_SIZE;
        }
        for (int dep : e.dependencies()) {
            size += ArchiveOutput.strSize(Integer.toString(dep));
        }
        return size + ArchiveOutput.strSize(null);
    }

    private static int relkind(TocEntry e) {
        return "TABLE".equals(e.desc()) ? RELKIND_TABLE : 0;
    }

    /** pg_restore dereferences these without a NULL check: a NULL would crash it, not just fail. */
    private static void requireNonNullFields(TocEntry e) {
        if (e.tableoid() == null || e.oid() == null || e.tag() == null || e.desc() == null
                || e.section() == null) {
            throw new IllegalArgumentException(
                    "TOC entry " + e.dumpId() + ": tableoid, oid, tag, desc and section must not be null");
        }
    }
}
