package dev.datagen.operator.dependent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.datagen.operator.crd.MockDatabase;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.javaoperatorsdk.operator.api.config.informer.InformerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.CRUDKubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResourceConfigBuilder;
import java.io.UncheckedIOException;

/** ConfigMap {@code <name>-schema} with an inline {@code spec.schema} as schema.json, mounted into the Job. */
public class SchemaConfigMapDependentResource extends CRUDKubernetesDependentResource<ConfigMap, MockDatabase> {
    public static final String ROLE = "schema";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SchemaConfigMapDependentResource() {
        super(ConfigMap.class, "schema-configmap");
        configureWith(new KubernetesDependentResourceConfigBuilder<ConfigMap>()
                .withKubernetesDependentInformerConfig(InformerConfiguration.builder(ConfigMap.class).withLabelSelector(Labels.selector(ROLE)).build())
                .build());
    }

    @Override
    protected ConfigMap desired(MockDatabase primary, Context<MockDatabase> context) {
        return configMap(primary);
    }

    /** The ConfigMap exactly as it is created. */
    public ConfigMap configMap(MockDatabase primary) {
        try {
            return new ConfigMapBuilder()
                    .withNewMetadata()
                        .withName(JobArgs.inlineSchemaConfigMap(primary))
                        .withNamespace(primary.getMetadata().getNamespace())
                        .withLabels(Labels.of(primary, ROLE))
                    .endMetadata()
                    .addToData(JobArgs.INLINE_SCHEMA_KEY, JSON.writeValueAsString(primary.getSpec().getSchema()))
                    .build();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
