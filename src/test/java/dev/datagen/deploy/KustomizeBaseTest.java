package dev.datagen.deploy;

import static dev.datagen.deploy.Manifests.env;
import static dev.datagen.deploy.Manifests.onlyContainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.datagen.support.ToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders {@code deploy/} the way {@code kubectl apply -k deploy/} does, with the real kustomize (kubectl's
 * built-in one or the standalone binary), and checks what a cluster would receive. Skips where neither tool
 * is on PATH (Debian 12 packages neither; newer suites package kustomize).
 */
class KustomizeBaseTest {

    /** The least-privilege rules the operator needs, as listed in the README. */
    static final Map<String, Set<String>> OPERATOR_RULES = Map.ofEntries(
            Map.entry("datagen.dev/mockdatabases", Set.of("get", "list", "watch", "patch", "update")),
            Map.entry("datagen.dev/mockdatabases/status", Set.of("patch", "update")),
            Map.entry("datagen.dev/mockdatabases/finalizers", Set.of("update")),
            Map.entry("batch/jobs", Set.of("create", "list", "watch", "delete")),
            Map.entry("/pods", Set.of("list")),
            Map.entry("/configmaps", Set.of("get", "list", "watch", "create", "update", "delete")),
            Map.entry("/secrets", Set.of("get")),
            Map.entry("/events", Set.of("create")));

    private static Manifests rendered;

    @BeforeAll
    static void renderWithKustomize() {
        Optional<List<String>> command = kustomizeCommand();
        assumeThat(command)
                .as("assuming kubectl or kustomize on PATH to render deploy/ (neither found; the test is skipped)")
                .isPresent();
        ToolResult result = ToolResult.run(command.get(), Duration.ofMinutes(2));
        assertThat(result.exitCode()).as("kustomize failed:\n%s", result.stderr()).isZero();
        rendered = Manifests.parse(result.stdout());
    }

    @Test
    void rendersTheNamespaceCrdAccountsRbacAndDeployment() {
        assertThat(rendered.summary()).containsExactlyInAnyOrder(
                "Namespace/datagen-system",
                "CustomResourceDefinition/mockdatabases.datagen.dev",
                "ServiceAccount/datagen-operator",
                "ServiceAccount/datagen-job",
                "ClusterRole/datagen-operator",
                "ClusterRoleBinding/datagen-operator",
                "Deployment/datagen-operator");
        for (String kind : List.of("ServiceAccount", "Deployment")) {
            rendered.ofKind(kind).forEach(object ->
                    assertThat(object.path("metadata").path("namespace").asText()).isEqualTo("datagen-system"));
        }
    }

    @Test
    void clusterRoleGrantsExactlyWhatTheOperatorUses() {
        assertThat(Manifests.rulesByResource(rendered.ofKind("ClusterRole"))).isEqualTo(OPERATOR_RULES);

        JsonNode binding = rendered.get("ClusterRoleBinding", "datagen-operator");
        assertThat(binding.path("roleRef").path("name").asText()).isEqualTo("datagen-operator");
        JsonNode subject = binding.path("subjects").get(0);
        assertThat(subject.path("kind").asText()).isEqualTo("ServiceAccount");
        assertThat(subject.path("name").asText()).isEqualTo("datagen-operator");
        assertThat(subject.path("namespace").asText()).isEqualTo("datagen-system");
    }

    @Test
    void jobServiceAccountHasNoToken() {
        assertThat(rendered.get("ServiceAccount", "datagen-job").path("automountServiceAccountToken").asBoolean(true))
                .isFalse();
    }

    @Test
    void deploymentRunsTheOperatorSubcommandLockedDown() {
        JsonNode deployment = rendered.get("Deployment", "datagen-operator");
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        assertThat(pod.path("serviceAccountName").asText()).isEqualTo("datagen-operator");
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");

        assertRunsTheOperatorLockedDown(onlyContainer(deployment));
        assertThat(pod.path("volumes").get(0).has("emptyDir")).isTrue();
    }

    /**
     * The default operator container: {@code operator} in the 0.1.0 image watching every namespace, non-root
     * with a read-only root filesystem (a writable /tmp), no capabilities, health probes, resources.
     */
    static void assertRunsTheOperatorLockedDown(JsonNode container) {
        assertThat(container.path("image").asText()).isEqualTo("ghcr.io/datagen/datagen:0.1.0");
        assertThat(container.path("args").toString()).isEqualTo("[\"operator\"]");
        assertThat(env(container, "DATAGEN_OPERATOR_JOB_IMAGE")).isEqualTo("ghcr.io/datagen/datagen:0.1.0");
        assertThat(env(container, "QUARKUS_OPERATOR_SDK_NAMESPACES")).isEqualTo("JOSDK_ALL_NAMESPACES");
        assertThat(env(container, "QUARKUS_HTTP_HOST_ENABLED")).isEqualTo("true");
        assertThat(container.path("volumeMounts").toString()).contains("\"mountPath\":\"/tmp\"");
        JsonNode security = container.path("securityContext");
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(security.path("capabilities").path("drop").toString()).isEqualTo("[\"ALL\"]");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
        assertThat(container.path("resources").path("limits").path("memory").asText()).isNotBlank();
    }

    /** {@code kubectl kustomize deploy} or {@code kustomize build deploy}, whichever is on PATH. */
    private static Optional<List<String>> kustomizeCommand() {
        String deploy = Path.of("deploy").toAbsolutePath().toString();
        return onPath("kubectl").map(kubectl -> List.of(kubectl.toString(), "kustomize", deploy))
                .or(() -> onPath("kustomize").map(kustomize -> List.of(kustomize.toString(), "build", deploy)));
    }

    private static Optional<Path> onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, tool))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
