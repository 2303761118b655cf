package dev.datagen.dump;

/**
 * What a TOC entry belongs to, recorded by {@link DumpBuilder} so that a {@link Selection} can keep or
 * drop entries the way pg_dump's switches select objects, without reading their SQL.
 *
 * @param relation        the table or sequence the entry is part of (null for database-wide objects)
 * @param owningTable     for a serial column's sequence: its table
 * @param referencedTable for a foreign key: the table it references
 * @param name            for a foreign key: its name
 */
record EntryOrigin(Kind kind, String schema, RelationName relation, RelationName owningTable, RelationName referencedTable,
        String name) {

    enum Kind {
        /** ENCODING, STDSTRINGS, SEARCHPATH and DATABASE: in every archive, whatever is selected. */
        SPECIAL,
        SCHEMA,
        EXTENSION,
        /** Enums, domains, composite types (and comments on them). */
        TYPE,
        /** A table and what is part of it: comments, defaults, data, keys, indexes. */
        TABLE,
        /** SEQUENCE and SEQUENCE SET; a serial sequence also goes with its table. */
        SEQUENCE,
        /** ALTER SEQUENCE ... OWNED BY: only when the owning table is dumped too. */
        SEQUENCE_OWNED_BY,
        FOREIGN_KEY
    }

    static EntryOrigin special() {
        return new EntryOrigin(Kind.SPECIAL, null, null, null, null, null);
    }

    static EntryOrigin schema(String schema) {
        return new EntryOrigin(Kind.SCHEMA, schema, null, null, null, null);
    }

    static EntryOrigin extension() {
        return new EntryOrigin(Kind.EXTENSION, null, null, null, null, null);
    }

    static EntryOrigin type(String schema) {
        return new EntryOrigin(Kind.TYPE, schema, null, null, null, null);
    }

    static EntryOrigin table(RelationName table) {
        return new EntryOrigin(Kind.TABLE, table.schema(), table, null, null, null);
    }

    static EntryOrigin sequence(RelationName sequence, RelationName owningTable) {
        return new EntryOrigin(Kind.SEQUENCE, sequence.schema(), sequence, owningTable, null, null);
    }

    static EntryOrigin ownedBy(RelationName sequence, RelationName owningTable) {
        return new EntryOrigin(Kind.SEQUENCE_OWNED_BY, sequence.schema(), sequence, owningTable, null, null);
    }

    static EntryOrigin foreignKey(RelationName table, RelationName referenced, String name) {
        return new EntryOrigin(Kind.FOREIGN_KEY, table.schema(), table, null, referenced, name);
    }
}
