package dev.datagen.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.datagen.operator.crd.MockDatabase;
import dev.datagen.operator.crd.MockDatabaseStatus;
import dev.datagen.operator.crd.Phase;
import dev.datagen.support.FakeJobController;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.quarkus.test.junit.QuarkusTest;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator against the fabric8 mock API server (CRUD mode), with {@link FakeJobController}
 * playing the Job controller and kubelet.
 */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
class MockDatabaseOperatorTest {
    static final Path EXAMPLES = Example.EXAMPLES;
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** A missing Secret is looked at again every 30 s. */
    static final Duration RECHECK = Duration.ofSeconds(45);
    static final String SUMMARY = """
            {"status":"succeeded","datagenVersion":"0.1.0","seed":"42","schemaSha256":"ab12","format":"custom",
             "location":"s3://previews/shop/shop.dump","bytes":206800000,"sha256":"9f86d081884c7d65",
             "rows":{"public.customers":1000,"public.orders":8100},"totalRows":9100,"durationSeconds":13.2}""";
    private static final AtomicInteger NAMESPACES = new AtomicInteger();
    private static boolean started;

    @Inject
    KubernetesClient client;

    @Inject
    Operator operator;

    @KubernetesTestServer
    KubernetesServer server;

    FakeJobController jobs;

    @BeforeEach
    void startOperator() throws IOException {
        jobs = new FakeJobController(client);
        synchronized (MockDatabaseOperatorTest.class) {
            if (!started) {
                try (var crd = Files.newInputStream(CustomResourceDefinitionFileTest.COMMITTED)) {
                    client.apiextensions().v1().customResourceDefinitions().load(crd).createOr(c -> c.update());
                }
                operator.start();
                started = true;
            }
        }
    }

    @Test
    void everyExampleGivesItsJobAndBecomesReadyWithTheResult() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
        for (Path example : examples) {
            String ns = namespace();
            MockDatabase resource = apply(example, ns);
            Job job = awaitGeneratorJob(ns, resource.getMetadata().getName());
            List<String> args = container(job).getArgs();
            assertThat(args).as(example.toString()).first().isEqualTo("generate");
            assertThat(String.join(" ", args)).as(example.toString())
                    .endsWith("--summary-file /dev/termination-log --summary-format json --progress plain")
                    .doesNotContain("password", "change-me", "AWS_SECRET");
            assertThat(job.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> {
                assertThat(o.getKind()).isEqualTo("MockDatabase");
                assertThat(o.getName()).isEqualTo(resource.getMetadata().getName());
            });
            String hash = job.getMetadata().getAnnotations().get("datagen.dev/spec-hash");
            assertThat(job.getMetadata().getName()).isEqualTo(resource.getMetadata().getName() + "-" + hash.substring(0, 8));
            assertThat(job.getMetadata().getLabels()).containsEntry("app.kubernetes.io/managed-by", "datagen-operator")
                    .containsEntry("datagen.dev/mockdatabase", resource.getMetadata().getName());

            jobs.succeed(job, SUMMARY);
            MockDatabaseStatus status = awaitStatus(ns, resource.getMetadata().getName(), s -> s.getPhase() == Phase.Succeeded);
            assertThat(condition(status, "Ready").getStatus()).as(example.toString()).isEqualTo("True");
            assertThat(condition(status, "Ready").getReason()).isEqualTo("Succeeded");
            assertThat(status.getResult().totalRows()).isEqualTo(9100L);
            assertThat(status.getResult().rows()).containsEntry("public.orders", 8100L);
            assertThat(status.getResult().size()).isEqualTo("206.8 MB");
            assertThat(status.getJobName()).isEqualTo(job.getMetadata().getName());
            assertThat(status.getSpecHash()).isEqualTo(hash);
            assertThat(status.getMessage()).isEqualTo("Generated 9,100 rows (206.8 MB) into s3://previews/shop/shop.dump");
        }
    }

    @Test
    void objectStorageJobGetsSecretsOnlyAsEnvironmentAndVolumes() throws IOException {
        String ns = namespace();
        apply(EXAMPLES.resolve("template-to-minio.yaml"), ns);
        Job job = awaitGeneratorJob(ns, "shop-preview");
        var c = container(job);
        assertThat(c.getArgs()).containsSubsequence("--template", "ecommerce").containsSubsequence("--scale", "0.1")
                .containsSubsequence("-o", "s3://previews/shop/shop.dump").containsSubsequence("--s3-endpoint", "https://minio.minio.svc:9000")
                .containsSubsequence("--s3-ca-bundle", "/etc/datagen/s3-ca/ca.crt").containsSubsequence("--compress", "gzip:6");
        assertThat(c.getEnvFrom()).singleElement().satisfies(e -> assertThat(e.getSecretRef().getName()).isEqualTo("minio-credentials"));
        assertThat(c.getImage()).isEqualTo("ghcr.io/datagen/datagen:0.1.0");
        assertThat(c.getTerminationMessagePolicy()).isEqualTo("FallbackToLogsOnError");
        assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(c.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        assertThat(pod.getRestartPolicy()).isEqualTo("Never");
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getVolumes()).extracting(Volume::getName).containsExactlyInAnyOrder("s3-ca", "tmp");
        assertThat(pod.getVolumes()).filteredOn(v -> v.getName().equals("s3-ca")).singleElement()
                .satisfies(v -> assertThat(v.getSecret().getSecretName()).isEqualTo("minio-ca"));
        assertThat(job.getSpec().getBackoffLimit()).isZero();
        assertThat(job.getSpec().getActiveDeadlineSeconds()).isEqualTo(3600L);
    }

    @Test
    void inlineSchemaGoesIntoAnOwnedConfigMapMountedIntoTheJob() throws IOException {
        String ns = namespace();
        apply(EXAMPLES.resolve("inline-schema-to-cloudnativepg.yaml"), ns);
        Job job = awaitGeneratorJob(ns, "blog-preview");
        assertThat(container(job).getArgs()).containsSubsequence("generate", "/etc/datagen/schema/schema.json");
        assertThat(container(job).getEnv()).singleElement().satisfies(e -> {
            assertThat(e.getName()).isEqualTo("DATAGEN_TARGET");
            assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("blog-db-app");
            assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("uri");
        });
        var cm = client.configMaps().inNamespace(ns).withName("blog-preview-schema").get();
        assertThat(cm.getData().get("schema.json")).contains("\"post_status\"", "\"row_count\" : 2000");
        assertThat(cm.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> assertThat(o.getName()).isEqualTo("blog-preview"));
    }

    @Test
    void statusFollowsTheJobThroughFailureWithEvents() throws IOException {
        String ns = namespace();
        apply(EXAMPLES.resolve("schemaref-to-postgres.yaml"), ns);
        Job job = awaitGeneratorJob(ns, "shop-orders");
        assertThat(container(job).getArgs()).containsSubsequence("--clean", "--if-exists").containsSubsequence("--target-schema", "preview")
                .containsSubsequence("--set", "orders.rows=20000");
        assertThat(container(job).getEnv()).extracting(e -> e.getName()).containsExactly("DATAGEN_TARGET", "PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD");
        MockDatabaseStatus pending = awaitStatus(ns, "shop-orders", s -> s.getPhase() == Phase.Pending);
        assertThat(condition(pending, "Progressing").getReason()).isEqualTo("JobCreated");

        jobs.start(job);
        MockDatabaseStatus running = awaitStatus(ns, "shop-orders", s -> s.getPhase() == Phase.Running);
        assertThat(condition(running, "Progressing").getStatus()).isEqualTo("True");
        assertThat(condition(running, "Progressing").getReason()).isEqualTo("JobRunning");
        assertThat(condition(running, "Ready").getLastTransitionTime()).as("Ready stayed False: its transition time is kept")
                .isEqualTo(condition(pending, "Ready").getLastTransitionTime());
        assertThat(running.getObservedGeneration()).isEqualTo(get(ns, "shop-orders").getMetadata().getGeneration());

        jobs.fail(job, "{\"status\":\"failed\",\"exitCode\":6,\"error\":\"connection to postgres.databases.svc:5432 refused\"}", 6);
        MockDatabaseStatus failed = awaitStatus(ns, "shop-orders", s -> s.getPhase() == Phase.Failed);
        assertThat(condition(failed, "Failed").getStatus()).isEqualTo("True");
        assertThat(condition(failed, "Ready").getReason()).isEqualTo("JobFailed");
        assertThat(failed.getMessage()).isEqualTo("Job " + job.getMetadata().getName()
                + " failed (exit code 6): connection to postgres.databases.svc:5432 refused");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(ns, "shop-orders")).extracting(Event::getReason)
                .contains("Started", "JobFailed"));
        assertThat(events(ns, "shop-orders")).filteredOn(e -> e.getReason().equals("JobFailed")).first()
                .satisfies(e -> assertThat(e.getType()).isEqualTo("Warning"));
    }

    @Test
    void aTerminationMessageThatIsNoSummaryStillCompletes() throws IOException {
        String ns = namespace();
        apply(EXAMPLES.resolve("template-to-minio.yaml"), ns);
        jobs.succeed(awaitGeneratorJob(ns, "shop-preview"), "datagen: wrote 9100 rows\n{not json");
        MockDatabaseStatus status = awaitStatus(ns, "shop-preview", s -> s.getPhase() == Phase.Succeeded);
        assertThat(status.getResult()).isNull();
        assertThat(status.getMessage()).isEqualTo("Data generated (the Job left no summary)");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(ns, "shop-preview")).extracting(Event::getReason).contains("Succeeded"));
    }

    @Test
    void changedSpecReplacesTheStaleJob() throws IOException {
        String ns = namespace();
        apply(EXAMPLES.resolve("template-to-minio.yaml"), ns);
        Job first = awaitGeneratorJob(ns, "shop-preview");
        jobs.succeed(first, SUMMARY);
        awaitStatus(ns, "shop-preview", s -> s.getPhase() == Phase.Succeeded);

        client.resources(MockDatabase.class).inNamespace(ns).withName("shop-preview").edit(r -> {
            r.getSpec().setSeed("43");
            return r;
        });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(generatorJobs(ns)).singleElement()
                .satisfies(j -> assertThat(j.getMetadata().getName()).isNotEqualTo(first.getMetadata().getName())));
        Job second = generatorJobs(ns).get(0);
        assertThat(container(second).getArgs()).containsSubsequence("--seed", "43");
        MockDatabaseStatus status = awaitStatus(ns, "shop-preview", s -> second.getMetadata().getName().equals(s.getJobName()));
        assertThat(status.getPhase()).isEqualTo(Phase.Pending);
        assertThat(status.getResult()).as("the old result describes the old spec").isNull();
    }

    @Test
    void unchangedSpecIsNotGeneratedAgainAfterItsJobIsDeleted() throws IOException {
        String ns = namespace();
        apply(EXAMPLES.resolve("template-to-minio.yaml"), ns);
        Job job = awaitGeneratorJob(ns, "shop-preview");
        jobs.succeed(job, SUMMARY);
        awaitStatus(ns, "shop-preview", s -> s.getPhase() == Phase.Succeeded);

        client.resource(job).delete(); // e.g. ttlSecondsAfterFinished
        client.resources(MockDatabase.class).inNamespace(ns).withName("shop-preview").edit(r -> {
            r.getMetadata().getLabels().put("touched", "yes"); // an event, not a spec change
            return r;
        });
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> generatorJobs(ns).isEmpty());
        MockDatabaseStatus status = get(ns, "shop-preview").getStatus();
        assertThat(status.getPhase()).isEqualTo(Phase.Succeeded);
        assertThat(status.getResult().totalRows()).isEqualTo(9100L);
    }

    @Test
    void invalidSpecsGetAFailedConditionAndNoJob() throws IOException {
        Map<String, String[]> cases = Map.ofEntries(
                Map.entry("both-destinations", new String[] {"""
                        templates: [ecommerce]
                        objectStorage: {url: s3://b/k}
                        postgres: {connectionSecretRef: {name: db}}""", "InvalidSpec", "set exactly one destination: objectStorage or postgres (both are set)"}),
                Map.entry("no-schema", new String[] {"""
                        objectStorage: {url: s3://b/k}""", "InvalidSpec", "set exactly one schema source: schema, schemaRef or templates (none is set)"}),
                Map.entry("two-schemas", new String[] {"""
                        templates: [saas]
                        schemaRef: {configMapKeyRef: {name: s, key: k}}
                        objectStorage: {url: s3://b/k}""", "InvalidSpec", "(2 are set)"}),
                Map.entry("bad-schema", new String[] {"""
                        schema: {version: "1.0", tables: {users: {columns: [{name: id, type: sreial}], primary_key: [id]}}}
                        objectStorage: {url: s3://b/k}""", "InvalidSpec", "tables.users.columns[0].type"}),
                Map.entry("unknown-template", new String[] {"""
                        templates: [ecommerse]
                        objectStorage: {url: s3://b/k}""", "InvalidSpec", "ecommerce"}),
                Map.entry("missing-secret", new String[] {"""
                        templates: [saas]
                        postgres: {connectionSecretRef: {name: nowhere}}""", "SecretNotFound", "Secret nowhere (spec.postgres.connectionSecretRef) does not exist"}),
                Map.entry("tables-with-delete", new String[] {"""
                        templates: [ecommerce]
                        tables: [orders]
                        cleanupPolicy: Delete
                        postgres: {connectionSecretRef: {name: db}}""", "InvalidSpec", "tables cannot be combined with cleanupPolicy: Delete"}),
                Map.entry("compressed-tar", new String[] {"""
                        templates: [saas]
                        format: tar
                        compression: gzip:5
                        objectStorage: {url: s3://b/k}""", "InvalidSpec", "compression is not supported by tar archive format"}),
                Map.entry("zstd-level", new String[] {"""
                        templates: [saas]
                        compression: zstd:5
                        objectStorage: {url: s3://b/k}""", "InvalidSpec", "compression \"zstd:5\" with format custom: "}),
                Map.entry("unknown-override", new String[] {"""
                        templates: [ecommerce]
                        overrides: {custmers: 10}
                        objectStorage: {url: s3://b/k}""", "InvalidSpec", "overrides.custmers: no table \"custmers\"; did you mean \"customers\"?"}),
                Map.entry("unmatched-tables", new String[] {"""
                        templates: [ecommerce]
                        tables: [ordres]
                        objectStorage: {url: s3://b/k}""", "InvalidSpec", "tables: no matching tables were found for pattern \"ordres\""}),
                Map.entry("missing-configmap", new String[] {"""
                        schemaRef: {configMapKeyRef: {name: gone, key: schema.json}}
                        objectStorage: {url: s3://b/k}""", "ConfigMapNotFound", "ConfigMap gone (spec.schemaRef) does not exist"}));
        String ns = namespace();
        cases.forEach((name, c) -> create(ns, name, c[0]));
        cases.forEach((name, c) -> {
            MockDatabaseStatus status = awaitStatus(ns, name, s -> s.getPhase() == Phase.Failed);
            assertThat(condition(status, "Ready").getStatus()).as(name).isEqualTo("False");
            assertThat(condition(status, "Ready").getReason()).as(name).isEqualTo(c[1]);
            assertThat(condition(status, "Failed").getStatus()).as(name).isEqualTo("True");
            assertThat(status.getMessage()).as(name).contains(c[2]);
        });
        assertThat(client.batch().v1().jobs().inNamespace(ns).list().getItems()).isEmpty();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(ns, "missing-secret")).extracting(Event::getReason).contains("SecretNotFound"));
    }

    @Test
    void deletionWithDeletePolicyRunsTheCleanupJobBeforeLettingGo() throws IOException {
        String ns = namespace();
        apply(EXAMPLES.resolve("cleanup-delete.yaml"), ns);
        await().atMost(PATIENCE).until(() -> get(ns, "saas-preview").hasFinalizer("datagen.dev/cleanup"));
        jobs.succeed(awaitGeneratorJob(ns, "saas-preview"), SUMMARY);
        awaitStatus(ns, "saas-preview", s -> s.getPhase() == Phase.Succeeded);

        client.resources(MockDatabase.class).inNamespace(ns).withName("saas-preview").delete();
        Job cleanup = await().atMost(PATIENCE).until(() -> client.batch().v1().jobs().inNamespace(ns).withName("saas-preview-cleanup").get(),
                j -> j != null);
        assertThat(container(cleanup).getArgs()).containsExactly("remove", "-o", "s3://previews/pr-1234/saas", "--s3-region", "eu-west-1");
        assertThat(container(cleanup).getEnvFrom()).singleElement().satisfies(e -> assertThat(e.getSecretRef().getName()).isEqualTo("s3-credentials"));
        assertThat(get(ns, "saas-preview")).as("held by the finalizer while the cleanup runs").isNotNull();

        jobs.succeed(cleanup, "{\"status\":\"succeeded\"}");
        await().atMost(PATIENCE).until(() -> get(ns, "saas-preview") == null);
        assertThat(events(ns, "saas-preview")).extracting(Event::getReason).contains("CleanupStarted", "CleanupSucceeded");
    }

    @Test
    void aSecretThatAppearsLaterGetsTheJobAndALaterMissingSecretKeepsTheRecord() throws IOException {
        String ns = namespace();
        Path example = EXAMPLES.resolve("inline-schema-to-cloudnativepg.yaml");
        Example blog = Example.read(example, client);
        List<HasMetadata> secrets = blog.objects().stream().filter(o -> o instanceof Secret).toList();
        // CloudNativePG creates blog-db-app only after the cluster's bootstrap
        new Example(blog.resource(), blog.objects().stream().filter(o -> !(o instanceof Secret)).toList()).apply(client, ns);
        MockDatabaseStatus missing = awaitStatus(ns, "blog-preview", s -> s.getPhase() == Phase.Failed);
        assertThat(condition(missing, "Ready").getReason()).isEqualTo("SecretNotFound");
        assertThat(generatorJobs(ns)).isEmpty();

        secrets.forEach(secret -> client.resource(secret).inNamespace(ns).create());
        Job job = await().atMost(RECHECK).until(() -> generatorJobs(ns).stream().findFirst().orElse(null), j -> j != null);
        jobs.succeed(job, SUMMARY);
        MockDatabaseStatus ready = awaitStatus(ns, "blog-preview", s -> s.getPhase() == Phase.Succeeded);
        assertThat(condition(ready, "Ready").getStatus()).isEqualTo("True");

        client.secrets().inNamespace(ns).withName("blog-db-app").delete(); // the cluster is gone; the data was generated
        touch(ns, "blog-preview");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> get(ns, "blog-preview").getStatus().getPhase() == Phase.Succeeded);
        assertThat(get(ns, "blog-preview").getStatus().getResult().totalRows()).isEqualTo(9100L);
    }

    @Test
    void aChangedSpecWaitsUntilTheOldJobAndItsPodAreGone() throws IOException, InterruptedException {
        String ns = namespace();
        apply(EXAMPLES.resolve("template-to-minio.yaml"), ns);
        Job first = awaitGeneratorJob(ns, "shop-preview");
        jobs.start(first);
        awaitStatus(ns, "shop-preview", s -> s.getPhase() == Phase.Running);
        jobs.holdDeletion(first);
        jobDeletions(first.getMetadata().getName());

        client.resources(MockDatabase.class).inNamespace(ns).withName("shop-preview").edit(r -> {
            r.getSpec().setSeed("43");
            return r;
        });
        MockDatabaseStatus waiting = awaitStatus(ns, "shop-preview", s -> "ReplacingJob".equals(condition(s, "Progressing").getReason()));
        assertThat(waiting.getMessage()).contains(first.getMetadata().getName());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> generatorJobs(ns).size() == 1);
        assertThat(generatorJobs(ns)).singleElement().satisfies(j -> {
            assertThat(j.getMetadata().getName()).as("no new Job while the old pod may still write").isEqualTo(first.getMetadata().getName());
            assertThat(j.getMetadata().getDeletionTimestamp()).isNotNull();
        });
        assertThat(jobDeletions(first.getMetadata().getName())).singleElement().asString().contains("\"propagationPolicy\":\"Foreground\"");

        jobs.releaseDeletion(first);
        Job second = await().atMost(PATIENCE).until(() -> generatorJobs(ns).stream().findFirst().orElse(null),
                j -> j != null && !j.getMetadata().getName().equals(first.getMetadata().getName()));
        assertThat(container(second).getArgs()).containsSubsequence("--seed", "43");
        assertThat(awaitStatus(ns, "shop-preview", s -> second.getMetadata().getName().equals(s.getJobName())).getPhase()).isEqualTo(Phase.Pending);
    }

    @Test
    void theCleanupJobWaitsUntilTheGeneratorJobAndItsPodAreGone() throws IOException, InterruptedException {
        String ns = namespace();
        apply(EXAMPLES.resolve("cleanup-delete.yaml"), ns);
        await().atMost(PATIENCE).until(() -> get(ns, "saas-preview").hasFinalizer("datagen.dev/cleanup"));
        Job generator = awaitGeneratorJob(ns, "saas-preview");
        jobs.start(generator);
        awaitStatus(ns, "saas-preview", s -> s.getPhase() == Phase.Running);
        jobs.holdDeletion(generator);
        jobDeletions(generator.getMetadata().getName());

        client.resources(MockDatabase.class).inNamespace(ns).withName("saas-preview").delete();
        await().atMost(PATIENCE).until(() -> generatorJobs(ns).stream().allMatch(j -> j.getMetadata().getDeletionTimestamp() != null));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> client.batch().v1().jobs().inNamespace(ns).withName("saas-preview-cleanup").get() == null);
        assertThat(jobDeletions(generator.getMetadata().getName())).singleElement().asString().contains("\"propagationPolicy\":\"Foreground\"");

        jobs.releaseDeletion(generator);
        Job cleanup = await().atMost(PATIENCE).until(() -> client.batch().v1().jobs().inNamespace(ns).withName("saas-preview-cleanup").get(),
                j -> j != null);
        jobs.succeed(cleanup, "{\"status\":\"succeeded\"}");
        await().atMost(PATIENCE).until(() -> get(ns, "saas-preview") == null);
    }

    @Test
    void retainPolicyAddsNoFinalizer() throws IOException {
        String ns = namespace();
        apply(EXAMPLES.resolve("template-to-minio.yaml"), ns);
        awaitGeneratorJob(ns, "shop-preview");
        assertThat(get(ns, "shop-preview").getMetadata().getFinalizers()).isNullOrEmpty();
        client.resources(MockDatabase.class).inNamespace(ns).withName("shop-preview").delete();
        await().atMost(PATIENCE).until(() -> get(ns, "shop-preview") == null);
        assertThat(client.batch().v1().jobs().inNamespace(ns).withName("shop-preview-cleanup").get()).isNull();
    }

    // --- helpers

    private static String namespace() {
        return "op-test-" + NAMESPACES.incrementAndGet();
    }

    /** Creates every document of an example file in {@code ns}; returns its MockDatabase. */
    private MockDatabase apply(Path file, String ns) throws IOException {
        return Example.read(file, client).apply(client, ns);
    }

    private void touch(String ns, String name) {
        client.resources(MockDatabase.class).inNamespace(ns).withName(name).edit(r -> {
            r.getMetadata().getLabels().put("touched", String.valueOf(System.nanoTime())); // an event, not a spec change
            return r;
        });
    }

    /** The DELETE requests the mock server has received for Job {@code name} since the last call. */
    private List<String> jobDeletions(String name) throws InterruptedException {
        List<String> bodies = new java.util.ArrayList<>();
        for (RecordedRequest r; (r = server.getKubernetesMockServer().takeRequest(10, TimeUnit.MILLISECONDS)) != null; ) {
            if (r.getMethod().equals("DELETE") && r.getPath().contains("/jobs/" + name)) {
                bodies.add(r.getUtf8Body());
            }
        }
        return bodies;
    }

    private void create(String ns, String name, String specYaml) {
        String yaml = "apiVersion: datagen.dev/v1alpha1\nkind: MockDatabase\nmetadata: {name: " + name + "}\nspec:\n"
                + specYaml.indent(2);
        client.resources(MockDatabase.class).inNamespace(ns).resource(client.getKubernetesSerialization().unmarshal(yaml, MockDatabase.class)).create();
    }

    private MockDatabase get(String ns, String name) {
        return client.resources(MockDatabase.class).inNamespace(ns).withName(name).get();
    }

    private List<Job> generatorJobs(String ns) {
        return client.batch().v1().jobs().inNamespace(ns).withLabel("datagen.dev/role", "generate").list().getItems();
    }

    private Job awaitGeneratorJob(String ns, String name) {
        return await().atMost(PATIENCE).until(() -> generatorJobs(ns).stream()
                .filter(j -> name.equals(j.getMetadata().getLabels().get("datagen.dev/mockdatabase"))).findFirst().orElse(null), j -> j != null);
    }

    private MockDatabaseStatus awaitStatus(String ns, String name, java.util.function.Predicate<MockDatabaseStatus> wanted) {
        return await().atMost(PATIENCE).until(() -> {
            MockDatabase r = get(ns, name);
            return r == null ? null : r.getStatus();
        }, s -> s != null && wanted.test(s));
    }

    private List<Event> events(String ns, String name) {
        return client.v1().events().inNamespace(ns).list().getItems().stream()
                .filter(e -> name.equals(e.getInvolvedObject().getName())).toList();
    }

    private static io.fabric8.kubernetes.api.model.Container container(Job job) {
        return job.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Condition condition(MockDatabaseStatus status, String type) {
        return status.getConditions().stream().filter(c -> type.equals(c.getType())).findFirst().orElseThrow();
    }
}
