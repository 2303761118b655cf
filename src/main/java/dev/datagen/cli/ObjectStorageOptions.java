package dev.datagen.cli;

import dev.datagen.sink.s3.S3Location;
import dev.datagen.sink.s3.S3Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options for {@code -o s3://bucket/key}: where the object store is and how to reach it. Credentials come from the AWS chain. */
public class ObjectStorageOptions {

    @Option(names = "--s3-endpoint", paramLabel = "URL",
            description = "S3-compatible endpoint (MinIO, Ceph, s3proxy), e.g. http://minio:9000; addressed path-style. Default: Amazon S3.")
    String endpoint;

    @Option(names = "--s3-region", paramLabel = "REGION",
            description = "Region of the bucket. Default: AWS_REGION or the profile's, else us-east-1 with --s3-endpoint.")
    String region;

    @Option(names = "--s3-ca-bundle", paramLabel = "PATH",
            description = "PEM file of the CA certificates to trust for TLS to the endpoint (default: AWS_CA_BUNDLE, else the JVM's).")
    Path caBundle;

    @Option(names = "--s3-spool", paramLabel = "DIR",
            description = "With -o s3://: write the dump to a temporary file in DIR, then upload it (a custom archive is then "
                    + "generated once instead of twice). Default: stream, no local file.")
    Path spool;

    /** The upload target when {@code output} is an s3:// URL, else null; options for s3 without it are refused. */
    S3Location location(CommandLine cl, String output) {
        if (!S3Location.isObjectUrl(output)) {
            if (endpoint != null || region != null || caBundle != null || spool != null) {
                throw new ParameterException(cl, "--s3-endpoint, --s3-region, --s3-ca-bundle and --s3-spool need -o s3://BUCKET/KEY");
            }
            return null;
        }
        try {
            return S3Location.parse(output);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, "-o: " + e.getMessage());
        }
    }

    /** Checked before anything is generated: a well-formed endpoint, a readable CA bundle. */
    S3Settings settings(CommandLine cl) {
        URI uri = null;
        if (endpoint != null) {
            try {
                uri = new URI(endpoint);
            } catch (URISyntaxException e) {
                throw new ParameterException(cl, "--s3-endpoint: not a URL: " + e.getMessage());
            }
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new ParameterException(cl, "--s3-endpoint must be an http:// or https:// URL such as http://minio:9000, got \"" + endpoint + "\"");
            }
        }
        Path ca = caBundle;
        String env = System.getenv("AWS_CA_BUNDLE");
        if (ca == null && env != null && !env.isBlank()) {
            ca = Path.of(env);
        }
        if (ca != null && !Files.isReadable(ca)) {
            throw new ParameterException(cl, (caBundle != null ? "--s3-ca-bundle" : "AWS_CA_BUNDLE") + ": cannot read " + ca);
        }
        return new S3Settings(uri, region, ca);
    }
}
