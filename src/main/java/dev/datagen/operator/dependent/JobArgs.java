package dev.datagen.operator.dependent;

import dev.datagen.operator.crd.DumpFormat;
import dev.datagen.operator.crd.KeyReference;
import dev.datagen.operator.crd.MockDatabase;
import dev.datagen.operator.crd.MockDatabaseSpec;
import dev.datagen.operator.crd.ObjectStorageDestination;
import dev.datagen.operator.crd.PostgresDestination;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one place that turns a MockDatabase spec into datagen's command line. Secrets never become
 * arguments: they reach the container as {@code secretKeyRef}/{@code envFrom} environment or as
 * read-only volumes, and the arguments only name the mounted files.
 */
public final class JobArgs {
    /** The container running datagen in every Job. */
    public static final String CONTAINER = "datagen";
    public static final String SCHEMA_DIR = "/etc/datagen/schema/";
    public static final String INLINE_SCHEMA_KEY = "schema.json";
    public static final String S3_CA_DIR = "/etc/datagen/s3-ca/";
    public static final String TERMINATION_LOG = "/dev/termination-log";
    static final String SCHEMA_VOLUME = "schema";
    static final String S3_CA_VOLUME = "s3-ca";

    /** Connection Secret keys (CloudNativePG's names), in order, and the libpq variables they become. */
    public static final Map<String, String> PG_VARIABLES = pgVariables();

    private final MockDatabase resource;
    private final MockDatabaseSpec spec;
    private final List<String> args = new ArrayList<>();
    private final List<EnvVar> env = new ArrayList<>();
    private final List<EnvFromSource> envFrom = new ArrayList<>();
    private final List<Volume> volumes = new ArrayList<>();
    private final List<VolumeMount> mounts = new ArrayList<>();

    private JobArgs(MockDatabase resource) {
        this.resource = resource;
        this.spec = resource.getSpec();
    }

    /** Name of the ConfigMap holding an inline {@code spec.schema}. */
    public static String inlineSchemaConfigMap(MockDatabase resource) {
        return resource.getMetadata().getName() + "-schema";
    }

    /**
     * {@code datagen generate …}: the spec's data, written to its destination, with the summary as
     * the container's termination message.
     *
     * @param connectionHasUri whether the postgres connection Secret has a {@code uri} key (else its
     *                         host/port/dbname/user/password keys become PG* variables)
     */
    public static ContainerCommand generate(MockDatabase resource, boolean connectionHasUri) {
        JobArgs b = new JobArgs(resource);
        b.args.add("generate");
        b.schemaSource();
        b.dataOptions();
        b.destination(connectionHasUri, true);
        b.args.addAll(List.of("--summary-file", TERMINATION_LOG, "--summary-format", "json", "--progress", "plain"));
        return b.build();
    }

    /** {@code datagen remove …}: drops what {@link #generate} loaded, or deletes what it uploaded. */
    public static ContainerCommand remove(MockDatabase resource, boolean connectionHasUri) {
        JobArgs b = new JobArgs(resource);
        b.args.add("remove");
        if (resource.getSpec().getPostgres() != null) {
            b.schemaSource(); // the DROP statements come from the schema
        }
        b.destination(connectionHasUri, false);
        return b.build();
    }

    private ContainerCommand build() {
        return new ContainerCommand(List.copyOf(args), List.copyOf(env), List.copyOf(envFrom), List.copyOf(volumes), List.copyOf(mounts));
    }

    private void schemaSource() {
        if (spec.getSchema() != null) {
            mountConfigMapKey(inlineSchemaConfigMap(resource), INLINE_SCHEMA_KEY);
        } else if (spec.getSchemaRef() != null) {
            KeyReference ref = spec.getSchemaRef().getConfigMapKeyRef();
            mountConfigMapKey(ref.getName(), ref.getKey());
        } else if (spec.getTemplates() != null) {
            spec.getTemplates().forEach(t -> option("--template", t));
        }
    }

    private void mountConfigMapKey(String configMap, String key) {
        volumes.add(new VolumeBuilder().withName(SCHEMA_VOLUME)
                .withNewConfigMap().withName(configMap).addNewItem().withKey(key).withPath(key).endItem().endConfigMap().build());
        mounts.add(readOnlyMount(SCHEMA_VOLUME, SCHEMA_DIR));
        args.add(SCHEMA_DIR + key);
    }

    private void dataOptions() {
        option("--seed", spec.getSeed());
        option("--rows", spec.getRows());
        option("--scale", spec.getScale());
        if (spec.getOverrides() != null) {
            new TreeMap<>(spec.getOverrides()).forEach((table, rows) -> option("--set", table + ".rows=" + rows));
        }
        if (spec.getTables() != null) {
            spec.getTables().forEach(t -> option("-t", t));
        }
    }

    private void destination(boolean connectionHasUri, boolean dumpOptions) {
        if (spec.getObjectStorage() != null) {
            objectStorage(spec.getObjectStorage(), dumpOptions);
        } else if (spec.getPostgres() != null) {
            postgres(spec.getPostgres(), connectionHasUri, dumpOptions);
        }
    }

    private void objectStorage(ObjectStorageDestination s3, boolean dumpOptions) {
        if (dumpOptions) {
            option("--format", (spec.getFormat() == null ? DumpFormat.custom : spec.getFormat()).name());
            option("--compress", spec.getCompression());
        }
        option("-o", s3.getUrl());
        option("--s3-endpoint", s3.getEndpoint());
        option("--s3-region", s3.getRegion());
        if (s3.getCaSecretRef() != null) {
            KeyReference ca = s3.getCaSecretRef();
            volumes.add(new VolumeBuilder().withName(S3_CA_VOLUME)
                    .withNewSecret().withSecretName(ca.getName()).addNewItem().withKey(ca.getKey()).withPath(ca.getKey()).endItem().endSecret().build());
            mounts.add(readOnlyMount(S3_CA_VOLUME, S3_CA_DIR));
            option("--s3-ca-bundle", S3_CA_DIR + ca.getKey());
        }
        if (s3.getCredentialsSecretRef() != null) {
            // AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY[, AWS_SESSION_TOKEN]: the SDK's default chain reads them
            envFrom.add(new EnvFromSourceBuilder().withNewSecretRef().withName(s3.getCredentialsSecretRef().getName()).endSecretRef().build());
        }
    }

    private void postgres(PostgresDestination pg, boolean connectionHasUri, boolean loadOptions) {
        String secret = pg.getConnectionSecretRef().getName();
        if (connectionHasUri) {
            env.add(secretEnv("DATAGEN_TARGET", secret, "uri", false));
        } else {
            env.add(new EnvVarBuilder().withName("DATAGEN_TARGET").withValue("postgresql://").build());
            for (Map.Entry<String, String> e : PG_VARIABLES.entrySet()) {
                env.add(secretEnv(e.getValue(), secret, e.getKey(), e.getKey().equals("port")));
            }
        }
        if (loadOptions && Boolean.TRUE.equals(pg.getClean())) {
            args.addAll(List.of("--clean", "--if-exists"));
        }
        if (loadOptions && Boolean.TRUE.equals(pg.getCreateDatabase())) {
            args.add("--create");
        }
        option("--target-schema", pg.getSchema());
    }

    private static Map<String, String> pgVariables() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("host", "PGHOST");
        m.put("port", "PGPORT");
        m.put("dbname", "PGDATABASE");
        m.put("user", "PGUSER");
        m.put("password", "PGPASSWORD");
        return Collections.unmodifiableMap(m);
    }

    private static EnvVar secretEnv(String name, String secret, String key, boolean optional) {
        return new EnvVarBuilder().withName(name).withNewValueFrom().withNewSecretKeyRef()
                .withName(secret).withKey(key).withOptional(optional ? Boolean.TRUE : null).endSecretKeyRef().endValueFrom().build();
    }

    private static VolumeMount readOnlyMount(String volume, String path) {
        return new VolumeMountBuilder().withName(volume).withMountPath(path).withReadOnly(true).build();
    }

    private void option(String name, Object value) {
        if (value != null) {
            args.add(name);
            args.add(value.toString());
        }
    }
}
