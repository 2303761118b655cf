package dev.datagen.deploy;

import static dev.datagen.deploy.Manifests.env;
import static dev.datagen.deploy.Manifests.onlyContainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lints and renders charts/datagen-operator with Helm itself (helm-java's bundled native Helm, no helm binary). */
class HelmChartTest {

    private static final Path CHART = Path.of("charts", "datagen-operator");
    private static final String NAMESPACE = "datagen-system";

    @TempDir
    Path temp;

    @Test
    void chartPassesHelmLintStrict() {
        LintResult lint = new Helm(CHART).lint().strict().call();

        assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
        assertThat(lint.getMessages()).noneMatch(message -> message.contains("[ERROR]") || message.contains("[WARNING]"));
    }

    @Test
    void defaultValuesRenderTheOperatorWatchingEveryNamespace() {
        Manifests rendered = render(template());

        assertThat(rendered.summary()).containsExactlyInAnyOrder(
                "ServiceAccount/datagen-operator",
                "ServiceAccount/datagen-job",
                "ClusterRole/datagen-operator",
                "ClusterRoleBinding/datagen-operator",
                "Deployment/datagen-operator");
        JsonNode deployment = rendered.get("Deployment", "datagen-operator");
        assertThat(deployment.path("metadata").path("namespace").asText()).isEqualTo(NAMESPACE);
        KustomizeBaseTest.assertRunsTheOperatorLockedDown(onlyContainer(deployment));
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        assertThat(pod.path("serviceAccountName").asText()).isEqualTo("datagen-operator");
        assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");

        JsonNode binding = rendered.get("ClusterRoleBinding", "datagen-operator");
        assertThat(binding.path("subjects").get(0).path("namespace").asText()).isEqualTo(NAMESPACE);
        assertThat(rendered.get("ServiceAccount", "datagen-job").path("automountServiceAccountToken").asBoolean(true))
                .isFalse();
    }

    @Test
    void chartGrantsTheSameRulesAsTheKustomizeBase() throws IOException {
        Manifests kustomizeRbac = Manifests.parse(Files.readString(Path.of("deploy", "rbac.yaml")));
        Manifests chart = render(template());

        assertThat(Manifests.rulesByResource(chart.ofKind("ClusterRole")))
                .isEqualTo(Manifests.rulesByResource(kustomizeRbac.ofKind("ClusterRole")))
                .isEqualTo(KustomizeBaseTest.OPERATOR_RULES);
    }

    @Test
    void customValuesSetImageNamespacesResourcesAndLeaveRbacOut() throws IOException {
        Manifests rendered = render(template().withValuesFile(values("""
                image: {repository: registry.example/datagen, tag: 0.2.0, pullPolicy: Always}
                jobImage: registry.example/datagen:0.2.0-job
                watchNamespaces: [preview-1, preview-2]
                rbac: {create: false}
                resources:
                  requests: {cpu: 250m, memory: 256Mi}
                  limits: {memory: 1Gi}
                nodeSelector: {kubernetes.io/arch: amd64}
                env:
                  - {name: QUARKUS_LOG_LEVEL, value: DEBUG}
                """)));

        assertThat(rendered.ofKind("ClusterRole")).isEmpty();
        assertThat(rendered.ofKind("ClusterRoleBinding")).isEmpty();
        assertThat(rendered.ofKind("RoleBinding")).isEmpty();
        JsonNode deployment = rendered.get("Deployment", "datagen-operator");
        JsonNode container = onlyContainer(deployment);
        assertThat(container.path("image").asText()).isEqualTo("registry.example/datagen:0.2.0");
        assertThat(container.path("imagePullPolicy").asText()).isEqualTo("Always");
        assertThat(env(container, "DATAGEN_OPERATOR_JOB_IMAGE")).isEqualTo("registry.example/datagen:0.2.0-job");
        assertThat(env(container, "QUARKUS_OPERATOR_SDK_NAMESPACES")).isEqualTo("preview-1,preview-2");
        assertThat(env(container, "QUARKUS_LOG_LEVEL")).isEqualTo("DEBUG");
        assertThat(container.path("resources").path("requests").path("cpu").asText()).isEqualTo("250m");
        assertThat(container.path("resources").path("limits").path("memory").asText()).isEqualTo("1Gi");
        assertThat(deployment.path("spec").path("template").path("spec").path("nodeSelector")
                .path("kubernetes.io/arch").asText()).isEqualTo("amd64");
        assertThat(rendered.ofKind("ServiceAccount").stream()
                .filter(account -> account.path("metadata").path("name").asText().equals("datagen-job"))
                .map(account -> account.path("metadata").path("namespace").asText()))
                .containsExactlyInAnyOrder(NAMESPACE, "preview-1", "preview-2");
    }

    @Test
    void watchingSomeNamespacesBindsTheOperatorRoleOnlyThere() throws IOException {
        Manifests rendered = render(template().withValuesFile(values("watchNamespaces: [preview-1, preview-2]")));

        assertThat(rendered.ofKind("ClusterRoleBinding"))
                .extracting(binding -> binding.path("metadata").path("name").asText())
                .isEmpty();
        assertThat(rendered.ofKind("RoleBinding"))
                .extracting(binding -> binding.path("metadata").path("namespace").asText()
                        + " -> " + binding.path("roleRef").path("name").asText())
                .containsExactlyInAnyOrder("preview-1 -> datagen-operator", "preview-2 -> datagen-operator");
    }

    @Test
    void valuesSchemaRejectsABadPullPolicy() throws IOException {
        TemplateCommand command = template().withValuesFile(values("image: {repository: r, pullPolicy: Sometimes}"));

        assertThatThrownBy(command::call)
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining("at '/image/pullPolicy': value must be one of 'Always', 'IfNotPresent', 'Never'");
    }

    @Test
    void valuesSchemaRejectsAnInvalidNamespaceAndUnknownKeys() throws IOException {
        assertThatThrownBy(template().withValuesFile(values("watchNamespaces: [Preview_1]"))::call)
                .hasMessageContaining("at '/watchNamespaces/0': 'Preview_1' does not match pattern");
        assertThatThrownBy(template().withValuesFile(values("watchNamespace: preview-1"))::call)
                .hasMessageContaining("additional properties 'watchNamespace' not allowed");
    }

    @Test
    void readmeValuesTableDocumentsEveryValue() throws IOException {
        JsonNode values = Manifests.YAML.readTree(CHART.resolve("values.yaml").toFile());
        String readme = Files.readString(CHART.resolve("README.md"));

        values.fieldNames().forEachRemaining(key ->
                assertThat(readme).as("charts/datagen-operator/README.md documents %s", key).contains("| `" + key));
    }

    private TemplateCommand template() {
        return new Helm(CHART).template().withName("datagen-operator").withNamespace(NAMESPACE);
    }

    private Path values(String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(temp, "values", ".yaml"), yaml);
    }

    private static Manifests render(TemplateCommand command) {
        return Manifests.parse(command.call());
    }
}
