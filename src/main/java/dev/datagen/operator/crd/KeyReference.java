package dev.datagen.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/** One key of a ConfigMap or Secret in the MockDatabase's namespace. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class KeyReference {
    @JsonPropertyDescription("Name of the object, in the MockDatabase's namespace.")
    @Required
    @Pattern("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")
    private String name;

    @JsonPropertyDescription("The key within it.")
    @Required
    @Pattern("^[-._a-zA-Z0-9]+$")
    private String key;

    public KeyReference() {
    }

    public KeyReference(String name, String key) {
        this.name = name;
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
