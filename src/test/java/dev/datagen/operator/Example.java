package dev.datagen.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.operator.crd.MockDatabase;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code deploy/examples} file: its MockDatabase and the Secrets and ConfigMaps that come with it. */
record Example(MockDatabase resource, List<HasMetadata> objects) {
    static final Path EXAMPLES = Path.of("deploy/examples");

    static Example read(Path file, KubernetesClient client) throws IOException {
        MockDatabase resource = null;
        List<HasMetadata> objects = new ArrayList<>();
        for (String doc : Files.readString(file).split("(?m)^---\\s*$")) {
            if (doc.contains("kind: MockDatabase")) {
                resource = client.getKubernetesSerialization().unmarshal(doc, MockDatabase.class);
            } else if (!doc.isBlank()) {
                objects.addAll(client.load(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))).items());
            }
        }
        assertThat(resource).as(file + " has a MockDatabase").isNotNull();
        return new Example(resource, objects);
    }

    /** Creates the objects, then the MockDatabase, in {@code namespace}; returns the MockDatabase as created. */
    MockDatabase apply(KubernetesClient client, String namespace) {
        objects.forEach(o -> client.resource(o).inNamespace(namespace).create());
        resource.getMetadata().setNamespace(namespace);
        return client.resource(resource).inNamespace(namespace).create();
    }
}
