package dev.datagen.operator.crd;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A database full of generated data for a namespace: datagen runs as a Job and either loads a
 * PostgreSQL database or uploads a dump to object storage.
 */
@Group(MockDatabase.GROUP)
@Version(MockDatabase.VERSION)
@ShortNames("mockdb")
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Rows", jsonPath = ".status.result.totalRows", type = AdditionalPrinterColumn.Type.INTEGER)
@AdditionalPrinterColumn(name = "Size", jsonPath = ".status.result.size", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Age", jsonPath = ".metadata.creationTimestamp", type = AdditionalPrinterColumn.Type.DATE)
public class MockDatabase extends CustomResource<MockDatabaseSpec, MockDatabaseStatus> implements Namespaced {
    public static final String GROUP = "datagen.dev";
    public static final String VERSION = "v1alpha1";
}
