package dev.datagen.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class ObjectStorageDestination {
    @JsonPropertyDescription("Where the dump goes: s3://bucket/key (directory format: one object per file under key/).")
    @Required
    @Pattern("^s3://[^/]+/.+")
    private String url;

    @JsonPropertyDescription("S3-compatible endpoint (MinIO, Ceph, ...), e.g. http://minio.minio:9000; implies path-style access.")
    @Pattern("^https?://.+")
    private String endpoint;

    @JsonPropertyDescription("Region, e.g. eu-west-1 (default: the SDK's chain; us-east-1 with an endpoint).")
    private String region;

    @JsonPropertyDescription("Secret whose keys AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and optionally AWS_SESSION_TOKEN) become the Job's environment. "
            + "Leave it out to use the pod's identity (IRSA, instance profile).")
    private SecretReference credentialsSecretRef;

    @JsonPropertyDescription("Secret key holding a PEM CA bundle that signs the endpoint's TLS certificate.")
    private KeyReference caSecretRef;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public SecretReference getCredentialsSecretRef() {
        return credentialsSecretRef;
    }

    public void setCredentialsSecretRef(SecretReference credentialsSecretRef) {
        this.credentialsSecretRef = credentialsSecretRef;
    }

    public KeyReference getCaSecretRef() {
        return caSecretRef;
    }

    public void setCaSecretRef(KeyReference caSecretRef) {
        this.caSecretRef = caSecretRef;
    }
}
