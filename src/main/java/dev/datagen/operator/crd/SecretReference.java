package dev.datagen.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/** A whole Secret in the MockDatabase's namespace. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SecretReference {
    @JsonPropertyDescription("Name of the Secret, in the MockDatabase's namespace.")
    @Required
    @Pattern("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")
    private String name;

    public SecretReference() {
    }

    public SecretReference(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
