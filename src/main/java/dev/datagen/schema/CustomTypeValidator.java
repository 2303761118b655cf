package dev.datagen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules for {@code custom_types}: enum values, composite fields, domain base types, and that no
 * composite or domain contains itself (directly or through another custom type), which PostgreSQL rejects.
 */
final class CustomTypeValidator {
    static final List<String> KINDS = List.of("enum", "composite", "domain");

    private final Schema schema;
    private final List<Problem> out;

    CustomTypeValidator(Schema schema, List<Problem> out) {
        this.schema = schema;
        this.out = out;
    }

    void validateAll() {
        schema.customTypes().forEach(this::validate);
    }

    private void validate(String name, CustomType type) {
        SchemaPath path = SchemaPath.root().field("custom_types").field(name);
        Checks.name(path, "type name", name, out);
        if (type == null) {
            out.add(path.problem("type " + name + " has no definition"));
            return;
        }
        if (type.name() != null && !type.name().equals(name)) {
            out.add(path.field("name").problem("\"" + type.name() + "\" does not match the key \"" + name
                    + "\"; remove it or make them the same"));
        }
        if (type.kind() == null || type.kind().isBlank()) {
            out.add(path.field("kind").problem("kind is missing; use one of " + String.join(", ", KINDS)));
            return;
        }
        if (!Checks.oneOf(path.field("kind"), "kind", type.kind(), KINDS, out)) {
            return;
        }
        SchemaPath def = path.field("definition");
        JsonNode definition = type.definition();
        String kind = Checks.lower(type.kind().trim());
        if (definition == null || !definition.isObject()) {
            out.add(def.problem("definition is missing; " + shapeHint(kind)));
            return;
        }
        switch (kind) {
            case "enum" -> enumValues(def.field("values"), definition.get("values"));
            case "composite" -> compositeFields(def.field("fields"), name, definition.get("fields"));
            default -> domainBase(def.field("base_type"), name, definition.get("base_type"));
        }
    }

    private static String shapeHint(String kind) {
        return switch (kind) {
            case "enum" -> "an enum needs {\"values\": [\"a\", \"b\"]}";
            case "composite" -> "a composite type needs {\"fields\": [{\"name\": ..., \"type\": ...}]}";
            default -> "a domain needs {\"base_type\": ..., \"constraint\": ...}";
        };
    }

    private void enumValues(SchemaPath path, JsonNode values) {
        if (values == null || !values.isArray() || values.isEmpty()) {
            out.add(path.problem("an enum needs a non-empty list of values"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            SchemaPath at = path.index(i);
            if (!value.isTextual()) {
                out.add(at.problem("enum values must be text, got " + value));
            } else if (!seen.add(value.asText())) {
                out.add(at.problem("duplicate value \"" + value.asText() + "\""));
            } else {
                Checks.name(at, "enum value", value.asText(), out);
            }
        }
    }

    private void compositeFields(SchemaPath path, String typeName, JsonNode fields) {
        if (fields == null || !fields.isArray() || fields.isEmpty()) {
            out.add(path.problem("a composite type needs a non-empty list of fields"));
            return;
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            JsonNode field = fields.get(i);
            SchemaPath at = path.index(i);
            if (!field.isObject()) {
                out.add(at.problem("expected a field object with name and type, got " + field));
                continue;
            }
            String fieldName = field.path("name").isTextual() ? field.get("name").asText() : null;
            if (Checks.name(at.field("name"), "field name", fieldName, out)) {
                Integer first = firstIndex.putIfAbsent(fieldName, i);
                if (first != null) {
                    out.add(at.field("name").problem("duplicate field \"" + fieldName + "\" (first defined at fields["
                            + first + "])"));
                }
            }
            String spelling = field.path("type").isTextual() ? field.get("type").asText() : null;
            containedType(at.field("type"), typeName, "composite type", spelling);
        }
    }

    private void domainBase(SchemaPath path, String typeName, JsonNode baseType) {
        String spelling = baseType != null && baseType.isTextual() ? baseType.asText() : null;
        if (spelling == null) {
            out.add(path.problem("base_type is missing; a domain needs a base type such as \"text\""));
            return;
        }
        containedType(path, typeName, "domain", spelling);
    }

    /** A field or base type: must parse, and must not lead back to the type being defined. */
    private void containedType(SchemaPath path, String typeName, String what, String spelling) {
        SqlType type = Checks.type(path, spelling, schema.customTypes().keySet(), out);
        if (type == null || !type.isCustom()) {
            return;
        }
        if (type.customName().equalsIgnoreCase(typeName)) {
            out.add(path.problem(what + " " + typeName + " cannot contain itself"));
        } else if (reaches(type.customName(), typeName, new HashSet<>())) {
            out.add(path.problem(what + " " + typeName + " cannot contain " + type.customName() + ", which contains "
                    + typeName));
        }
    }

    /** Whether custom type {@code from} contains {@code target} through its fields or base type. */
    private boolean reaches(String from, String target, Set<String> visited) {
        if (!visited.add(Checks.lower(from))) {
            return false;
        }
        for (String inner : containedCustomTypes(from)) {
            if (inner.equalsIgnoreCase(target) || reaches(inner, target, visited)) {
                return true;
            }
        }
        return false;
    }

    private List<String> containedCustomTypes(String name) {
        CustomType type = schema.customTypes().get(name);
        if (type == null || type.definition() == null || type.kind() == null) {
            return List.of();
        }
        JsonNode def = type.definition();
        List<JsonNode> spellings = new java.util.ArrayList<>();
        def.path("fields").forEach(f -> spellings.add(f.path("type")));
        spellings.add(def.path("base_type"));
        return spellings.stream()
                .filter(JsonNode::isTextual)
                .map(n -> quietCustomName(n.asText()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private String quietCustomName(String spelling) {
        try {
            SqlType t = SqlTypes.parse(spelling, schema.customTypes().keySet());
            return t.isCustom() ? t.customName() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
