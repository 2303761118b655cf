package dev.datagen.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Kubernetes objects parsed from a multi-document YAML stream (kustomize or helm output, a manifest file). */
record Manifests(List<JsonNode> objects) {

    static final YAMLMapper YAML = new YAMLMapper();

    /** Every non-empty document of {@code yaml}; each must be a Kubernetes object with apiVersion and kind. */
    static Manifests parse(String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document == null || document.isNull() || document.isEmpty()) {
                    continue; // a comment-only document between "---" separators
                }
                assertThat(document.path("apiVersion").asText()).as("apiVersion of %s", document).isNotBlank();
                assertThat(document.path("kind").asText()).as("kind of %s", document).isNotBlank();
                objects.add(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(List.copyOf(objects));
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    /** The one object of this kind and name (in whatever namespace); fails the test when absent. */
    JsonNode get(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> o.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " among " + summary()));
    }

    /** "Kind/name" of every object, for messages and whole-set assertions. */
    List<String> summary() {
        return objects.stream()
                .map(o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText())
                .toList();
    }

    /** The value of environment variable {@code name} of a container; fails when it is not set. */
    static String env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        throw new AssertionError("container " + container.path("name").asText() + " has no env " + name);
    }

    /** The single container of a Deployment. */
    static JsonNode onlyContainer(JsonNode deployment) {
        JsonNode containers = deployment.path("spec").path("template").path("spec").path("containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    /**
     * The rules of some roles as "apiGroup/resource" (core group: "/resource", with "[name]" when the rule
     * names objects) → verbs, so two renderings of the same permissions compare equal whatever their order.
     */
    static Map<String, Set<String>> rulesByResource(List<JsonNode> roles) {
        Map<String, Set<String>> rules = new TreeMap<>();
        for (JsonNode role : roles) {
            for (JsonNode rule : role.path("rules")) {
                String names = rule.has("resourceNames") ? texts(rule.path("resourceNames")).toString() : "";
                for (String group : texts(rule.path("apiGroups"))) {
                    for (String resource : texts(rule.path("resources"))) {
                        rules.computeIfAbsent(group + "/" + resource + names, k -> new TreeSet<>())
                                .addAll(texts(rule.path("verbs")));
                    }
                }
            }
        }
        return rules;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
