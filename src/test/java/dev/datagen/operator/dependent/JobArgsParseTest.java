package dev.datagen.operator.dependent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.cli.GenerateCommand;
import dev.datagen.cli.RemoveCommand;
import dev.datagen.operator.crd.CleanupPolicy;
import dev.datagen.operator.crd.DumpFormat;
import dev.datagen.operator.crd.KeyReference;
import dev.datagen.operator.crd.MockDatabase;
import dev.datagen.operator.crd.MockDatabaseSpec;
import dev.datagen.operator.crd.ObjectStorageDestination;
import dev.datagen.operator.crd.PostgresDestination;
import dev.datagen.operator.crd.SchemaReference;
import dev.datagen.operator.crd.SecretReference;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** JobArgs' arguments, parsed by the real {@code generate} command: what the Job runs is what datagen understands. */
class JobArgsParseTest {
    @Test
    void objectStorageSpecBecomesGenerateOptions() {
        ContainerCommand command = JobArgs.generate(s3Resource(), false);
        ParseResult parsed = parseGenerate(command.args());

        assertThat(parsed.matchedOptionValue("--template", List.<String>of())).containsExactly("ecommerce", "saas");
        assertThat(parsed.matchedOptionValue("--seed", "")).isEqualTo("42");
        assertThat(parsed.matchedOptionValue("--rows", 0L)).isEqualTo(1000L);
        assertThat(parsed.matchedOptionValue("--scale", 0.0)).isEqualTo(0.5);
        assertThat(parsed.matchedOptionValue("--set", List.<String>of())).containsExactly("customers.rows=5000", "orders.rows=20000");
        assertThat(parsed.matchedOptionValue("-t", List.<String>of())).containsExactly("orders", "customers");
        assertThat(parsed.matchedOptionValue("--format", "")).isEqualTo("directory");
        assertThat(parsed.matchedOptionValue("--compress", "")).isEqualTo("lz4:3");
        assertThat(parsed.matchedOption("-o").originalStringValues()).containsExactly("s3://bucket/previews/shop.dump");
        assertThat(parsed.matchedOptionValue("--progress", "")).isEqualTo("plain");
        assertThat(parsed.matchedPositionals()).isEmpty();
        // credentials only through envFrom, never arguments
        assertThat(command.envFrom()).singleElement().satisfies(e -> assertThat(e.getSecretRef().getName()).isEqualTo("s3-creds"));
        assertThat(String.join(" ", command.args())).doesNotContain("s3-creds", "AWS_");
    }

    @Test
    void inlineSchemaIsTheMountedFileAndPostgresTargetComesFromTheEnvironment() {
        MockDatabase resource = resource("shop-preview");
        resource.getSpec().setSchema(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("version", "1.0"));
        resource.getSpec().setPostgres(postgres(true, true));
        ContainerCommand command = JobArgs.generate(resource, false);
        ParseResult parsed = parseGenerate(command.args());

        assertThat(parsed.matchedPositionalValue(0, "")).isEqualTo("/etc/datagen/schema/schema.json");
        assertThat(parsed.hasMatchedOption("--clean")).isTrue();
        assertThat(parsed.hasMatchedOption("--if-exists")).isTrue();
        assertThat(parsed.hasMatchedOption("--create")).isTrue();
        assertThat(parsed.hasMatchedOption("--target")).as("the URI stays out of the arguments").isFalse();
        assertThat(command.volumes()).singleElement().satisfies(v -> {
            assertThat(v.getConfigMap().getName()).isEqualTo("shop-preview-schema");
            assertThat(v.getConfigMap().getItems()).singleElement().satisfies(i -> assertThat(i.getKey()).isEqualTo("schema.json"));
        });
        assertThat(command.volumeMounts()).singleElement().satisfies(m -> {
            assertThat(m.getMountPath()).isEqualTo("/etc/datagen/schema/");
            assertThat(m.getReadOnly()).isTrue();
        });
        assertThat(env(command, "DATAGEN_TARGET").getValue()).isEqualTo("postgresql://");
        assertThat(env(command, "PGPASSWORD").getValueFrom().getSecretKeyRef().getKey()).isEqualTo("password");
        assertThat(env(command, "PGPORT").getValueFrom().getSecretKeyRef().getOptional()).isTrue();
        assertThat(command.env()).extracting(EnvVar::getName).containsExactly("DATAGEN_TARGET", "PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD");
    }

    @Test
    void connectionUriReachesTheContainerOnlyAsASecretReference() {
        MockDatabase resource = resource("cnpg");
        resource.getSpec().setSchemaRef(schemaRef());
        resource.getSpec().setPostgres(postgres(false, false));
        ContainerCommand command = JobArgs.generate(resource, true);
        ParseResult parsed = parseGenerate(command.args());

        assertThat(parsed.matchedPositionalValue(0, "")).isEqualTo("/etc/datagen/schema/shop.yaml");
        assertThat(command.env()).singleElement().satisfies(e -> {
            assertThat(e.getName()).isEqualTo("DATAGEN_TARGET");
            assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("shop-db-app");
            assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("uri");
        });
        assertThat(command.volumes()).singleElement().satisfies(v -> assertThat(v.getConfigMap().getName()).isEqualTo("shop-schema"));
    }

    @Test
    void removeUsesTheSameSchemaAndDestination() {
        MockDatabase resource = resource("cnpg");
        resource.getSpec().setSchemaRef(schemaRef());
        resource.getSpec().setPostgres(postgres(true, false));
        resource.getSpec().setCleanupPolicy(CleanupPolicy.Delete);
        ContainerCommand remove = JobArgs.remove(resource, true);
        assertThat(remove.args()).containsExactly("remove", "/etc/datagen/schema/shop.yaml", "--target-schema", "preview");
        assertThat(remove.env()).isEqualTo(JobArgs.generate(resource, true).env());

        ContainerCommand s3 = JobArgs.remove(s3Resource(), false);
        assertThat(s3.args()).containsExactly("remove", "-o", "s3://bucket/previews/shop.dump", "--s3-endpoint", "http://minio.minio:9000",
                "--s3-region", "eu-west-1", "--s3-ca-bundle", "/etc/datagen/s3-ca/ca.crt");
    }

    @Test
    void jobRunnerOptionsParse() {
        ParseResult s3 = parseGenerate(JobArgs.generate(s3Resource(), false).args());
        assertThat(s3.matchedOptionValue("--summary-file", (Object) null)).hasToString("/dev/termination-log");
        assertThat(s3.matchedOptionValue("--summary-format", (Object) null)).hasToString("json");
        assertThat(s3.matchedOptionValue("--s3-endpoint", (Object) null)).hasToString("http://minio.minio:9000");
        assertThat(s3.matchedOptionValue("--s3-region", (Object) null)).hasToString("eu-west-1");
        assertThat(s3.matchedOptionValue("--s3-ca-bundle", (Object) null)).hasToString("/etc/datagen/s3-ca/ca.crt");

        MockDatabase pg = resource("cnpg");
        pg.getSpec().setSchemaRef(schemaRef());
        pg.getSpec().setPostgres(postgres(false, false));
        assertThat(parseGenerate(JobArgs.generate(pg, true).args()).matchedOptionValue("--target-schema", (Object) null)).hasToString("preview");

        pg.getSpec().setCleanupPolicy(CleanupPolicy.Delete);
        ParseResult remove = parseRemove(JobArgs.remove(pg, true).args());
        assertThat(remove.matchedPositionals().get(0).originalStringValues()).containsExactly("/etc/datagen/schema/shop.yaml");
        assertThat(remove.matchedOptionValue("--target-schema", (Object) null)).hasToString("preview");
        ParseResult removeObject = parseRemove(JobArgs.remove(s3Resource(), false).args());
        assertThat(removeObject.matchedOptionValue("-o", "")).isEqualTo("s3://bucket/previews/shop.dump");
        assertThat(removeObject.matchedOptionValue("--s3-ca-bundle", (Object) null)).hasToString("/etc/datagen/s3-ca/ca.crt");
    }

    private static ParseResult parseRemove(List<String> args) {
        assertThat(args.get(0)).isEqualTo("remove");
        return new CommandLine(new RemoveCommand()).parseArgs(args.subList(1, args.size()).toArray(String[]::new));
    }

    private static ParseResult parseGenerate(List<String> args) {
        assertThat(args.get(0)).isEqualTo("generate");
        return new CommandLine(new GenerateCommand()).parseArgs(args.subList(1, args.size()).toArray(String[]::new));
    }

    private static EnvVar env(ContainerCommand command, String name) {
        return command.env().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    static MockDatabase resource(String name) {
        MockDatabase resource = new MockDatabase();
        resource.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("preview-42").build());
        resource.setSpec(new MockDatabaseSpec());
        return resource;
    }

    private static MockDatabase s3Resource() {
        MockDatabase resource = resource("shop-preview");
        MockDatabaseSpec spec = resource.getSpec();
        spec.setTemplates(List.of("ecommerce", "saas"));
        spec.setSeed("42");
        spec.setRows(1000L);
        spec.setScale("0.5");
        spec.setOverrides(Map.of("orders", 20000L, "customers", 5000L));
        spec.setTables(List.of("orders", "customers"));
        spec.setFormat(DumpFormat.directory);
        spec.setCompression("lz4:3");
        ObjectStorageDestination s3 = new ObjectStorageDestination();
        s3.setUrl("s3://bucket/previews/shop.dump");
        s3.setEndpoint("http://minio.minio:9000");
        s3.setRegion("eu-west-1");
        s3.setCredentialsSecretRef(new SecretReference("s3-creds"));
        s3.setCaSecretRef(new KeyReference("s3-ca", "ca.crt"));
        spec.setObjectStorage(s3);
        return resource;
    }

    private static SchemaReference schemaRef() {
        SchemaReference ref = new SchemaReference();
        ref.setConfigMapKeyRef(new KeyReference("shop-schema", "shop.yaml"));
        return ref;
    }

    private static PostgresDestination postgres(boolean clean, boolean create) {
        PostgresDestination pg = new PostgresDestination();
        pg.setConnectionSecretRef(new SecretReference(clean || create ? "shop-db" : "shop-db-app"));
        pg.setClean(clean);
        pg.setCreateDatabase(create);
        pg.setSchema("preview");
        return pg;
    }
}
