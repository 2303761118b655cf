package dev.datagen.schema;

import java.util.List;

public record UniqueConstraint(List<String> columns, String name) {
    public UniqueConstraint {
        columns = columns == null ? List.of() : columns;
    }
}
