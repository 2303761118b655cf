package dev.datagen.plan;

import java.util.List;

/** A primary key, unique constraint or index, with its PostgreSQL name. */
public record KeyPlan(String name, List<String> columns, String method, boolean unique) {
}
