package dev.datagen.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class SchemaReference {
    @JsonPropertyDescription("The ConfigMap key holding the schema file; mounted read-only into the Job.")
    @Required
    private KeyReference configMapKeyRef;

    public KeyReference getConfigMapKeyRef() {
        return configMapKeyRef;
    }

    public void setConfigMapKeyRef(KeyReference configMapKeyRef) {
        this.configMapKeyRef = configMapKeyRef;
    }
}
