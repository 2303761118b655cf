package dev.datagen.dump;

import java.util.Map;
import java.util.Optional;

/**
 * The comments PostgreSQL 15's contrib extensions carry (their control files' {@code comment}).
 * CREATE EXTENSION stores it, so pg_dump of a database with the extension writes a
 * {@code COMMENT ON EXTENSION} entry after it; we write the same for the extensions we know.
 * Extensions not listed here (e.g. PostGIS) get no comment entry.
 */
final class ExtensionComments {
    private static final Map<String, String> COMMENTS = Map.ofEntries(
            Map.entry("adminpack", "administrative functions for PostgreSQL"),
            Map.entry("amcheck", "functions for verifying relation integrity"),
            Map.entry("autoinc", "functions for autoincrementing fields"),
            Map.entry("bloom", "bloom access method - signature file based index"),
            Map.entry("btree_gin", "support for indexing common datatypes in GIN"),
            Map.entry("btree_gist", "support for indexing common datatypes in GiST"),
            Map.entry("citext", "data type for case-insensitive character strings"),
            Map.entry("cube", "data type for multidimensional cubes"),
            Map.entry("dblink", "connect to other PostgreSQL databases from within a database"),
            Map.entry("dict_int", "text search dictionary template for integers"),
            Map.entry("dict_xsyn", "text search dictionary template for extended synonym processing"),
            Map.entry("earthdistance", "calculate great-circle distances on the surface of the Earth"),
            Map.entry("file_fdw", "foreign-data wrapper for flat file access"),
            Map.entry("fuzzystrmatch", "determine similarities and distance between strings"),
            Map.entry("hstore", "data type for storing sets of (key, value) pairs"),
            Map.entry("insert_username", "functions for tracking who changed a table"),
            Map.entry("intagg", "integer aggregator and enumerator (obsolete)"),
            Map.entry("intarray", "functions, operators, and index support for 1-D arrays of integers"),
            Map.entry("isn", "data types for international product numbering standards"),
            Map.entry("lo", "Large Object maintenance"),
            Map.entry("ltree", "data type for hierarchical tree-like structures"),
            Map.entry("moddatetime", "functions for tracking last modification time"),
            Map.entry("old_snapshot", "utilities in support of old_snapshot_threshold"),
            Map.entry("pageinspect", "inspect the contents of database pages at a low level"),
            Map.entry("pg_buffercache", "examine the shared buffer cache"),
            Map.entry("pg_freespacemap", "examine the free space map (FSM)"),
            Map.entry("pg_prewarm", "prewarm relation data"),
            Map.entry("pg_stat_statements", "track planning and execution statistics of all SQL statements executed"),
            Map.entry("pg_surgery", "extension to perform surgery on a damaged relation"),
            Map.entry("pg_trgm", "text similarity measurement and index searching based on trigrams"),
            Map.entry("pg_visibility", "examine the visibility map (VM) and page-level visibility info"),
            Map.entry("pg_walinspect", "functions to inspect contents of PostgreSQL Write-Ahead Log"),
            Map.entry("pgcrypto", "cryptographic functions"),
            Map.entry("pgrowlocks", "show row-level locking information"),
            Map.entry("pgstattuple", "show tuple-level statistics"),
            Map.entry("postgres_fdw", "foreign-data wrapper for remote PostgreSQL servers"),
            Map.entry("refint", "functions for implementing referential integrity (obsolete)"),
            Map.entry("seg", "data type for representing line segments or floating-point intervals"),
            Map.entry("sslinfo", "information about SSL certificates"),
            Map.entry("tablefunc", "functions that manipulate whole tables, including crosstab"),
            Map.entry("tcn", "Triggered change notifications"),
            Map.entry("tsm_system_rows", "TABLESAMPLE method which accepts number of rows as a limit"),
            Map.entry("tsm_system_time", "TABLESAMPLE method which accepts time in milliseconds as a limit"),
            Map.entry("unaccent", "text search dictionary that removes accents"),
            Map.entry("uuid-ossp", "generate universally unique identifiers (UUIDs)"),
            Map.entry("xml2", "XPath querying and XSLT"));

    private ExtensionComments() {
    }

    static Optional<String> of(String extension) {
        return Optional.ofNullable(COMMENTS.get(extension));
    }
}
