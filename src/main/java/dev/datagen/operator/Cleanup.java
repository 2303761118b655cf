package dev.datagen.operator;

import dev.datagen.operator.crd.MockDatabase;
import dev.datagen.operator.dependent.CleanupJobDependentResource;
import dev.datagen.operator.dependent.GeneratorJobDependentResource;
import dev.datagen.operator.status.JobSummary;
import dev.datagen.operator.status.MockDatabaseStatusAggregator;
import dev.datagen.operator.status.TerminationMessages;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.PrimaryUpdateAndCacheUtils;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.util.Optional;

/**
 * {@code cleanupPolicy: Delete}: the finalizer {@value #FINALIZER} holds a deleted MockDatabase
 * until a cleanup Job has run {@code datagen remove}. Cleanup is best effort: when the Job fails
 * after its attempts (datagen.operator.cleanup.attempts), or cannot even be created (a Secret is
 * gone, the namespace is terminating), a Warning event says what was left behind and the finalizer
 * is removed anyway — a stuck finalizer would block the namespace's deletion, the common case for
 * preview environments.
 */
final class Cleanup {
    static final String FINALIZER = "datagen.dev/cleanup";

    private final CleanupJobDependentResource cleanupJob;
    private final GeneratorJobDependentResource generatorJob;
    private final EventRecorder events;

    Cleanup(CleanupJobDependentResource cleanupJob, GeneratorJobDependentResource generatorJob, EventRecorder events) {
        this.cleanupJob = cleanupJob;
        this.generatorJob = generatorJob;
        this.events = events;
    }

    /** The finalizer is there exactly while the policy is Delete. */
    static void keepFinalizerInStep(MockDatabase resource, Context<MockDatabase> context) {
        boolean wanted = resource.getSpec() != null && resource.getSpec().deletesOnCleanup();
        if (wanted && !resource.hasFinalizer(FINALIZER)) {
            PrimaryUpdateAndCacheUtils.addFinalizer(context, FINALIZER);
        } else if (!wanted && resource.hasFinalizer(FINALIZER)) {
            PrimaryUpdateAndCacheUtils.removeFinalizer(context, FINALIZER);
        }
    }

    UpdateControl<MockDatabase> onDeletion(MockDatabase resource, Context<MockDatabase> context) {
        if (!resource.hasFinalizer(FINALIZER)) {
            return UpdateControl.noUpdate(); // Retain: owner references take the rest
        }
        if (!resource.getSpec().deletesOnCleanup()) {
            PrimaryUpdateAndCacheUtils.removeFinalizer(context, FINALIZER);
            return UpdateControl.noUpdate();
        }
        SpecCheck.Outcome check = new SpecCheck(context.getClient()).check(resource);
        if (!check.valid()) {
            leftBehind(resource, context, "cannot run the cleanup Job: " + check.problem().message());
            return UpdateControl.noUpdate();
        }
        Optional<Job> job = cleanupJob.current(resource);
        if (job.isEmpty()) {
            // a generation still running would race the removal: its Jobs go first, pods and all
            if (!generatorJob.deleteAll(resource, context).isEmpty()) {
                return UpdateControl.<MockDatabase>noUpdate().rescheduleAfter(MockDatabaseReconciler.RECHECK_DELETION);
            }
            start(resource, context, check);
        } else if (MockDatabaseStatusAggregator.jobCondition(job.get().getStatus(), "Complete")) {
            events.normal(resource, "CleanupSucceeded", "Job " + job.get().getMetadata().getName() + " removed the generated data");
            PrimaryUpdateAndCacheUtils.removeFinalizer(context, FINALIZER);
        } else if (MockDatabaseStatusAggregator.jobCondition(job.get().getStatus(), "Failed")) {
            String why = new TerminationMessages(context.getClient()).of(job.get())
                    .map(m -> JobSummary.parse(m).map(JobSummary::error).orElse(m.strip())).orElse("no message");
            leftBehind(resource, context, "Job " + job.get().getMetadata().getName() + " failed: " + why);
        }
        // else: running; its Job events bring us back
        return UpdateControl.noUpdate();
    }

    private void start(MockDatabase resource, Context<MockDatabase> context, SpecCheck.Outcome check) {
        context.managedWorkflowAndDependentResourceContext().put(SpecCheck.Outcome.class, check);
        try {
            cleanupJob.reconcile(resource, context);
            events.normal(resource, "CleanupStarted", "Created Job " + cleanupJob.jobName(resource) + " to remove the generated data");
        } catch (KubernetesClientException e) {
            leftBehind(resource, context, "cannot create the cleanup Job: " + e.getMessage());
        }
    }

    private void leftBehind(MockDatabase resource, Context<MockDatabase> context, String why) {
        events.warning(resource, "CleanupFailed", "The generated data may be left behind (" + why + "); removing the finalizer anyway");
        PrimaryUpdateAndCacheUtils.removeFinalizer(context, FINALIZER);
    }
}
