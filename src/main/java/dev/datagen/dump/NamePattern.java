package dev.datagen.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A name pattern of pg_dump's {@code -t/-T/-n/-N}, read as pg_dump reads it (processSQLNamePattern):
 * {@code *} and {@code ?} are wildcards, a dot outside double quotes separates schema and name,
 * unquoted letters are lower-cased, double quotes keep case and make wildcards literal ({@code ""} is
 * one quote), other regular-expression characters pass through outside quotes. The whole name must
 * match. A relation pattern without a schema matches what is visible on the default search path,
 * which for a generated database is the public schema.
 */
public final class NamePattern {
    private static final String QUOTED_SPECIALS = "|*+?()[]{}.^\\";

    private final String text;
    private final String database;
    private final Pattern schema;
    private final Pattern name;

    private NamePattern(String text, String database, Pattern schema, Pattern name) {
        this.text = text;
        this.database = database;
        this.schema = schema;
        this.name = name;
    }

    /** A table pattern: {@code name}, {@code schema.name} or {@code database.schema.name}. */
    public static NamePattern relation(String text) {
        List<String> parts = split(text);
        if (parts.size() > 3) {
            throw new IllegalArgumentException("improper relation name (too many dotted names): " + text);
        }
        int n = parts.size();
        return new NamePattern(text, n == 3 ? literal(parts.get(0)) : null, n >= 2 ? regex(parts.get(n - 2)) : null,
                regex(parts.get(n - 1)));
    }

    /** A schema pattern: {@code schema} or {@code database.schema}. */
    public static NamePattern schema(String text) {
        List<String> parts = split(text);
        if (parts.size() > 2) {
            throw new IllegalArgumentException("improper qualified name (too many dotted names): " + text);
        }
        return new NamePattern(text, parts.size() == 2 ? literal(parts.get(0)) : null, null, regex(parts.get(parts.size() - 1)));
    }

    /** The pattern as the user wrote it. */
    public String text() {
        return text;
    }

    /** pg_dump refuses a database part that names another database. */
    void requireDatabase(String databaseName) {
        if (database != null && !database.equals(databaseName)) {
            throw new SelectionException("cross-database references are not implemented: " + text);
        }
    }

    /** An unqualified pattern matches relations of {@code defaultSchema} only. */
    boolean matchesRelation(String defaultSchema, String schemaName, String relationName) {
        boolean schemaMatches = schema == null ? schemaName.equals(defaultSchema) : schema.matcher(schemaName).matches();
        return schemaMatches && name.matcher(relationName).matches();
    }

    boolean matchesSchema(String schemaName) {
        return name.matcher(schemaName).matches();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Splits at dots outside double quotes; each part keeps its quotes for {@link #regex}. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes; // a doubled quote toggles twice: still inside
            }
            if (c == '.' && !inQuotes) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static Pattern regex(String part) {
        StringBuilder re = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            char next = i + 1 < part.length() ? part.charAt(i + 1) : 0;
            if (c == '"') {
                if (inQuotes && next == '"') {
                    re.append('"');
                    i++;
                } else {
                    inQuotes = !inQuotes;
                }
            } else if (!inQuotes && c >= 'A' && c <= 'Z') {
                re.append((char) (c + ('a' - 'A')));
            } else if (!inQuotes && c == '*') {
                re.append(".*");
            } else if (!inQuotes && c == '?') {
                re.append('.');
            } else if (c == '$') {
                re.append("\\$");
            } else if ((inQuotes && QUOTED_SPECIALS.indexOf(c) >= 0) || (c == '[' && next == ']')) {
                re.append('\\').append(c);
            } else {
                re.append(c);
            }
        }
        try {
            return Pattern.compile(re.toString(), Pattern.DOTALL);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid pattern \"" + part + "\": " + e.getDescription());
        }
    }

    /** The database part is compared as a name: quotes removed, unquoted letters lower-cased. */
    private static String literal(String part) {
        StringBuilder s = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '"') {
                if (inQuotes && i + 1 < part.length() && part.charAt(i + 1) == '"') {
                    s.append('"');
                    i++;
                } else {
                    inQuotes = !inQuotes;
                }
            } else {
                s.append(!inQuotes && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return s.toString();
    }
}
