package dev.datagen.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The sha256 (hex) of the resolved schema document — after templates, {@code extends}, {@code --scale}
 * and {@code --set} — written as compact JSON in the document's own order. Equal schemas give equal
 * fingerprints whatever their source's formatting (JSON or YAML, whitespace, comments); it names the
 * schema an uploaded dump or a summary was generated from.
 */
public final class SchemaFingerprint {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private SchemaFingerprint() {
    }

    public static String sha256(Schema schema) {
        try {
            byte[] document = JSON.writeValueAsBytes(schema);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a read schema always serializes: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
