package dev.datagen.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The chain crds/ → deploy/ → charts/ ships one CRD, and the examples are Kubernetes objects. */
class DeploymentChainTest {

    private static final String CRD_FILE = "mockdatabases.datagen.dev-v1.yml";
    private static final Path GENERATED_CRD = Path.of("crds", CRD_FILE);
    private static final List<Path> CRD_COPIES = List.of(
            Path.of("deploy", "crd", CRD_FILE),
            Path.of("charts", "datagen-operator", "crds", CRD_FILE));

    @Test
    void crdCopiesInDeployAndChartAreByteIdenticalToTheGeneratedOne() throws IOException {
        byte[] generated = Files.readAllBytes(GENERATED_CRD);
        for (Path copy : CRD_COPIES) {
            assertThat(Files.readAllBytes(copy))
                    .as("%s differs from %s: copy the generated CRD there (cp %s %s)", copy, GENERATED_CRD, GENERATED_CRD, copy)
                    .isEqualTo(generated);
        }
    }

    @Test
    void crdDefinesTheNamespacedMockDatabaseKind() throws IOException {
        JsonNode spec = Manifests.parse(Files.readString(GENERATED_CRD))
                .get("CustomResourceDefinition", "mockdatabases.datagen.dev").path("spec");
        assertThat(spec.path("group").asText()).isEqualTo("datagen.dev");
        assertThat(spec.path("scope").asText()).isEqualTo("Namespaced");
        assertThat(spec.path("names").path("kind").asText()).isEqualTo("MockDatabase");
        assertThat(spec.path("names").path("shortNames").toString()).contains("\"mockdb\"");
        assertThat(spec.path("versions").findValuesAsText("name")).contains("v1alpha1");
    }

    @Test
    void everyExampleIsAKubernetesObjectAndItsMockDatabasesFitTheCrd() throws IOException {
        Path examples = Path.of("deploy", "examples");
        assumeThat(examples).as("assuming deploy/examples/ exists (it does not yet; nothing to check)").isDirectory();
        List<Path> files;
        try (Stream<Path> listing = Files.list(examples)) {
            files = listing.filter(file -> file.toString().matches(".*\\.ya?ml")).sorted().toList();
        }

        assertThat(files).isNotEmpty();
        for (Path file : files) {
            // parse() fails on a document without apiVersion and kind
            Manifests objects = Manifests.parse(Files.readString(file));
            assertThat(objects.objects()).as("objects in %s", file).isNotEmpty();
            assertFitTheCrd(objects.ofKind("MockDatabase"), file.toString());
        }
    }

    @Test
    void readmeMockDatabaseFitsTheCrd() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<JsonNode> mockDatabases = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme).results()
                .map(block -> block.group(1))
                .filter(yaml -> yaml.contains("kind: MockDatabase"))
                .map(Manifests::parse)
                .flatMap(manifests -> manifests.ofKind("MockDatabase").stream())
                .toList();

        assertThat(mockDatabases).as("MockDatabase examples in README.md").isNotEmpty();
        assertFitTheCrd(mockDatabases, "README.md");
    }

    @Test
    void crdSchemaCheckCatchesUnknownFieldsAndWrongTypes() throws IOException {
        JsonNode wrong = Manifests.parse("""
                apiVersion: datagen.dev/v1alpha1
                kind: MockDatabase
                metadata: {name: wrong}
                spec:
                  seed: 42
                  templates: [ecommerce]
                  postgres: {connectionSecretRef: {name: db}, cleen: true}
                """).get("MockDatabase", "wrong");

        assertThat(crdSchema().problems(wrong)).containsExactly(
                "spec.seed: expected string, found NUMBER",
                "spec.postgres.cleen: not a field of the CRD");
    }

    private static void assertFitTheCrd(List<JsonNode> mockDatabases, String source) throws IOException {
        CrdSchema schema = crdSchema();
        for (JsonNode mockDatabase : mockDatabases) {
            assertThat(mockDatabase.path("apiVersion").asText()).isEqualTo("datagen.dev/v1alpha1");
            assertThat(schema.problems(mockDatabase))
                    .as("MockDatabase %s in %s", mockDatabase.path("metadata").path("name").asText(), source)
                    .isEmpty();
        }
    }

    private static CrdSchema crdSchema() throws IOException {
        JsonNode crd = Manifests.parse(Files.readString(GENERATED_CRD)).get("CustomResourceDefinition", "mockdatabases.datagen.dev");
        return CrdSchema.of(crd, "v1alpha1");
    }
}
