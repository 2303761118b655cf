package dev.datagen.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.operator.crd.MockDatabase;
import io.fabric8.crdv2.generator.CRDGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crds/ holds the CRD generated from the Java model; it must not go stale. */
class CustomResourceDefinitionFileTest {
    static final Path COMMITTED = Path.of("crds/mockdatabases.datagen.dev-v1.yml");

    @Test
    void committedCrdMatchesTheModel(@TempDir Path dir) throws IOException {
        new CRDGenerator().inOutputDir(dir.toFile()).forCRDVersions("v1").customResourceClasses(MockDatabase.class).generate();
        String generated = Files.readString(dir.resolve(COMMITTED.getFileName()));
        assertThat(Files.exists(COMMITTED)).as("crds/ has no CRD; run: ./mvnw -B -q package -DskipTests && cp target/kubernetes/mockdatabases.datagen.dev-v1.yml crds/").isTrue();
        assertThat(Files.readString(COMMITTED))
                .as("crds/mockdatabases.datagen.dev-v1.yml is stale: regenerate it with "
                        + "./mvnw -B -q package -DskipTests && cp target/kubernetes/mockdatabases.datagen.dev-v1.yml crds/ "
                        + "(then copy it to deploy/crd/ and charts/datagen-operator/crds/)")
                .isEqualTo(generated);
    }

    @Test
    void crdDeclaresTheContractsNamesAndRules() throws IOException {
        String crd = Files.readString(COMMITTED);
        assertThat(crd).contains("name: \"mockdatabases.datagen.dev\"", "- \"mockdb\"", "scope: \"Namespaced\"", "name: \"v1alpha1\"",
                "status: {}", "x-kubernetes-preserve-unknown-fields: true", "jsonPath: \".status.result.totalRows\"",
                "rule: \"has(self.objectStorage) != has(self.postgres)\"", "pattern: \"^s3://[^/]+/.+\"");
    }
}
