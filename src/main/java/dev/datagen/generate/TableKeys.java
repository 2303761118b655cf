package dev.datagen.generate;

/**
 * What identifies a table to the generators: its position (for per-worker scratch contexts), its
 * random key derived from the seed and name, and its row count.
 */
public record TableKeys(int index, String name, long key, long rowCount) {
}
