package dev.datagen.sink.s3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Collection;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the S3 client: the SDK's default credential chain (environment, system properties, profile,
 * web identity/IRSA, container and instance roles), path-style addressing for an explicit endpoint, an
 * optional CA bundle, and retries with exponential backoff stated here rather than left to defaults.
 */
public final class S3ClientFactory {
    /** Attempts per request, the first included: throttling (503 SlowDown, 429), 5xx and I/O errors are retried. */
    public static final int MAX_ATTEMPTS = 6;
    /** Region when an endpoint is given and neither --s3-region, AWS_REGION nor a profile names one (MinIO and s3proxy ignore it). */
    static final Region ENDPOINT_DEFAULT_REGION = Region.US_EAST_1;

    private S3ClientFactory() {
    }

    public static S3Client create(S3Settings settings) throws ObjectStorageException {
        S3ClientBuilder builder = S3Client.builder()
                .region(region(settings))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClient(httpClient(settings.caBundle()))
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(retryStrategy()).build())
                // sha256 is computed and stored by datagen; the SDK's default CRC trailers are not
                // understood by every S3-compatible store
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint()).forcePathStyle(true);
        }
        return builder.build();
    }

    static RetryStrategy retryStrategy() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(MAX_ATTEMPTS)
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(200), Duration.ofSeconds(10)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofSeconds(1), Duration.ofSeconds(20)))
                // a long upload must not stop retrying because earlier parts needed retries
                .circuitBreakerEnabled(false)
                .build();
    }

    private static Region region(S3Settings settings) throws ObjectStorageException {
        if (settings.region() != null) {
            return Region.of(settings.region());
        }
        try {
            // with an endpoint, no instance-metadata lookup (seconds of timeouts off EC2): environment and profile only
            AwsRegionProvider chain = settings.endpoint() != null
                    ? new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
                    : DefaultAwsRegionProviderChain.builder().build();
            return chain.getRegion();
        } catch (SdkClientException e) {
            if (settings.endpoint() != null) {
                return ENDPOINT_DEFAULT_REGION;
            }
            throw new ObjectStorageException("no AWS region: give --s3-region or set AWS_REGION", e);
        }
    }

    private static software.amazon.awssdk.http.SdkHttpClient httpClient(Path caBundle) throws ObjectStorageException {
        ApacheHttpClient.Builder http = ApacheHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(10))
                .socketTimeout(Duration.ofSeconds(120))
                .maxConnections(16);
        if (caBundle != null) {
            TrustManager[] trust = trustManagers(caBundle);
            http.tlsTrustManagersProvider(() -> trust);
        }
        return http.build();
    }

    /** Trust exactly the certificates of a PEM bundle (like AWS_CA_BUNDLE for the AWS CLI). */
    static TrustManager[] trustManagers(Path pem) throws ObjectStorageException {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new ObjectStorageException("CA bundle " + pem + " holds no PEM certificate", null);
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : certificates) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (IOException e) {
            throw new ObjectStorageException("cannot read CA bundle " + pem + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new ObjectStorageException("CA bundle " + pem + " is not a PEM certificate bundle: " + e.getMessage(), e);
        }
    }
}
