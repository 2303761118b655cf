package dev.datagen.sink;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pg_dump's one-statement keys and foreign keys rewritten as two statements each, with the same end
 * state in the catalog but shorter or weaker locks, so a parallel load can run more of them at once:
 * <ul>
 * <li>{@code ADD CONSTRAINT k PRIMARY KEY|UNIQUE (cols)} holds ACCESS EXCLUSIVE on its table while it
 * builds the index. As {@code CREATE UNIQUE INDEX k ON t USING btree (cols)} (SHARE: beside the table's
 * other index builds) and {@code ADD CONSTRAINT k PRIMARY KEY|UNIQUE USING INDEX k} (instant), the index
 * keeps the constraint's name and the constraint its definition, deferrability included.</li>
 * <li>{@code ADD CONSTRAINT f FOREIGN KEY ...} holds SHARE ROW EXCLUSIVE on both tables while it checks
 * every row. As {@code ... NOT VALID} (instant) and {@code VALIDATE CONSTRAINT f} (SHARE UPDATE EXCLUSIVE
 * on its table, ROW SHARE on the referenced one), the check runs beside index builds on the referenced
 * table; once validated the constraint is the one the single statement makes.</li>
 * </ul>
 * A definition in any other shape (INCLUDE, WITH, NULLS NOT DISTINCT, a tablespace ...) is left as it is.
 */
final class KeyStatements {
    private static final String IDENTIFIER = "(?:\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)";
    private static final Pattern KEY = Pattern.compile("ADD CONSTRAINT (" + IDENTIFIER + ") (PRIMARY KEY|UNIQUE) \\(("
            + IDENTIFIER + "(?:, " + IDENTIFIER + ")*)\\)((?: (?:NOT )?DEFERRABLE)?(?: INITIALLY (?:DEFERRED|IMMEDIATE))?);\n?");
    private static final Pattern FOREIGN_KEY = Pattern.compile("ADD CONSTRAINT (" + IDENTIFIER + ") FOREIGN KEY [^;]*;\n?");
    private static final Pattern FIRST_IDENTIFIER = Pattern.compile(IDENTIFIER);
    private static final Pattern ONE_COLUMN_FOREIGN_KEY = Pattern.compile("ADD CONSTRAINT " + IDENTIFIER + " FOREIGN KEY \\((" + IDENTIFIER
            + ")\\) REFERENCES [^;]*;\n?");
    /** pg_dump's CREATE INDEX of plain columns, without INCLUDE, WITH, a tablespace or a WHERE. */
    private static final Pattern PLAIN_INDEX = Pattern.compile("CREATE (?:UNIQUE )?INDEX " + IDENTIFIER + " ON (.+) USING btree \\(("
            + IDENTIFIER + ")(?:, " + IDENTIFIER + ")*\\);\n?");

    private KeyStatements() {
    }

    /** A primary key or unique constraint on {@code table} (qualified) as its index build, then the constraint. */
    static Optional<List<String>> keyThroughIndex(String defn, String table) {
        Matcher m = match(KEY, defn, table);
        if (m == null) {
            return Optional.empty();
        }
        String name = m.group(1);
        return Optional.of(List.of("CREATE UNIQUE INDEX " + name + " ON " + table + " USING btree (" + m.group(3) + ");",
                alter(table) + "ADD CONSTRAINT " + name + " " + m.group(2) + " USING INDEX " + name + m.group(4) + ";"));
    }

    /** A foreign key of {@code table} (qualified) as its NOT VALID definition, then its validation. */
    static Optional<List<String>> foreignKeyNotValid(String defn, String table) {
        Matcher m = match(FOREIGN_KEY, defn, table);
        if (m == null || defn.contains(" NOT VALID")) {
            return Optional.empty();
        }
        String statement = defn.strip();
        return Optional.of(List.of(statement.substring(0, statement.length() - 1) + " NOT VALID;",
                "ALTER TABLE ONLY " + table + " VALIDATE CONSTRAINT " + m.group(1) + ";"));
    }

    /** The column of a one-column foreign key of {@code table} (qualified). */
    static Optional<String> foreignKeyColumn(String defn, String table) {
        Matcher m = match(ONE_COLUMN_FOREIGN_KEY, defn, table);
        return m == null ? Optional.empty() : Optional.of(m.group(1));
    }

    /** The first column of the btree index a CREATE INDEX or a key of {@code table} (qualified) builds, when it indexes plain columns. */
    static Optional<String> firstIndexColumn(String defn, String table) {
        Matcher key = match(KEY, defn, table);
        if (key != null) {
            Matcher first = FIRST_IDENTIFIER.matcher(key.group(3));
            return first.lookingAt() ? Optional.of(first.group()) : Optional.empty();
        }
        Matcher index = defn == null ? null : PLAIN_INDEX.matcher(defn);
        return index != null && index.matches() && index.group(1).equals(table) ? Optional.of(index.group(2)) : Optional.empty();
    }

    /** Whether {@code defn} is an ALTER TABLE ONLY of {@code table} (qualified). */
    static boolean alters(String defn, String table) {
        return defn != null && defn.startsWith(alter(table));
    }

    private static String alter(String table) {
        return "ALTER TABLE ONLY " + table + "\n    ";
    }

    private static Matcher match(Pattern statement, String defn, String table) {
        if (!alters(defn, table)) {
            return null;
        }
        Matcher m = statement.matcher(defn.substring(alter(table).length()));
        return m.matches() ? m : null;
    }
}
