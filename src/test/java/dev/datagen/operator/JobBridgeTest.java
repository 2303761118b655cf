package dev.datagen.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.operator.crd.CleanupPolicy;
import dev.datagen.operator.crd.MockDatabase;
import dev.datagen.operator.crd.MockDatabaseStatus;
import dev.datagen.operator.crd.Phase;
import dev.datagen.operator.crd.Result;
import dev.datagen.operator.dependent.CleanupJobDependentResource;
import dev.datagen.operator.dependent.GeneratorJobDependentResource;
import dev.datagen.operator.dependent.SchemaConfigMapDependentResource;
import dev.datagen.operator.status.JobSummary;
import dev.datagen.operator.status.MockDatabaseStatusAggregator;
import dev.datagen.operator.status.TerminationMessages;
import dev.datagen.sink.Sha256;
import dev.datagen.sink.s3.ObjectStore;
import dev.datagen.sink.s3.S3Location;
import dev.datagen.support.FakeJobController;
import dev.datagen.support.Integrity;
import dev.datagen.support.JobRunner;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import dev.datagen.support.TestS3;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The bridge between the operator and the job runner: each {@code deploy/examples} file goes into a
 * (mock) API server, the operator's own {@link SpecCheck} and dependents build the Job exactly as
 * they would create it, and {@link JobRunner} runs that Job's container — its arguments, env,
 * envFrom and volumes — as a datagen process against a real PostgreSQL and a real S3-compatible
 * server. Only Secret values change (endpoints and credentials of the test servers); the Jobs keep
 * their shape. The pod's termination message then goes through the operator's status code.
 */
@EnableKubernetesMockClient(crud = true)
class JobBridgeTest {
    private static final Path EXAMPLES = Example.EXAMPLES;
    private static final AtomicInteger NAMESPACES = new AtomicInteger();
    /** The operator's configuration with its defaults. */
    static final OperatorConfig CONFIG = new SmallRyeConfigBuilder().withMapping(OperatorConfig.class)
            .withDefaultValue("quarkus.application.version", "0.1.0").build().getConfigMapping(OperatorConfig.class);

    KubernetesClient client;

    @TempDir
    Path dir;

    private final TestS3 s3 = TestS3.get();

    /** One example applied to its own namespace, with the objects the kubelet sees. */
    private final class Applied {
        final String namespace = "bridge-" + NAMESPACES.incrementAndGet();
        final List<HasMetadata> objects = new ArrayList<>();
        MockDatabase resource;

        Applied(Path file) throws IOException {
            Example example = Example.read(file, client);
            resource = example.resource();
            objects.addAll(example.objects());
        }

        /** Points a Secret's key at a test server (the value only, as an administrator would). */
        Applied secretValue(String secret, String key, String value) {
            Secret s = objects.stream().filter(o -> o instanceof Secret && o.getMetadata().getName().equals(secret)).map(Secret.class::cast)
                    .findFirst().orElseThrow(() -> new AssertionError("no Secret " + secret));
            assertThat(JobRunner.secretData(s)).as("Secret %s has key %s", secret, key).containsKey(key);
            s.getStringData().put(key, value);
            return this;
        }

        /** Creates everything in the API server; the operator's spec check must accept it. */
        SpecCheck.Outcome create() {
            resource = new Example(resource, objects).apply(client, namespace);
            if (resource.getSpec().getSchema() != null) { // the ConfigMap the operator creates for an inline schema
                var schema = new SchemaConfigMapDependentResource().configMap(resource);
                objects.add(client.resource(schema).create());
            }
            SpecCheck.Outcome check = new SpecCheck(client).check(resource);
            assertThat(check.problem()).isNull();
            return check;
        }

        /** The generator Job as the operator creates it, run by the kubelet; the Job finishes with the pod's result. */
        Ran generate(SpecCheck.Outcome check) throws IOException, InterruptedException {
            return run(new GeneratorJobDependentResource(CONFIG).job(resource, check.connectionHasUri()));
        }

        /** The cleanup Job ({@code cleanupPolicy: Delete}) as the operator creates it, run by the kubelet. */
        Ran cleanup(SpecCheck.Outcome check) throws IOException, InterruptedException {
            assertThat(resource.getSpec().deletesOnCleanup()).isTrue();
            return run(new CleanupJobDependentResource(CONFIG).job(resource, check.connectionHasUri()));
        }

        private Ran run(Job job) throws IOException, InterruptedException {
            assertNoSecretInArguments(job, objects);
            // a Job run again (the idempotent cleanup) replaces the record of the earlier one
            client.pods().inNamespace(namespace).withLabel("job-name", job.getMetadata().getName()).delete();
            client.resource(job).delete();
            job = client.resource(job).create();
            JobRunner.Run run = new JobRunner(dir, objects).run(job);
            assertThat(run.exitCode()).as("%s: %s", job.getMetadata().getName(), run.stderr()).isZero();
            new FakeJobController(client).succeed(job, run.terminationMessage());
            return new Ran(job, run);
        }

        /** The status the reconciler writes for the finished Job, its result read from the pod as the operator reads it. */
        MockDatabaseStatus status(Job job) {
            Job finished = client.resource(job).get();
            var aggregator = new MockDatabaseStatusAggregator(null, resource.getMetadata().getGeneration(), Instant.now());
            return aggregator.forJob(SpecHash.of(resource.getSpec()), job.getMetadata().getName(), finished,
                    () -> new TerminationMessages(client).of(finished));
        }
    }

    record Ran(Job job, JobRunner.Run run) {
        JobSummary summary() {
            return JobSummary.parse(run.terminationMessage()).orElseThrow(() -> new AssertionError("not a summary: " + run.terminationMessage()));
        }
    }

    @Test
    void templateToObjectStorageUploadsADumpThatRestoresAsTheStatusSays() throws Exception {
        Applied example = new Applied(EXAMPLES.resolve("template-to-minio.yaml"));
        S3Location object = S3Location.parse(example.resource.getSpec().getObjectStorage().getUrl());
        bucket(object.bucket());
        // the endpoint is a field of the spec; s3proxy speaks plain http, so the CA bundle (a real
        // certificate here) is mounted and read but never used for TLS
        example.resource.getSpec().getObjectStorage().setEndpoint(s3.endpoint().toString());
        example.secretValue("minio-credentials", "AWS_ACCESS_KEY_ID", TestS3.ACCESS_KEY)
                .secretValue("minio-credentials", "AWS_SECRET_ACCESS_KEY", TestS3.SECRET_KEY)
                .secretValue("minio-ca", "ca.crt", aCertificatePem());
        Ran ran = example.generate(example.create());

        assertOnlyMountedPathsRewritten(ran.run(), List.of("/etc/datagen/s3-ca/ca.crt", "/dev/termination-log"));
        Path dump = dir.resolve("shop.dump");
        Map<String, String> metadata = s3.download(object, dump);
        JobSummary summary = ran.summary();
        String sha256 = Sha256.of(Files.readAllBytes(dump));
        assertThat(summary.status()).isEqualTo("succeeded");
        assertThat(sha256).isEqualTo(summary.result().sha256()).isEqualTo(metadata.get(ObjectStore.SHA256));
        assertThat(summary.result().bytes()).isEqualTo(Files.size(dump));
        assertThat(summary.result().location()).isEqualTo("s3://previews/shop/shop.dump");
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            db.restore(dump).assertClean();
            assertRowsAsSummary(db, summary.result());
            assertThat(Integrity.assertNoOrphanedForeignKeys(db)).isPositive();
        }

        MockDatabaseStatus status = example.status(ran.job());
        assertThat(status.getPhase()).isEqualTo(Phase.Succeeded);
        Result result = status.getResult();
        assertThat(result.rows()).isEqualTo(summary.result().rows()).hasSizeGreaterThan(10);
        assertThat(result.totalRows()).isEqualTo(result.rows().values().stream().mapToLong(Long::longValue).sum());
        assertThat(result.bytes()).isEqualTo(Files.size(dump));
        assertThat(result.sha256()).isEqualTo(sha256);
        assertThat(result.location()).isEqualTo("s3://previews/shop/shop.dump");
        assertThat(result.size()).isEqualTo(JobSummary.humanSize(Files.size(dump)));
    }

    @Test
    void inlineSchemaLoadsIntoACloudNativePgAppDatabaseThroughItsUri() throws Exception {
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            Applied example = new Applied(EXAMPLES.resolve("inline-schema-to-cloudnativepg.yaml"))
                    .secretValue("blog-db-app", "uri", "postgresql://postgres:app-password@127.0.0.1:" + TestPostgres.get().port() + "/" + db.name());
            Ran ran = example.generate(example.create());
            // DATAGEN_TARGET comes from the Secret's uri: no connection setting in the arguments at all
            assertThat(ran.job().getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()).singleElement()
                    .satisfies(e -> assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("uri"));
            assertOnlyMountedPathsRewritten(ran.run(), List.of("/etc/datagen/schema/schema.json", "/dev/termination-log"));

            Result result = ran.summary().result();
            assertThat(result.rows()).containsOnlyKeys("public.users", "public.posts", "public.comments");
            assertThat(result.location()).startsWith("postgresql://postgres@127.0.0.1:" + TestPostgres.get().port() + "/" + db.name());
            assertRowsAsSummary(db, result);
            assertThat(Integrity.assertNoOrphanedForeignKeys(db)).isEqualTo(3);
            assertThat(example.status(ran.job()).getResult()).isEqualTo(result);
        }
    }

    @Test
    void schemaRefLoadsIntoATargetSchemaReRunsCleanAndIsRemovedByTheCleanupJob() throws Exception {
        try (TestDatabase db = TestPostgres.get().createDatabase()) {
            Applied example = new Applied(EXAMPLES.resolve("schemaref-to-postgres.yaml"))
                    .secretValue("shop-db", "host", "127.0.0.1")
                    .secretValue("shop-db", "port", String.valueOf(TestPostgres.get().port()))
                    .secretValue("shop-db", "dbname", db.name())
                    .secretValue("shop-db", "user", "postgres");
            SpecCheck.Outcome check = example.create();
            Ran first = example.generate(check);
            assertOnlyMountedPathsRewritten(first.run(), List.of("/etc/datagen/schema/shop.yaml", "/dev/termination-log"));
            Result result = first.summary().result();
            assertThat(result.rows()).isEqualTo(Map.of("preview.customers", 1000L, "preview.orders", 20000L));
            assertRowsAsSummary(db, result);
            assertThat(Integrity.assertNoOrphanedForeignKeys(db)).isEqualTo(1);
            String firstTotals = db.query("select sum(total)::text from preview.orders").toString();

            // a changed spec is a new Job on the same database: --clean --if-exists replaces the tables
            example.resource.getSpec().setSeed("2025");
            Ran second = example.generate(check);
            assertThat(second.job().getMetadata().getName()).isNotEqualTo(first.job().getMetadata().getName());
            assertRowsAsSummary(db, second.summary().result());
            assertThat(Integrity.assertNoOrphanedForeignKeys(db)).isEqualTo(1);
            assertThat(db.query("select sum(total)::text from preview.orders").toString()).isNotEqualTo(firstTotals);

            example.resource.getSpec().setCleanupPolicy(CleanupPolicy.Delete);
            Ran cleanup = example.cleanup(check);
            assertThat(cleanup.run().jobArgs()).first().isEqualTo("remove");
            assertThat(db.queryLong("select count(*) from pg_tables where schemaname = 'preview'")).isZero();
            assertThat(example.cleanup(check).run().succeeded()).as("cleanup is idempotent").isTrue();
        }
    }

    @Test
    void cleanupJobDeletesTheUploadedDirectoryArchive() throws Exception {
        Applied example = new Applied(EXAMPLES.resolve("cleanup-delete.yaml"))
                .secretValue("s3-credentials", "AWS_ACCESS_KEY_ID", TestS3.ACCESS_KEY)
                .secretValue("s3-credentials", "AWS_SECRET_ACCESS_KEY", TestS3.SECRET_KEY);
        S3Location prefix = S3Location.parse(example.resource.getSpec().getObjectStorage().getUrl());
        bucket(prefix.bucket());
        example.resource.getSpec().getObjectStorage().setEndpoint(s3.endpoint().toString());
        SpecCheck.Outcome check = example.create();
        Ran generated = example.generate(check);
        assertThat(generated.summary().result().location()).isEqualTo("s3://previews/pr-1234/saas");
        List<String> uploaded = s3.keys(prefix.bucket(), prefix.key() + "/");
        assertThat(uploaded).contains(prefix.key() + "/toc.dat").hasSizeGreaterThan(2);
        s3.put(new S3Location(prefix.bucket(), "pr-1234/notes.txt"), "not datagen's");

        Ran cleanup = example.cleanup(check);
        assertThat(cleanup.run().jobArgs()).containsSubsequence("remove", "-o", "s3://previews/pr-1234/saas");
        assertThat(s3.keys(prefix.bucket(), "pr-1234/")).containsExactly("pr-1234/notes.txt");
        assertThat(example.cleanup(check).run().succeeded()).as("cleanup is idempotent").isTrue();
    }

    // --- helpers

    /** The arguments the process ran are the Job's, except the mounted-file and termination paths, rewritten to files here. */
    private static void assertOnlyMountedPathsRewritten(JobRunner.Run run, List<String> expected) {
        assertThat(run.rewrittenArgs()).containsOnlyKeys(expected);
        for (int i = 0; i < run.jobArgs().size(); i++) {
            String original = run.jobArgs().get(i);
            assertThat(run.args().get(i)).isEqualTo(run.rewrittenArgs().getOrDefault(original, original));
        }
        assertThat(Path.of(run.args().get(run.jobArgs().indexOf(expected.get(0))))).isRegularFile();
    }

    /** Secret values reach the container as env and volumes only. */
    private static void assertNoSecretInArguments(Job job, List<HasMetadata> objects) {
        String args = String.join(" ", job.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs());
        objects.stream().filter(Secret.class::isInstance).map(s -> JobRunner.secretData((Secret) s))
                .flatMap(data -> data.entrySet().stream())
                .filter(e -> e.getKey().matches("password|uri|AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID|ca\\.crt"))
                .forEach(e -> assertThat(args).as(e.getKey()).doesNotContain(e.getValue()));
    }

    private static void assertRowsAsSummary(TestDatabase db, Result result) {
        assertThat(result.rows()).isNotEmpty();
        Map<String, Long> counted = new LinkedHashMap<>();
        result.rows().keySet().forEach(table -> counted.put(table, db.queryLong("select count(*) from " + table)));
        assertThat(counted).isEqualTo(result.rows());
        assertThat(result.totalRows()).isEqualTo(counted.values().stream().mapToLong(Long::longValue).sum());
    }

    private void bucket(String name) {
        try {
            s3.client().createBucket(r -> r.bucket(name));
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
            // another case made it
        }
    }

    /** A real X.509 certificate as PEM (the JDK's first trusted CA) for the CA Secret. */
    private static String aCertificatePem() throws Exception {
        KeyStore cacerts = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"))) {
            cacerts.load(in, null);
        }
        Certificate cert = cacerts.getCertificate(cacerts.aliases().nextElement());
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
