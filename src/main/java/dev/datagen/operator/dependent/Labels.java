package dev.datagen.operator.dependent;

import dev.datagen.operator.crd.MockDatabase;
import java.util.LinkedHashMap;
import java.util.Map;

/** The labels on everything the operator creates; {@link #ROLE} tells its informers apart. */
public final class Labels {
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String OPERATOR = "datagen-operator";
    public static final String ROLE = "datagen.dev/role";
    public static final String MOCK_DATABASE = "datagen.dev/mockdatabase";
    public static final String SPEC_HASH_ANNOTATION = "datagen.dev/spec-hash";
    private static final int MAX_LABEL_VALUE = 63;

    private Labels() {
    }

    public static Map<String, String> of(MockDatabase resource, String role) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app.kubernetes.io/name", "datagen");
        labels.put("app.kubernetes.io/instance", labelValue(resource.getMetadata().getName()));
        labels.put(MANAGED_BY, OPERATOR);
        labels.put(MOCK_DATABASE, labelValue(resource.getMetadata().getName()));
        labels.put(ROLE, role);
        return labels;
    }

    /** Selects one role's objects, for an informer. */
    public static String selector(String role) {
        return MANAGED_BY + "=" + OPERATOR + "," + ROLE + "=" + role;
    }

    /** Object names may be 253 characters, label values 63. */
    private static String labelValue(String name) {
        return name.length() <= MAX_LABEL_VALUE ? name : name.substring(0, MAX_LABEL_VALUE).replaceAll("[^A-Za-z0-9]+$", "");
    }
}
