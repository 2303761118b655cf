package dev.datagen.support;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;

/**
 * Plays the Job controller and kubelet, which the mock API server does not run: starts a Job's pod,
 * and finishes it with a termination message (the job runner's summary) and the Job's final condition.
 */
public final class FakeJobController {
    /** The finalizer the API server puts on an object deleted with Foreground propagation. */
    public static final String FOREGROUND_DELETION = "foregroundDeletion";

    private final KubernetesClient client;

    public FakeJobController(KubernetesClient client) {
        this.client = client;
    }

    /** The Job's pod is running. */
    public void start(Job job) {
        JobStatus status = new JobStatusBuilder().withActive(1).withStartTime(Instant.now().toString()).build();
        updateStatus(job, status);
    }

    /** The pod exited 0 leaving {@code terminationMessage}; the Job is Complete. */
    public void succeed(Job job, String terminationMessage) {
        finish(job, terminationMessage, 0, "Complete", null);
    }

    /** The pod exited {@code exitCode}; the Job is Failed (BackoffLimitExceeded). */
    public void fail(Job job, String terminationMessage, int exitCode) {
        finish(job, terminationMessage, exitCode, "Failed", "BackoffLimitExceeded");
    }

    /**
     * The Job's pods are still terminating: a Job deleted with Foreground propagation stays (with its
     * deletionTimestamp set) until they are gone. The mock API server has no garbage collector, so the
     * finalizer the real API server adds is put on beforehand.
     */
    public void holdDeletion(Job job) {
        jobs(job).edit(j -> {
            j.getMetadata().getFinalizers().add(FOREGROUND_DELETION);
            return j;
        });
    }

    /** The Job's pods are gone: a Job held by {@link #holdDeletion} is removed. */
    public void releaseDeletion(Job job) {
        client.pods().inNamespace(job.getMetadata().getNamespace()).withLabel("job-name", job.getMetadata().getName()).delete();
        jobs(job).edit(j -> {
            j.getMetadata().getFinalizers().remove(FOREGROUND_DELETION);
            return j;
        });
    }

    private io.fabric8.kubernetes.client.dsl.Resource<Job> jobs(Job job) {
        return client.batch().v1().jobs().inNamespace(job.getMetadata().getNamespace()).withName(job.getMetadata().getName());
    }

    private void finish(Job job, String terminationMessage, int exitCode, String condition, String reason) {
        String now = Instant.now().toString();
        Pod pod = new PodBuilder()
                .withNewMetadata()
                    .withName(job.getMetadata().getName() + "-x7k2p")
                    .withNamespace(job.getMetadata().getNamespace())
                    .addToLabels("job-name", job.getMetadata().getName())
                    .addToLabels("batch.kubernetes.io/job-name", job.getMetadata().getName())
                    .withCreationTimestamp(now)
                .endMetadata()
                .withSpec(job.getSpec().getTemplate().getSpec())
                .withNewStatus()
                    .withPhase(exitCode == 0 ? "Succeeded" : "Failed")
                    .withContainerStatuses(new ContainerStatusBuilder()
                            .withName(job.getSpec().getTemplate().getSpec().getContainers().get(0).getName())
                            .withNewState().withNewTerminated().withExitCode(exitCode).withMessage(terminationMessage)
                            .withFinishedAt(now).endTerminated().endState().build())
                .endStatus()
                .build();
        client.pods().inNamespace(job.getMetadata().getNamespace()).resource(pod).create();
        JobStatusBuilder status = new JobStatusBuilder().withStartTime(now).withActive(0)
                .addToConditions(new JobConditionBuilder().withType(condition).withStatus("True").withReason(reason)
                        .withMessage(reason == null ? null : "Job has reached the specified backoff limit")
                        .withLastTransitionTime(now).build());
        if (exitCode == 0) {
            status.withSucceeded(1).withCompletionTime(now);
        } else {
            status.withFailed(1);
        }
        updateStatus(job, status.build());
    }

    private void updateStatus(Job job, JobStatus status) {
        Job current = jobs(job).get();
        current.setStatus(status);
        client.batch().v1().jobs().inNamespace(job.getMetadata().getNamespace()).resource(current).updateStatus();
    }
}
