package dev.datagen.dump;

import java.time.Instant;

/**
 * What an archive says about itself: the database name, when it was "created" (a reference
 * instant, never the wall clock, so equal inputs give equal bytes), and the two version strings
 * pg_restore shows as "Dumped from database version" / "Dumped by pg_dump version".
 */
public record DumpHeader(String databaseName, Instant createdAt, String serverVersion, String dumpVersion) {
}
