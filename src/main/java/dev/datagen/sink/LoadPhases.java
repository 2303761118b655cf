package dev.datagen.sink;

import dev.datagen.dump.Section;
import dev.datagen.dump.TocEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A dump's TOC entries split the way pg_restore runs them: session settings, pre-data DDL, table data,
 * sequence values, post-data DDL, each in TOC order. Comments and ACLs (section NONE) go with the entry
 * before them. Left out, as pg_restore without --create does: the DATABASE entries and comments on the
 * database; owners are not set (like --no-owner), since the target's user need not exist in the schema.
 */
record LoadPhases(List<TocEntry> settings, List<TocEntry> preData, List<TocEntry> tableData, List<TocEntry> sequenceSets,
        List<TocEntry> postData, List<TocEntry> all) {

    static LoadPhases of(List<TocEntry> entries) {
        List<TocEntry> settings = new ArrayList<>();
        List<TocEntry> pre = new ArrayList<>();
        List<TocEntry> tables = new ArrayList<>();
        List<TocEntry> sequences = new ArrayList<>();
        List<TocEntry> post = new ArrayList<>();
        Section current = Section.PRE_DATA;
        for (TocEntry e : entries) {
            if (e.section() != Section.NONE) {
                current = e.section();
            }
            if (isSetting(e)) {
                settings.add(e);
            } else if (!isSkipped(e)) {
                switch (current) {
                    case DATA -> (e.hasData() ? tables : sequences).add(e);
                    case POST_DATA -> post.add(e);
                    default -> pre.add(e);
                }
            }
        }
        return new LoadPhases(settings, pre, tables, sequences, post, entries);
    }

    /** ENCODING, STDSTRINGS and SEARCHPATH are SET statements for every session, not objects. */
    private static boolean isSetting(TocEntry e) {
        return switch (e.desc()) {
            case "ENCODING", "STDSTRINGS", "SEARCHPATH" -> true;
            default -> false;
        };
    }

    private static boolean isSkipped(TocEntry e) {
        return switch (e.desc()) {
            case "DATABASE", "DATABASE PROPERTIES" -> true;
            case "ACL", "COMMENT", "SECURITY LABEL" -> e.tag().startsWith("DATABASE ");
            default -> false;
        };
    }

    /** The tables the load creates, as schema.name (for the conflict check and ANALYZE). */
    List<TocEntry> createdTables() {
        return preData.stream().filter(e -> e.desc().equals("TABLE")).toList();
    }

    /** The dump ids of {@link #createdTables()}: the TABLE entries a TABLE DATA entry depends on. */
    Set<Integer> createdTableIds() {
        return createdTables().stream().map(TocEntry::dumpId).collect(Collectors.toSet());
    }

    /** Drop statements in reverse TOC order, as pg_restore --clean runs them. */
    List<String> dropStatements(boolean ifExists) {
        List<String> drops = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            TocEntry e = all.get(i);
            if (e.dropStmt() != null && !e.dropStmt().isEmpty() && !isSkipped(e) && !isSetting(e)) {
                drops.add(ifExists ? DropStatements.ifExists(e.dropStmt()) : e.dropStmt());
            }
        }
        return drops;
    }
}
