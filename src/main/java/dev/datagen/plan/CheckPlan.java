package dev.datagen.plan;

/** A CHECK constraint as it goes into the DDL. */
public record CheckPlan(String name, String expression) {
}
