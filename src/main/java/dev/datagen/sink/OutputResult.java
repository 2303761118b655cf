package dev.datagen.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            files = walk.filter(Files::isRegularFile).map(dir::relativize).toList();
        }
        Map<String, String> sha256ByName = new HashMap<>();
        long bytes = 0;
        for (Path file : files) {
            OutputResult one = of(dir.resolve(file));
            bytes += one.bytes();
            sha256ByName.put(file.toString().replace('\\', '/'), one.sha256());
        }
        return new OutputResult(dir.toString(), bytes, Sha256.manifest(sha256ByName));
    }


    /** A stream that counts and hashes what passes through it, for outputs that cannot be read back (standard output). */
    public static final class Hashing extends DigestOutputStream {
        private long count;

        public Hashing(OutputStream out) {
            super(out, Sha256.digest());
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
            return new OutputResult(location, count, Sha256.hex(getMessageDigest().digest()));
        }
    }
}
