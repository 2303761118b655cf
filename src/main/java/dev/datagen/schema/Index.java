package dev.datagen.schema;

import java.util.List;

/** An index. {@code type}: btree (default), hash, gin, gist, brin, spgist. */
public record Index(List<String> columns, String name, String type, boolean unique) {
    public Index {
        columns = columns == null ? List.of() : columns;
    }
}
