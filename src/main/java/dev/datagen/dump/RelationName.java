package dev.datagen.dump;

import dev.datagen.schema.Identifiers;

/** A table or sequence as pg_dump's -t sees it: schema and name, exactly as PostgreSQL stores them. */
public record RelationName(String schema, String name) {

    /** {@code public.orders}, {@code sales."Big"}: quoted as SQL needs it. */
    public String qualified() {
        return Identifiers.qualified(schema, name);
    }

    /** How to write it as a -t pattern: unqualified in public, quoted where case or characters need it. */
    String asPattern() {
        return schema.equals("public") ? Identifiers.quote(name) : qualified();
    }
}
