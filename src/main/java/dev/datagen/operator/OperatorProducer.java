package dev.datagen.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The Operator, replacing quarkus-operator-sdk's default one, which (in 7.4) drops
 * {@code triggerReconcilerOnAllEvents} from the controller configuration — and
 * {@link MockDatabaseReconciler} needs it to see the deletion of resources that carry its finalizer.
 * Plain java-operator-sdk configuration read from the reconciler's annotation, on Quarkus'
 * Kubernetes client. A lazy bean: only {@code datagen operator} and the operator tests build it.
 */
@Singleton
public class OperatorProducer {
    @Produces
    @ApplicationScoped
    Operator operator(KubernetesClient client, MockDatabaseReconciler reconciler) {
        Operator operator = new Operator(o -> o.withKubernetesClient(client)
                .withCloseClientOnStop(false)
                // merge patches, as the Quarkus build is configured (quarkus.operator-sdk.enable-ssa=false)
                .withUseSSAToPatchPrimaryResource(false)
                .withSSABasedCreateUpdateMatchForDependentResources(false));
        operator.register(reconciler);
        return operator;
    }
}
