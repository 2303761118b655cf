package dev.datagen.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.datagen.operator.crd.MockDatabase;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.javaoperatorsdk.operator.Operator;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.k3s.K3sContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The operator against a real API server: K3s in Docker (testcontainers), the committed CRD applied,
 * the operator started in this JVM on the cluster's kubeconfig. A real API server checks what the mock
 * one does not: the CRD's schema and CEL rules accept the example, and the Job the operator creates
 * passes the Job API's validation. Skipped where Docker is absent.
 */
class K3sClusterTest {
    private static final DockerImageName K3S = DockerImageName.parse("rancher/k3s:v1.31.4-k3s1");
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Test
    void theOperatorCreatesTheJobForAnExampleInARealCluster() throws Exception {
        Assumptions.assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "Docker is not available: no K3s cluster to test against");
        try (K3sContainer k3s = new K3sContainer(K3S)) {
            k3s.start();
            try (KubernetesClient client = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(k3s.getKubeConfigYaml())).build()) {
                CustomResourceDefinition crd;
                try (InputStream in = Files.newInputStream(CustomResourceDefinitionFileTest.COMMITTED)) {
                    crd = client.apiextensions().v1().customResourceDefinitions().load(in).create();
                }
                client.apiextensions().v1().customResourceDefinitions().resource(crd)
                        .waitUntilCondition(c -> c.getStatus() != null && c.getStatus().getConditions().stream()
                                .anyMatch(x -> "Established".equals(x.getType()) && "True".equals(x.getStatus())), 1, TimeUnit.MINUTES);
                String ns = "k3s-preview";
                client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build()).create();
                MockDatabase resource = Example.read(Example.EXAMPLES.resolve("inline-schema-to-cloudnativepg.yaml"), client).apply(client, ns);

                Operator operator = OperatorProducer.create(client, new MockDatabaseReconciler(JobBridgeTest.CONFIG), Set.of(ns));
                operator.start();
                try {
                    Job job = await().atMost(PATIENCE).until(() -> client.batch().v1().jobs().inNamespace(ns)
                            .withLabel("datagen.dev/mockdatabase", resource.getMetadata().getName()).list().getItems(), l -> !l.isEmpty()).get(0);
                    List<String> args = job.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs();
                    assertThat(args).containsSubsequence("generate", "/etc/datagen/schema/schema.json");
                    assertThat(client.configMaps().inNamespace(ns).withName("blog-preview-schema").get()).isNotNull();
                    await().atMost(PATIENCE).until(() -> client.resources(MockDatabase.class).inNamespace(ns).withName("blog-preview").get().getStatus(),
                            s -> s != null && job.getMetadata().getName().equals(s.getJobName()));
                } finally {
                    operator.stop();
                }
            }
        }
    }
}
