package dev.datagen.sink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** sha256 digests as lower-case hex. */
public final class Sha256 {
    private Sha256() {
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    public static String of(byte[] bytes) {
        return hex(digest().digest(bytes));
    }

    /**
     * The digest of several files: sha256 of {@code sha256sum}'s lines ({@code "<sha256>  <name>\n"}) in
     * byte order of the names, i.e. {@code LC_ALL=C sha256sum $(LC_ALL=C ls) | sha256sum} in the directory.
     */
    public static String manifest(Map<String, String> sha256ByName) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(sha256ByName).forEach((name, sha) -> lines.append(sha).append("  ").append(name).append('\n'));
        return of(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
}
