package dev.datagen.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The sha256 of a resolved schema (templates merged, --scale and --set applied), over its canonical
 * JSON: the record's properties in declaration order, snake_case, maps in document order (table order
 * matters to the output), no whitespace. Two runs report the same hash exactly when they generate from
 * the same schema.
 */
public final class SchemaFingerprint {
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SchemaFingerprint() {
    }

    /** Lower-case hex sha256 of {@code schema}'s canonical JSON. */
    public static String sha256(Schema schema) {
        try {
            byte[] json = CANONICAL.writeValueAsString(schema).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the schema: " + e.getMessage(), e);
        }
    }
}
