package dev.datagen.operator;

import dev.datagen.operator.crd.MockDatabase;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Kubernetes Events on a MockDatabase (what `kubectl describe mockdb` shows). Failing to record one never fails a reconcile. */
public final class EventRecorder {
    public static final String COMPONENT = "datagen-operator";
    private static final Logger LOG = Logger.getLogger(EventRecorder.class);
    private static final int MAX_MESSAGE = 1024;

    private final KubernetesClient client;

    public EventRecorder(KubernetesClient client) {
        this.client = client;
    }

    public void normal(MockDatabase resource, String reason, String message) {
        record(resource, "Normal", reason, message);
    }

    public void warning(MockDatabase resource, String reason, String message) {
        record(resource, "Warning", reason, message);
    }

    private void record(MockDatabase resource, String type, String reason, String message) {
        String now = Instant.now().toString();
        String text = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 1) + "…" : message;
        try {
            client.v1().events().inNamespace(resource.getMetadata().getNamespace()).resource(new EventBuilder()
                    .withNewMetadata()
                        .withName(resource.getMetadata().getName() + "." + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT))
                        .withNamespace(resource.getMetadata().getNamespace())
                    .endMetadata()
                    .withInvolvedObject(new ObjectReferenceBuilder()
                            .withApiVersion(resource.getApiVersion()).withKind(resource.getKind())
                            .withName(resource.getMetadata().getName()).withNamespace(resource.getMetadata().getNamespace())
                            .withUid(resource.getMetadata().getUid()).withResourceVersion(resource.getMetadata().getResourceVersion())
                            .build())
                    .withType(type).withReason(reason).withMessage(text)
                    .withFirstTimestamp(now).withLastTimestamp(now).withCount(1)
                    .withNewSource().withComponent(COMPONENT).endSource()
                    .withReportingComponent(COMPONENT)
                    .build()).create();
        } catch (KubernetesClientException e) {
            LOG.warnf("could not record event %s on %s/%s: %s", reason, resource.getMetadata().getNamespace(), resource.getMetadata().getName(), e.getMessage());
        }
    }
}
