package dev.datagen.sink.s3;

import java.net.URI;
import java.nio.file.Path;

/**
 * How to reach the object store. Credentials are not here: they come from the AWS SDK's default chain
 * (environment, profile, web identity), never from the command line.
 *
 * @param endpoint an S3-compatible endpoint (MinIO, Ceph, s3proxy), addressed path-style; null for AWS
 * @param region null: AWS_REGION / the profile, else us-east-1 when an endpoint is given
 * @param caBundle PEM certificates to trust for TLS instead of the JVM's defaults; null for the defaults
 */
public record S3Settings(URI endpoint, String region, Path caBundle) {
}
