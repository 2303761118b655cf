package dev.datagen.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class PostgresDestination {
    @JsonPropertyDescription("Secret with the connection: key uri (postgresql://...), or keys host, port, dbname, user, password. "
            + "A CloudNativePG <cluster>-app Secret works as is.")
    @Required
    private SecretReference connectionSecretRef;

    @JsonPropertyDescription("Drop the objects the load creates before creating them (DROP ... IF EXISTS).")
    private Boolean clean;

    @JsonPropertyDescription("Create the database first (connecting to the postgres database); an existing database is an error.")
    private Boolean createDatabase;

    @JsonPropertyDescription("Load into this PostgreSQL schema instead of the schema's own.")
    @Pattern("^[A-Za-z_][A-Za-z0-9_$]{0,62}$")
    private String schema;

    public SecretReference getConnectionSecretRef() {
        return connectionSecretRef;
    }

    public void setConnectionSecretRef(SecretReference connectionSecretRef) {
        this.connectionSecretRef = connectionSecretRef;
    }

    public Boolean getClean() {
        return clean;
    }

    public void setClean(Boolean clean) {
        this.clean = clean;
    }

    public Boolean getCreateDatabase() {
        return createDatabase;
    }

    public void setCreateDatabase(Boolean createDatabase) {
        this.createDatabase = createDatabase;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }
}
