package dev.datagen.sink.s3;

/**
 * An object (or, for the directory format, a key prefix) in a bucket: {@code s3://bucket/key}.
 */
public record S3Location(String bucket, String key) {
    public static final String SCHEME = "s3://";

    public S3Location {
        if (bucket.isEmpty() || key.isEmpty()) {
            throw new IllegalArgumentException("expected s3://BUCKET/KEY, got \"" + SCHEME + bucket + "/" + key + "\"");
        }
    }

    /** Whether {@code output} names object storage rather than a local file. */
    public static boolean isObjectUrl(String output) {
        return output != null && output.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** Parses {@code s3://bucket/key}; the key may contain slashes, a trailing one is dropped. */
    public static S3Location parse(String url) {
        if (!isObjectUrl(url)) {
            throw new IllegalArgumentException("expected s3://BUCKET/KEY, got \"" + url + "\"");
        }
        String rest = url.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        if (slash <= 0 || key.isEmpty()) {
            throw new IllegalArgumentException("expected s3://BUCKET/KEY with a bucket and an object key, got \"" + url + "\"");
        }
        return new S3Location(rest.substring(0, slash), key);
    }

    /** {@code key/name}: a file of a directory-format dump. */
    public S3Location child(String name) {
        return new S3Location(bucket, key + "/" + name);
    }

    @Override
    public String toString() {
        return SCHEME + bucket + "/" + key;
    }
}
