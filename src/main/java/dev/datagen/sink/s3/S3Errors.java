package dev.datagen.sink.s3;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns the SDK's exceptions into one line that says what to fix. */
final class S3Errors {
    private S3Errors() {
    }

    /** @param what the object or prefix the request was about, e.g. {@code s3://b/k} */
    static ObjectStorageException describe(SdkException e, S3Location what, String endpoint) {
        return new ObjectStorageException(message(e, what, endpoint), e);
    }

    private static String message(SdkException e, S3Location what, String endpoint) {
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
            int status = service.statusCode();
            if ("NoSuchBucket".equals(code)) {
                return "bucket " + what.bucket() + " does not exist";
            }
            if ("InvalidAccessKeyId".equals(code)) {
                return what + ": access denied: unknown access key (check AWS_ACCESS_KEY_ID / credentials)";
            }
            if ("SignatureDoesNotMatch".equals(code)) {
                return what + ": access denied: the secret key does not match the access key (check AWS_SECRET_ACCESS_KEY / credentials)";
            }
            if ("ExpiredToken".equals(code) || "InvalidToken".equals(code)) {
                return what + ": access denied: the session token is expired or invalid (check AWS_SESSION_TOKEN / credentials)";
            }
            if (status == 403 || "AccessDenied".equals(code)) {
                return what + ": access denied (check AWS_ACCESS_KEY_ID / credentials and the bucket policy)";
            }
            String detail = (code == null ? "HTTP " + status : code + ", HTTP " + status) + ": " + serviceMessage(service);
            if (status >= 500 || status == 429) {
                return what + ": upload failed after " + S3ClientFactory.MAX_ATTEMPTS + " attempts (" + detail + ")";
            }
            return what + ": refused (" + detail + ")";
        }
        Throwable cause = rootCause(e);
        if (cause instanceof ConnectException || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                || cause instanceof SocketTimeoutException) {
            return "cannot reach " + endpoint + " for " + what + " (after " + S3ClientFactory.MAX_ATTEMPTS + " attempts): "
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
        if (cause instanceof SSLException) {
            return "TLS to " + endpoint + " failed for " + what + ": " + cause.getMessage() + " (a private CA? give --s3-ca-bundle PATH)";
        }
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (text.contains("Unable to load credentials")) {
            return what + ": no AWS credentials found (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, or web identity)";
        }
        return what + ": " + firstLine(text);
    }

    private static String serviceMessage(AwsServiceException e) {
        String m = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        return firstLine(m == null || m.isBlank() ? String.valueOf(e.getMessage()) : m);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
