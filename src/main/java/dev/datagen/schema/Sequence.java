package dev.datagen.schema;

/** A standalone sequence. Null fields take PostgreSQL's defaults (start 1, increment 1, cache 1). */
public record Sequence(String name, Long start, Long increment, Long minValue, Long maxValue, Long cache,
        boolean cycle) {
}
