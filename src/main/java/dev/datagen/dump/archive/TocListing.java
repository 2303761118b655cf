package dev.datagen.dump.archive;

import dev.datagen.dump.archive.ArchiveHeaderInfo.StructTm;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The table of contents as {@code pg_restore -l} prints it (PrintTOCSummary): a comment block with the
 * archive's header, then {@code dumpId; tableoid oid desc namespace tag owner} for every entry
 * pg_restore would restore. Archives up to 1.14 are printed like pg_restore 15 does (compression as the
 * level), 1.15 and newer like pg_restore 16+ (the algorithm's name).
 */
public final class TocListing {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.ROOT);

    private TocListing() {
    }

    /** @param zone the time zone pg_restore would print the creation time in (its local time) */
    public static String format(ArchiveToc toc, ZoneId zone) {
        ArchiveHeaderInfo h = toc.header();
        StringBuilder out = new StringBuilder();
        out.append(";\n; Archive created at ").append(createdAt(h.createdAt(), zone)).append('\n');
        out.append(";     dbname: ").append(sanitize(h.databaseName(), false)).append('\n');
        out.append(";     TOC Entries: ").append(toc.entries().size()).append('\n');
        out.append(";     Compression: ").append(h.compressionLabel()).append('\n');
        out.append(";     Dump Version: ").append(h.major()).append('.').append(h.minor()).append('-').append(h.revision()).append('\n');
        out.append(";     Format: ").append(toc.kind().name()).append('\n');
        out.append(";     Integer: ").append(h.intSize()).append(" bytes\n");
        out.append(";     Offset: ").append(h.offSize()).append(" bytes\n");
        if (h.serverVersion() != null) {
            out.append(";     Dumped from database version: ").append(h.serverVersion()).append('\n');
        }
        if (h.dumpVersion() != null) {
            out.append(";     Dumped by pg_dump version: ").append(h.dumpVersion()).append('\n');
        }
        out.append(";\n;\n; Selected TOC Entries:\n;\n");
        int section = 2;
        for (ArchiveEntry e : toc.entries()) {
            if (e.section() != 1) {
                section = e.section(); // section-less entries (comments) belong to the section before them
            }
            if (listed(e, section)) {
                out.append(e.dumpId()).append("; ").append(e.tableoid()).append(' ').append(e.oid()).append(' ')
                        .append(e.desc()).append(' ').append(sanitize(e.namespace(), true)).append(' ')
                        .append(sanitize(e.tag(), false)).append(' ').append(sanitize(e.owner(), false)).append('\n');
            }
        }
        return out.toString();
    }

    /** pg_restore's _tocEntryRequired without options: what it would restore, schema or data. */
    private static boolean listed(ArchiveEntry e, int section) {
        String desc = e.desc();
        if (desc.equals("ENCODING") || desc.equals("STDSTRINGS") || desc.equals("SEARCHPATH")
                || desc.equals("DATABASE") || desc.equals("DATABASE PROPERTIES")) {
            return false; // the first three are applied while reading; the others need --create
        }
        if ((desc.equals("ACL") || desc.equals("COMMENT") || desc.equals("SECURITY LABEL")) && e.tag().startsWith("DATABASE ")) {
            return false;
        }
        if (section < 2 || section > 4 || (desc.equals("<Init>") && e.tag().equals("Max OID"))) {
            return false;
        }
        boolean data = e.hadDumper() || desc.equals("SEQUENCE SET") || desc.equals("BLOB")
                || ((desc.equals("ACL") || desc.equals("COMMENT") || desc.equals("SECURITY LABEL")) && e.tag().startsWith("LARGE OBJECT "));
        boolean schema = e.defn() != null && !e.defn().isEmpty() && !e.defn().startsWith("-- load via partition root ");
        return data || schema;
    }

    /**
     * pg_restore rebuilds the time with mktime (which normalises out-of-range fields and reads the
     * fields as local time, honouring the stored DST flag) and prints it with localtime.
     */
    static String createdAt(StructTm tm, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(1900, 1, 1, 0, 0).plusYears(tm.year()).plusMonths(tm.mon()).plusDays(tm.mday() - 1L)
                .plusHours(tm.hour()).plusMinutes(tm.min()).plusSeconds(tm.sec());
        ZonedDateTime t = local.atZone(zone);
        boolean dst = zone.getRules().isDaylightSavings(t.toInstant());
        if (tm.isdst() == 0 && dst) {
            t = t.plus(zone.getRules().getDaylightSavings(t.toInstant()));
        } else if (tm.isdst() > 0 && !dst) {
            t = t.minusHours(1);
        }
        return STAMP.format(t);
    }

    /** pg_restore's sanitize_line: newlines become spaces; NULL prints as "-" or nothing. */
    private static String sanitize(String s, boolean hyphenForNull) {
        if (s == null) {
            return hyphenForNull ? "-" : "";
        }
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
