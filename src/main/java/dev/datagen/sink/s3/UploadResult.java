package dev.datagen.sink.s3;

/**
 * What an upload stored: where, how many bytes, and their sha256 (lower-case hex). For a
 * directory-format dump {@code location} is the prefix, {@code bytes} the sum over its objects and
 * {@code sha256} that of its manifest ({@link Sha256#manifest}).
 */
public record UploadResult(String location, long bytes, String sha256) {
}
