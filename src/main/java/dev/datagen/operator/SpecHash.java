package dev.datagen.operator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.datagen.operator.crd.MockDatabaseSpec;
import dev.datagen.sink.Sha256;
import java.nio.charset.StandardCharsets;

/**
 * Fingerprint of what a spec generates: SHA-256 of its canonical JSON (keys sorted), without
 * {@code cleanupPolicy}, which changes what happens at deletion, not the data.
 */
public final class SpecHash {
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private SpecHash() {
    }

    public static String of(MockDatabaseSpec spec) {
        try {
            MockDatabaseSpec copy = CANONICAL.readValue(CANONICAL.writeValueAsBytes(spec), MockDatabaseSpec.class);
            copy.setCleanupPolicy(null);
            return Sha256.of(CANONICAL.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The first 8 hex digits: Job name suffix. */
    public static String shortForm(String hash) {
        return hash.substring(0, 8);
    }
}
