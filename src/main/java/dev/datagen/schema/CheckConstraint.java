package dev.datagen.schema;

/** A CHECK constraint: a boolean SQL expression over the table's columns. */
public record CheckConstraint(String expression, String name) {
}
