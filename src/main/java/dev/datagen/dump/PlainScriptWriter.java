package dev.datagen.dump;

import dev.datagen.schema.Identifiers;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * Writes pg_dump's plain format ({@code pg_dump -Fp}; {@code pg-archive-format.md} §7). pg_dump makes
 * that format by printing its archive as {@code pg_restore -f} does, so this is a port of pg_restore
 * 15's text output (RestoreArchive, _doSetFixedOutputState, _printTocEntry). Deliberately left out:
 * the psql meta-commands restrict/unrestrict and {@code SET transaction_timeout}, which older psql or
 * servers reject. Output is UTF-8 and streamed; payloads go straight from {@link TableData} to it.
 */
public final class PlainScriptWriter {

    private static final int BUFFER_SIZE = 256 * 1024;

    public void write(DumpContent content, OutputStream target) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(target, BUFFER_SIZE);
        new Script(content, buffered).write();
        buffered.flush();
    }

    /** One script being written, with pg_restore's "current setting" state. */
    private static final class Script {
        private final DumpContent content;
        private final OutputStream out;
        private final OutputStream payloadOut;
        private final TocEntry searchPath;
        private String currentTablespace;
        private String currentTableAm;
        private String currentSchema;

        Script(DumpContent content, OutputStream out) {
            this.content = content;
            this.out = out;
            this.payloadOut = new BorrowedOutputStream(out);
            this.searchPath = find("SEARCHPATH");
        }

        void write() throws IOException {
            DumpHeader h = content.header();
            print("--\n-- PostgreSQL database dump\n--\n\n");
            if (h.serverVersion() != null) {
                print("-- Dumped from database version " + h.serverVersion() + "\n");
            }
            if (h.dumpVersion() != null) {
                print("-- Dumped by pg_dump version " + h.dumpVersion() + "\n");
            }
            print("\n");
            printFixedOutputState();
            // pg_restore's three passes: ACLs after everything else, then event triggers and
            // materialized view data, which may depend on ACLs.
            for (RestorePass pass : RestorePass.values()) {
                for (TocEntry e : content.entries()) {
                    if (RestorePass.of(e) == pass && isPrinted(e)) {
                        printEntry(e);
                    }
                }
            }
            print("--\n-- PostgreSQL database dump complete\n--\n\n");
        }

        private void printFixedOutputState() throws IOException {
            print("SET statement_timeout = 0;\n");
            print("SET lock_timeout = 0;\n");
            print("SET idle_in_transaction_session_timeout = 0;\n");
            print("SET client_encoding = '" + encoding() + "';\n");
            boolean stdStrings = standardConformingStrings();
            print("SET standard_conforming_strings = " + (stdStrings ? "on" : "off") + ";\n");
            if (searchPath != null && searchPath.defn() != null) {
                print(searchPath.defn());
            }
            print("SET check_function_bodies = false;\n");
            print("SET xmloption = content;\n");
            print("SET client_min_messages = warning;\n");
            if (!stdStrings) {
                print("SET escape_string_warning = off;\n");
            }
            print("SET row_security = off;\n");
            print("\n");
        }

        /** Like _tocEntryRequired without --create: the special entries only feed the preamble. */
        private static boolean isPrinted(TocEntry e) {
            String desc = e.desc();
            switch (desc) {
                case "ENCODING", "STDSTRINGS", "SEARCHPATH", "DATABASE", "DATABASE PROPERTIES":
                    return false;
                case "ACL", "COMMENT", "SECURITY LABEL":
                    return !e.tag().startsWith("DATABASE ");
                default:
                    return true;
            }
        }

        private void printEntry(TocEntry e) throws IOException {
            selectOutputSchema(e.namespace());
            selectTablespace(e.tablespace());
            selectTableAccessMethod(e.tableam());
            boolean isData = e.hasData();
            print("--\n");
            print("-- " + (isData ? "Data for " : "") + "Name: " + sanitize(e.tag(), false)
                    + "; Type: " + e.desc() + "; Schema: " + sanitize(e.namespace(), true)
                    + "; Owner: " + sanitize(e.owner(), true));
            if (e.tablespace() != null && !e.tablespace().isEmpty()) {
                print("; Tablespace: " + sanitize(e.tablespace(), false));
            }
            print("\n--\n\n");
            if (e.defn() != null && !e.defn().isEmpty()) {
                print(e.defn() + "\n\n");
            }
            if (e.owner() != null && !e.owner().isEmpty() && e.dropStmt() != null && !e.dropStmt().isEmpty()) {
                String object = ObjectDescription.of(e);
                if (object != null) {
                    print("ALTER " + object + " OWNER TO " + Identifiers.quote(e.owner()) + ";\n\n");
                }
            }
            if (isData) {
                if (e.copyStmt() != null && !e.copyStmt().isEmpty()) {
                    print(e.copyStmt());
                }
                // The payload carries its own terminator ("\.\n\n\n" for COPY); copied verbatim.
                e.data().writeTo(payloadOut);
            }
        }

        /** Only archives without a SEARCHPATH entry (pre-2018 pg_dump) switch search_path per entry. */
        private void selectOutputSchema(String schema) throws IOException {
            if (searchPath != null || schema == null || schema.isEmpty() || schema.equals(currentSchema)) {
                return;
            }
            String sql = "SET search_path = " + Identifiers.quote(schema);
            if (!schema.equals("pg_catalog")) {
                sql += ", pg_catalog";
            }
            print(sql + ";\n\n");
            currentSchema = schema;
        }

        /** NULL means "don't care"; "" means the database's default tablespace. */
        private void selectTablespace(String tablespace) throws IOException {
            if (tablespace == null || tablespace.equals(currentTablespace)) {
                return;
            }
            print(tablespace.isEmpty()
                    ? "SET default_tablespace = '';\n\n"
                    : "SET default_tablespace = " + Identifiers.quote(tablespace) + ";\n\n");
            currentTablespace = tablespace;
        }

        private void selectTableAccessMethod(String tableam) throws IOException {
            if (tableam == null || tableam.equals(currentTableAm)) {
                return;
            }
            print("SET default_table_access_method = " + Identifiers.quote(tableam) + ";\n\n");
            currentTableAm = tableam;
        }

        /** The name between the first pair of quotes of the ENCODING entry; SQL_ASCII without one. */
        private String encoding() {
            TocEntry e = find("ENCODING");
            if (e == null) {
                return "SQL_ASCII";
            }
            String defn = e.defn() == null ? "" : e.defn();
            int open = defn.indexOf('\'');
            int close = open < 0 ? -1 : defn.indexOf('\'', open + 1);
            if (close < 0) {
                throw new IllegalArgumentException("invalid ENCODING item: " + defn);
            }
            return defn.substring(open + 1, close);
        }

        /** pg_restore assumes standard_conforming_strings = off when the archive has no STDSTRINGS. */
        private boolean standardConformingStrings() {
            TocEntry e = find("STDSTRINGS");
            if (e == null) {
                return false;
            }
            String defn = e.defn() == null ? "" : e.defn();
            int quote = defn.indexOf('\'');
            if (quote >= 0 && defn.startsWith("'on'", quote)) {
                return true;
            }
            if (quote >= 0 && defn.startsWith("'off'", quote)) {
                return false;
            }
            throw new IllegalArgumentException("invalid STDSTRINGS item: " + defn);
        }

        private TocEntry find(String desc) {
            return content.entries().stream().filter(e -> desc.equals(e.desc())).findFirst().orElse(null);
        }

        private void print(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        }

        /** pg_restore's sanitize_line: newlines would end the comment line early. */
        private static String sanitize(String s, boolean hyphenForNull) {
            if (s == null) {
                return hyphenForNull ? "-" : "";
            }
            return s.replace('\n', ' ').replace('\r', ' ');
        }
    }

    /** pg_restore's restore passes, in the order they run. */
    private enum RestorePass {
        MAIN, ACL, POST_ACL;

        static RestorePass of(TocEntry e) {
            return switch (e.desc()) {
                case "ACL", "ACL LANGUAGE", "DEFAULT ACL" -> ACL;
                case "EVENT TRIGGER", "MATERIALIZED VIEW DATA" -> POST_ACL;
                case "COMMENT" -> e.tag().startsWith("EVENT TRIGGER ") ? POST_ACL : MAIN;
                default -> MAIN;
            };
        }
    }

    /** Port of pg_restore 15's _getObjectDescription: what follows ALTER in "ALTER ... OWNER TO". */
    static final class ObjectDescription {
        private static final List<String> NAMED = List.of("COLLATION", "CONVERSION", "DOMAIN", "TABLE", "TYPE",
                "FOREIGN TABLE", "TEXT SEARCH DICTIONARY", "TEXT SEARCH CONFIGURATION", "STATISTICS",
                "DATABASE", "PROCEDURAL LANGUAGE", "SCHEMA", "EVENT TRIGGER", "FOREIGN DATA WRAPPER",
                "SERVER", "PUBLICATION", "SUBSCRIPTION");
        private static final List<String> FROM_DROP = List.of("AGGREGATE", "FUNCTION", "OPERATOR",
                "OPERATOR CLASS", "OPERATOR FAMILY", "PROCEDURE");
        private static final Predicate<String> TO_TABLE =
                t -> t.equals("VIEW") || t.equals("SEQUENCE") || t.equals("MATERIALIZED VIEW");

        private ObjectDescription() {
        }

        /** Null when the type has no owner of its own (constraints, indexes, defaults, ...). */
        static String of(TocEntry e) {
            // pg_restore 12-15 alter views and sequences with ALTER TABLE (16+ say ALTER SEQUENCE).
            String type = TO_TABLE.test(e.desc()) ? "TABLE" : e.desc();
            if (NAMED.contains(type)) {
                String ns = e.namespace() != null && !e.namespace().isEmpty()
                        ? Identifiers.quote(e.namespace()) + "." : "";
                return type + " " + ns + Identifiers.quote(e.tag());
            }
            if (type.equals("BLOB")) {
                return "LARGE OBJECT " + e.tag();
            }
            if (FROM_DROP.contains(type)) {
                // The signature is exactly what the DROP statement names.
                String s = e.dropStmt().substring(5);
                int end = s.length();
                while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == ';')) {
                    end--;
                }
                return s.substring(0, end);
            }
            // CONSTRAINT, INDEX, DEFAULT, ...: no owner. Unknown types: pg_restore 15 only warns.
            return null;
        }
    }
}
