package dev.datagen.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** What a finished Job reported in its summary (the container's termination message). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Result(
        @JsonPropertyDescription("Rows generated per table (schema.table); the largest tables only when rowsTruncated.")
        Map<String, Long> rows,
        @JsonPropertyDescription("Rows generated in all tables.")
        Long totalRows,
        @JsonPropertyDescription("Bytes written (the dump's size; absent for a database load).")
        Long bytes,
        @JsonPropertyDescription("The size for people, e.g. 206.8 MB.")
        String size,
        @JsonPropertyDescription("SHA-256 of the dump, hex.")
        String sha256,
        @JsonPropertyDescription("Where the data went: s3://bucket/key or postgresql://user@host:port/db.")
        String location) {
}
