package dev.datagen.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.reconciler.Constants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Operator, replacing quarkus-operator-sdk's default one, which (in 7.4) drops
 * {@code triggerReconcilerOnAllEvents} from the controller configuration — and
 * {@link MockDatabaseReconciler} needs it to see the deletion of resources that carry its finalizer.
 * Plain java-operator-sdk configuration read from the reconciler's annotation, on Quarkus'
 * Kubernetes client. A lazy bean: only {@code datagen operator} and the operator tests build it.
 */
@Singleton
public class OperatorProducer {
    private static final String BUILD_TIME_NAMESPACES = "QOSDK_USE_BUILDTIME_NAMESPACES";

    /**
     * The namespaces to watch, under the extension's own key (QUARKUS_OPERATOR_SDK_NAMESPACES, as deploy/ and the
     * chart set it): JOSDK_ALL_NAMESPACES, JOSDK_WATCH_CURRENT, or a list of names. Unset, the extension's
     * default QOSDK_USE_BUILDTIME_NAMESPACES stands for the build's setting, which is all namespaces.
     */
    @ConfigProperty(name = "quarkus.operator-sdk.namespaces", defaultValue = Constants.WATCH_ALL_NAMESPACES)
    List<String> namespaces;

    @Produces
    @ApplicationScoped
    Operator operator(KubernetesClient client, MockDatabaseReconciler reconciler) {
        return create(client, reconciler, new HashSet<>(namespaces));
    }

    /** The operator on {@code client}, watching {@code watched} (the constants' sets or namespace names); not started. */
    public static Operator create(KubernetesClient client, MockDatabaseReconciler reconciler, Set<String> watched) {
        Operator operator = new Operator(o -> o.withKubernetesClient(client)
                .withCloseClientOnStop(false)
                // merge patches, as the Quarkus build is configured (quarkus.operator-sdk.enable-ssa=false)
                .withUseSSAToPatchPrimaryResource(false)
                .withSSABasedCreateUpdateMatchForDependentResources(false));
        operator.register(reconciler, o -> {
            if (watched.equals(Constants.WATCH_CURRENT_NAMESPACE_SET)) {
                o.watchingOnlyCurrentNamespace();
            } else if (watched.equals(Constants.WATCH_ALL_NAMESPACE_SET) || watched.equals(Set.of(BUILD_TIME_NAMESPACES))) {
                o.watchingAllNamespaces();
            } else {
                o.settingNamespaces(watched);
            }
        });
        return operator;
    }
}
