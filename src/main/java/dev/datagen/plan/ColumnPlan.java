package dev.datagen.plan;

import dev.datagen.schema.SqlType;

/**
 * A column ready for DDL and generation. {@code sequenceName} is set for serial columns, whose
 * default is {@code nextval} of that owned sequence.
 */
public record ColumnPlan(String name, SqlType type, String typeDdl, boolean nullable, String defaultExpression,
        String comment, String sequenceName) {
}
