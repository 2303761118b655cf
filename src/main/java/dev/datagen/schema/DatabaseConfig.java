package dev.datagen.schema;

/** Database-level settings: name (shown by pg_restore -l), encoding (UTF8) and data locale. */
public record DatabaseConfig(String name, String encoding, String locale) {
}
