package dev.datagen.plan;

/** A CHECK constraint as it goes into the DDL, with what the generator reads from it. */
public record CheckPlan(String name, String expression, CheckRules.Reading reading) {
}
