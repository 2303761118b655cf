package dev.datagen.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A user-defined type. {@code kind} is enum, composite or domain; {@code definition} holds
 * {@code {"values": [...]}}, {@code {"fields": [columns]}} or {@code {"base_type": ..., "constraint": ...}}
 * respectively, and is checked by the validator.
 */
public record CustomType(String name, String kind, JsonNode definition) {
}
