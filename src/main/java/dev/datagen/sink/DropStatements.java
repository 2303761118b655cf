package dev.datagen.sink;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** pg_restore --if-exists: the drop statements pg_dump stores, made not to fail when the object is missing. */
final class DropStatements {

    // ALTER TABLE [ONLY] t DROP CONSTRAINT c;  and  ALTER TABLE t ALTER COLUMN c DROP DEFAULT;
    private static final Pattern ALTER_TABLE = Pattern.compile("^ALTER (TABLE|FOREIGN TABLE) (ONLY )?");
    private static final Pattern DROP_CONSTRAINT = Pattern.compile(" DROP CONSTRAINT ");
    // DROP TABLE t;  DROP INDEX i;  DROP TYPE t;  DROP MATERIALIZED VIEW v; ...
    private static final Pattern DROP = Pattern.compile("^DROP (MATERIALIZED VIEW |FOREIGN TABLE |[A-Z]+ )");

    private DropStatements() {
    }

    static String ifExists(String drop) {
        if (drop.contains(" IF EXISTS ")) {
            return drop;
        }
        Matcher alter = ALTER_TABLE.matcher(drop);
        if (alter.find()) {
            String s = alter.replaceFirst("ALTER $1 IF EXISTS $2");
            return DROP_CONSTRAINT.matcher(s).replaceFirst(" DROP CONSTRAINT IF EXISTS ");
        }
        Matcher m = DROP.matcher(drop);
        if (m.find()) {
            return "DROP " + m.group(1) + "IF EXISTS " + drop.substring(m.end());
        }
        return drop;
    }
}
