package dev.datagen.schema;

/**
 * A location in the schema document written the way users read it:
 * {@code tables.comments.foreign_keys[0].referenced_table}. Immutable; each step returns a new path.
 */
public final class SchemaPath {
    private static final SchemaPath ROOT = new SchemaPath("");
    private final String text;

    private SchemaPath(String text) {
        this.text = text;
    }

    public static SchemaPath root() {
        return ROOT;
    }

    /** An object member: {@code tables}, then {@code tables.users}. */
    public SchemaPath field(String name) {
        return new SchemaPath(text.isEmpty() ? name : text + "." + name);
    }

    /** A list element: {@code columns} then {@code columns[2]}. */
    public SchemaPath index(int i) {
        return new SchemaPath(text + "[" + i + "]");
    }

    /** Shorthand for {@code field(name).index(i)}. */
    public SchemaPath field(String name, int i) {
        return field(name).index(i);
    }

    public Problem problem(String message) {
        return new Problem(text, message);
    }

    @Override
    public String toString() {
        return text;
    }
}
