package dev.datagen.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;
import java.util.Map;

/** What to generate and where to put it. Field names are the contract of the MockDatabase kind. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "has(self.objectStorage) != has(self.postgres)",
        message = "set exactly one destination: objectStorage or postgres")
@ValidationRule(value = "[has(self.schema), has(self.schemaRef), has(self.templates) && size(self.templates) > 0].filter(x, x).size() == 1",
        message = "set exactly one schema source: schema, schemaRef or templates")
@ValidationRule(value = "!has(self.postgres) || (!has(self.format) && !has(self.compression))",
        message = "format and compression shape a dump file; leave them out with postgres")
@ValidationRule(value = "!has(self.postgres) || !has(self.tables) || size(self.tables) == 0 || !has(self.cleanupPolicy) || self.cleanupPolicy != 'Delete'",
        message = "tables cannot be combined with cleanupPolicy: Delete and postgres: the cleanup's `datagen remove` drops every table "
                + "of the schema, not only the selected ones; leave out tables or use cleanupPolicy: Retain")
public class MockDatabaseSpec {
    @JsonPropertyDescription("Inline schema in datagen's JSON format (tables, columns, foreign keys, ...), written as YAML or JSON. "
            + "One of schema, schemaRef or templates.")
    @PreserveUnknownFields
    private JsonNode schema;

    @JsonPropertyDescription("Schema file in a ConfigMap key (JSON, or YAML when the key ends in .yaml/.yml). One of schema, schemaRef or templates.")
    private SchemaReference schemaRef;

    @JsonPropertyDescription("Built-in templates to generate (datagen template list), mixed when more than one. One of schema, schemaRef or templates.")
    private List<String> templates;

    @JsonPropertyDescription("Seed for reproducible data: a number or any text. Default: the schema's seed, else random.")
    private String seed;

    @JsonPropertyDescription("Rows for tables whose schema gives no row_count.")
    @Min(0)
    private Long rows;

    @JsonPropertyDescription("Multiply every row count by this decimal (a string, e.g. \"0.5\" or \"10\").")
    @Pattern("^[0-9]+(\\.[0-9]+)?$")
    private String scale;

    @JsonPropertyDescription("Row counts per table, applied after scale: {customers: 5000}.")
    private Map<String, Long> overrides;

    @JsonPropertyDescription("Only these tables (pg_dump -t patterns; * and ? wildcards).")
    private List<String> tables;

    @JsonPropertyDescription("Dump format for objectStorage: custom (default), directory, tar or plain.")
    private DumpFormat format;

    @JsonPropertyDescription("Dump compression for objectStorage, as pg_dump's -Z: 0-9, none, gzip[:1-9], lz4[:1-12] or zstd[:LEVEL].")
    @Pattern("^(none|[0-9]|(gzip|lz4|zstd)(:[0-9]{1,2})?)$")
    private String compression;

    @JsonPropertyDescription("What happens to the generated data when the MockDatabase is deleted: Retain (default) keeps it; "
            + "Delete runs `datagen remove` (drops the loaded tables or deletes the uploaded dump) before the resource goes.")
    private CleanupPolicy cleanupPolicy;

    @JsonPropertyDescription("Upload the dump to S3-compatible object storage. One of objectStorage or postgres.")
    private ObjectStorageDestination objectStorage;

    @JsonPropertyDescription("Load the data straight into a live PostgreSQL database. One of objectStorage or postgres.")
    private PostgresDestination postgres;

    @JsonPropertyDescription("Settings of the Job that runs datagen; unset fields take the operator's defaults.")
    private JobSettings job;

    public JsonNode getSchema() {
        return schema;
    }

    public void setSchema(JsonNode schema) {
        this.schema = schema;
    }

    public SchemaReference getSchemaRef() {
        return schemaRef;
    }

    public void setSchemaRef(SchemaReference schemaRef) {
        this.schemaRef = schemaRef;
    }

    public List<String> getTemplates() {
        return templates;
    }

    public void setTemplates(List<String> templates) {
        this.templates = templates;
    }

    public String getSeed() {
        return seed;
    }

    public void setSeed(String seed) {
        this.seed = seed;
    }

    public Long getRows() {
        return rows;
    }

    public void setRows(Long rows) {
        this.rows = rows;
    }

    public String getScale() {
        return scale;
    }

    public void setScale(String scale) {
        this.scale = scale;
    }

    public Map<String, Long> getOverrides() {
        return overrides;
    }

    public void setOverrides(Map<String, Long> overrides) {
        this.overrides = overrides;
    }

    public List<String> getTables() {
        return tables;
    }

    public void setTables(List<String> tables) {
        this.tables = tables;
    }

    public DumpFormat getFormat() {
        return format;
    }

    public void setFormat(DumpFormat format) {
        this.format = format;
    }

    public String getCompression() {
        return compression;
    }

    public void setCompression(String compression) {
        this.compression = compression;
    }

    public CleanupPolicy getCleanupPolicy() {
        return cleanupPolicy;
    }

    public void setCleanupPolicy(CleanupPolicy cleanupPolicy) {
        this.cleanupPolicy = cleanupPolicy;
    }

    public ObjectStorageDestination getObjectStorage() {
        return objectStorage;
    }

    public void setObjectStorage(ObjectStorageDestination objectStorage) {
        this.objectStorage = objectStorage;
    }

    public PostgresDestination getPostgres() {
        return postgres;
    }

    public void setPostgres(PostgresDestination postgres) {
        this.postgres = postgres;
    }

    public JobSettings getJob() {
        return job;
    }

    public void setJob(JobSettings job) {
        this.job = job;
    }

    /** Delete unless Retain or unset. */
    public boolean deletesOnCleanup() {
        return cleanupPolicy == CleanupPolicy.Delete;
    }
}
