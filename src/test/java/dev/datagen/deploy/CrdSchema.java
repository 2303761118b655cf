package dev.datagen.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks an object against a CRD version's openAPIV3Schema the way {@code kubectl apply --validate=strict}
 * would for fields and scalar types: every field must be declared (or fall under a map or
 * x-kubernetes-preserve-unknown-fields), and strings, integers and booleans must have their declared type.
 */
record CrdSchema(JsonNode openApiSchema) {

    static CrdSchema of(JsonNode crd, String version) {
        for (JsonNode served : crd.path("spec").path("versions")) {
            if (served.path("name").asText().equals(version)) {
                return new CrdSchema(served.path("schema").path("openAPIV3Schema"));
            }
        }
        throw new AssertionError("the CRD has no version " + version);
    }

    /** Problems of {@code object}'s spec, one per line, as "spec.path: what is wrong"; empty when it fits. */
    List<String> problems(JsonNode object) {
        List<String> problems = new ArrayList<>();
        check(object.path("spec"), openApiSchema.path("properties").path("spec"), "spec", problems);
        return problems;
    }

    private static void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            return;
        }
        String type = schema.path("type").asText();
        if (!fits(value, type)) {
            problems.add(path + ": expected " + type + ", found " + value.getNodeType());
            return;
        }
        if (type.equals("array")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.path("items"), path + "[" + i + "]", problems);
            }
        } else if (type.equals("object")) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode fieldSchema = schema.path("properties").has(field.getKey())
                        ? schema.path("properties").path(field.getKey())
                        : schema.path("additionalProperties");
                if (fieldSchema.isMissingNode() || fieldSchema.isBoolean()) {
                    problems.add(path + "." + field.getKey() + ": not a field of the CRD");
                } else {
                    check(field.getValue(), fieldSchema, path + "." + field.getKey(), problems);
                }
            }
        }
    }

    private static boolean fits(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }
}
