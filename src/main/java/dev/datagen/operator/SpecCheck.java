package dev.datagen.operator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datagen.operator.crd.KeyReference;
import dev.datagen.operator.crd.MockDatabase;
import dev.datagen.operator.crd.MockDatabaseSpec;
import dev.datagen.operator.crd.ObjectStorageDestination;
import dev.datagen.operator.crd.PostgresDestination;
import dev.datagen.operator.dependent.JobArgs;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SchemaException;
import dev.datagen.schema.SchemaReader;
import dev.datagen.schema.SchemaValidator;
import dev.datagen.schema.TemplateCatalog;
import dev.datagen.schema.TemplateResolver;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything about a spec that can be known before a Job runs: the shape rules the CRD's CEL rules
 * also state (for API servers that do not enforce them), template names, the inline schema (checked
 * by datagen's own validator), and the Secrets and ConfigMaps it names.
 */
public final class SpecCheck {
    /** Why a spec cannot run: a CamelCase condition reason and a message for people. */
    public record Problem(String reason, String message) {
    }

    /** A spec that can run, with what the Job needs to know about its connection Secret. */
    public record Outcome(Problem problem, boolean connectionHasUri) {
        public boolean valid() {
            return problem == null;
        }
    }

    public static final String INVALID_SPEC = "InvalidSpec";
    public static final String SECRET_NOT_FOUND = "SecretNotFound";
    public static final String CONFIG_MAP_NOT_FOUND = "ConfigMapNotFound";
    static final String TABLES_WITH_DELETE = "tables cannot be combined with cleanupPolicy: Delete and postgres: the cleanup runs "
            + "`datagen remove`, which drops every table of the schema, not only the selected ones (an application's own table "
            + "of the same name too); leave out tables, or use cleanupPolicy: Retain and drop the tables yourself";
    private static final int PROBLEMS_SHOWN = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesClient client;

    public SpecCheck(KubernetesClient client) {
        this.client = client;
    }

    public Outcome check(MockDatabase resource) {
        MockDatabaseSpec spec = resource.getSpec();
        if (spec == null) {
            return invalid(INVALID_SPEC, "spec is missing");
        }
        String shape = shapeProblem(spec);
        if (shape != null) {
            return invalid(INVALID_SPEC, shape);
        }
        String namespace = resource.getMetadata().getNamespace();
        if (spec.getSchemaRef() != null) {
            KeyReference ref = spec.getSchemaRef().getConfigMapKeyRef();
            ConfigMap cm = client.configMaps().inNamespace(namespace).withName(ref.getName()).get();
            if (cm == null) {
                return invalid(CONFIG_MAP_NOT_FOUND, "ConfigMap " + ref.getName() + " (spec.schemaRef) does not exist in namespace " + namespace);
            }
            if (!hasKey(cm.getData(), ref.getKey()) && !hasKey(cm.getBinaryData(), ref.getKey())) {
                return invalid(CONFIG_MAP_NOT_FOUND, "ConfigMap " + ref.getName() + " has no key " + ref.getKey() + " (spec.schemaRef)");
            }
        }
        if (spec.getObjectStorage() != null) {
            return objectStorage(namespace, spec.getObjectStorage());
        }
        return postgres(namespace, spec.getPostgres());
    }

    /** What the CEL rules say, plus what only datagen knows (templates, inline schema). */
    static String shapeProblem(MockDatabaseSpec spec) {
        boolean s3 = spec.getObjectStorage() != null;
        boolean pg = spec.getPostgres() != null;
        if (s3 == pg) {
            return "set exactly one destination: objectStorage or postgres (" + (s3 ? "both are set" : "neither is set") + ")";
        }
        boolean templates = spec.getTemplates() != null && !spec.getTemplates().isEmpty();
        long sources = Stream.of(spec.getSchema() != null, spec.getSchemaRef() != null, templates).filter(b -> b).count();
        if (sources != 1) {
            return "set exactly one schema source: schema, schemaRef or templates (" + (sources == 0 ? "none is set" : sources + " are set") + ")";
        }
        if (pg && (spec.getFormat() != null || spec.getCompression() != null)) {
            return "format and compression shape a dump file; leave them out with postgres";
        }
        if (pg && spec.deletesOnCleanup() && spec.getTables() != null && !spec.getTables().isEmpty()) {
            return TABLES_WITH_DELETE;
        }
        if (spec.getScale() != null && !(isPositiveDecimal(spec.getScale()))) {
            return "scale must be a decimal greater than 0, e.g. \"0.5\"; got \"" + spec.getScale() + "\"";
        }
        if (spec.getOverrides() != null) {
            for (Map.Entry<String, Long> e : spec.getOverrides().entrySet()) {
                if (e.getValue() == null || e.getValue() < 0) {
                    return "overrides." + e.getKey() + " must be 0 or more rows";
                }
            }
        }
        TemplateCatalog catalog = TemplateCatalog.builtIn();
        if (templates) {
            String unknown = templateProblem(spec.getTemplates(), catalog);
            if (unknown != null) {
                return unknown;
            }
        }
        try {
            return GenerateOptionsCheck.problem(spec, resolvedSchema(spec, catalog));
        } catch (SchemaException e) {
            return describe(e.problems());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "spec.schema cannot be read: " + e.getOriginalMessage();
        }
    }

    private static boolean isPositiveDecimal(String text) {
        try {
            return new BigDecimal(text.strip()).signum() > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String templateProblem(List<String> names, TemplateCatalog catalog) {
        for (String name : names) {
            if (!catalog.has(name)) {
                return "templates: " + catalog.unknownMessage(name);
            }
            if (names.indexOf(name) != names.lastIndexOf(name)) {
                return "templates: " + name + " is listed twice";
            }
        }
        return null;
    }

    /**
     * The inline schema through datagen's reader, template resolution and validator (as `datagen validate`
     * reads a file), or the templates mixed; null for a schemaRef, whose ConfigMap the Job reads.
     */
    private static Schema resolvedSchema(MockDatabaseSpec spec, TemplateCatalog catalog)
            throws SchemaException, com.fasterxml.jackson.core.JsonProcessingException {
        TemplateResolver resolver = new TemplateResolver(catalog);
        if (spec.getSchema() != null) {
            String name = "spec.schema";
            Schema schema = resolver.resolve(new SchemaReader().parse(JSON.writeValueAsString(spec.getSchema()), name), name);
            SchemaValidator.requireValid(schema, name);
            return schema;
        }
        return spec.getTemplates() != null && !spec.getTemplates().isEmpty() ? resolver.mix(spec.getTemplates()) : null;
    }

    private static String describe(List<dev.datagen.schema.Problem> problems) {
        String shown = problems.stream().limit(PROBLEMS_SHOWN).map(dev.datagen.schema.Problem::toString).collect(Collectors.joining("; "));
        String more = problems.size() > PROBLEMS_SHOWN ? "; and " + (problems.size() - PROBLEMS_SHOWN) + " more" : "";
        return "spec.schema is not a valid datagen schema (" + problems.size() + (problems.size() == 1 ? " problem): " : " problems): ") + shown + more;
    }

    private Outcome objectStorage(String namespace, ObjectStorageDestination s3) {
        if (s3.getCredentialsSecretRef() != null && secret(namespace, s3.getCredentialsSecretRef().getName()) == null) {
            return invalid(SECRET_NOT_FOUND, missingSecret(s3.getCredentialsSecretRef().getName(), "spec.objectStorage.credentialsSecretRef", namespace));
        }
        if (s3.getCaSecretRef() != null) {
            KeyReference ca = s3.getCaSecretRef();
            Secret secret = secret(namespace, ca.getName());
            if (secret == null) {
                return invalid(SECRET_NOT_FOUND, missingSecret(ca.getName(), "spec.objectStorage.caSecretRef", namespace));
            }
            if (!secretHasKey(secret, ca.getKey())) {
                return invalid(SECRET_NOT_FOUND, "Secret " + ca.getName() + " has no key " + ca.getKey() + " (spec.objectStorage.caSecretRef)");
            }
        }
        return new Outcome(null, false);
    }

    private Outcome postgres(String namespace, PostgresDestination pg) {
        String name = pg.getConnectionSecretRef().getName();
        Secret secret = secret(namespace, name);
        if (secret == null) {
            return invalid(SECRET_NOT_FOUND, missingSecret(name, "spec.postgres.connectionSecretRef", namespace));
        }
        if (secretHasKey(secret, "uri")) {
            return new Outcome(null, true);
        }
        List<String> missing = new ArrayList<>();
        for (String key : JobArgs.PG_VARIABLES.keySet()) {
            if (!key.equals("port") && !secretHasKey(secret, key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            return invalid(SECRET_NOT_FOUND, "Secret " + name + " (spec.postgres.connectionSecretRef) needs a key uri, or keys host, dbname, user "
                    + "and password (port optional); missing: " + String.join(", ", missing));
        }
        return new Outcome(null, false);
    }

    private Secret secret(String namespace, String name) {
        return client.secrets().inNamespace(namespace).withName(name).get();
    }

    private static String missingSecret(String name, String field, String namespace) {
        return "Secret " + name + " (" + field + ") does not exist in namespace " + namespace;
    }

    private static boolean hasKey(Map<String, String> data, String key) {
        return data != null && data.containsKey(key);
    }

    private static boolean secretHasKey(Secret secret, String key) {
        return hasKey(secret.getData(), key) || hasKey(secret.getStringData(), key);
    }

    private static Outcome invalid(String reason, String message) {
        return new Outcome(new Problem(reason, message), false);
    }
}
