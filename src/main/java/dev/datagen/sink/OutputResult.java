package dev.datagen.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a dump went and what was written: {@code bytes} and {@code sha256} (lower-case hex) are null when
 * they cannot be known (a device such as /dev/null cannot be read back). For a directory archive,
 * {@code bytes} is the sum of its files and {@code sha256} the hash of its manifest: one line per file,
 * sorted by relative path, as {@code sha256sum} prints them ({@code <hex>  <path>\n}), so
 * {@code (cd DIR && find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum)}
 * gives the same value.
 */
public record OutputResult(String location, Long bytes, String sha256) {

    /** Reads back what was written at {@code path}: a regular file, a directory archive, or anything else (location only). */
    public static OutputResult of(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                Hashing hashing = new Hashing(OutputStream.nullOutputStream());
                in.transferTo(hashing);
                return hashing.result(path.toString());
            }
        }
        if (Files.isDirectory(path)) {
            return ofDirectory(path);
        }
        return new OutputResult(path.toString(), null, null);
    }

    private static OutputResult ofDirectory(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).map(dir::relativize).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        }
        StringBuilder manifest = new StringBuilder();
        long bytes = 0;
        for (Path file : files) {
            OutputResult one = of(dir.resolve(file));
            bytes += one.bytes();
            manifest.append(one.sha256()).append("  ").append(file.toString().replace('\\', '/')).append('\n');
        }
        return new OutputResult(dir.toString(), bytes, hex(digest().digest(manifest.toString().getBytes(StandardCharsets.UTF_8))));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** A stream that counts and hashes what passes through it, for outputs that cannot be read back (standard output). */
    public static final class Hashing extends DigestOutputStream {
        private long count;

        public Hashing(OutputStream out) {
            super(out, digest());
        }

        @Override
        public void write(int b) throws IOException {
            super.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            count += len;
        }

        /** The bytes written so far and their sha256. */
        public OutputResult result(String location) {
            return new OutputResult(location, count, hex(getMessageDigest().digest()));
        }
    }
}
