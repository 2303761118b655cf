package dev.datagen.schema;

import java.util.Set;

/** Identifier quoting exactly as pg_dump's fmtId does it: quote unless it would read back unchanged. */
public final class Identifiers {
    /**
     * PostgreSQL's keywords that are not UNRESERVED (reserved, column-name and type/function-name
     * keywords, kwlist.h of PostgreSQL 12 to 18): these must be quoted as identifiers.
     */
    private static final Set<String> NON_UNRESERVED_KEYWORDS = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character",
            "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
            "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float",
            "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having",
            "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into",
            "is", "isnull", "join", "json", "json_array", "json_arrayagg", "json_exists", "json_object",
            "json_objectagg", "json_query", "json_scalar", "json_serialize", "json_table", "json_value",
            "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp",
            "merge_action", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null",
            "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps",
            "overlay", "placing", "position", "precision", "primary", "real", "references", "returning",
            "right", "row", "select", "session_user", "setof", "similar", "smallint", "some", "substring",
            "symmetric", "system_user", "table", "tablesample", "then", "time", "timestamp", "to",
            "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar",
            "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
            "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    private Identifiers() {
    }

    /** {@code users} → {@code users}; {@code user} → {@code "user"}; {@code OrderItems} → {@code "OrderItems"}. */
    public static String quote(String identifier) {
        return needsQuotes(identifier) ? '"' + identifier.replace("\"", "\"\"") + '"' : identifier;
    }

    /** {@code schema.name}, each part quoted as needed. */
    public static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    static boolean needsQuotes(String id) {
        if (id.isEmpty()) {
            return true;
        }
        char first = id.charAt(0);
        if (!((first >= 'a' && first <= 'z') || first == '_')) {
            return true;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return true;
            }
        }
        return NON_UNRESERVED_KEYWORDS.contains(id);
    }

    /** A SQL string literal with standard_conforming_strings on: quotes doubled, no backslash escapes. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
