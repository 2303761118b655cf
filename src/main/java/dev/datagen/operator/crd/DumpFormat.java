package dev.datagen.operator.crd;

/** pg_dump's file formats, as {@code generate --format} names them. */
public enum DumpFormat {
    custom, directory, tar, plain
}
