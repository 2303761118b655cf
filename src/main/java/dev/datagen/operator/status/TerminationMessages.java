package dev.datagen.operator.status;

import dev.datagen.operator.dependent.JobArgs;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** Reads the termination message of a Job's newest pod (its summary, or its last log lines on error). */
public final class TerminationMessages {
    private final KubernetesClient client;

    public TerminationMessages(KubernetesClient client) {
        this.client = client;
    }

    public Optional<String> of(Job job) {
        return client.pods().inNamespace(job.getMetadata().getNamespace()).withLabel("job-name", job.getMetadata().getName())
                .list().getItems().stream()
                .max(Comparator.comparing((Pod p) -> Objects.toString(p.getMetadata().getCreationTimestamp(), "")))
                .flatMap(pod -> terminated(pod, JobArgs.CONTAINER))
                .map(ContainerStateTerminated::getMessage)
                .filter(m -> !m.isBlank());
    }

    private static Optional<ContainerStateTerminated> terminated(Pod pod, String container) {
        if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return Optional.empty();
        }
        return pod.getStatus().getContainerStatuses().stream().filter(cs -> container.equals(cs.getName())).findFirst()
                .map(ContainerStatus::getState).map(s -> s.getTerminated()).filter(t -> t.getMessage() != null);
    }
}
