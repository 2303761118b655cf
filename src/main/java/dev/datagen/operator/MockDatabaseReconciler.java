package dev.datagen.operator;

import dev.datagen.operator.crd.MockDatabase;
import dev.datagen.operator.crd.MockDatabaseStatus;
import dev.datagen.operator.crd.Phase;
import dev.datagen.operator.dependent.CleanupJobDependentResource;
import dev.datagen.operator.dependent.GeneratorJobDependentResource;
import dev.datagen.operator.dependent.SchemaConfigMapDependentResource;
import dev.datagen.operator.status.MockDatabaseStatusAggregator;
import dev.datagen.operator.status.TerminationMessages;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceUtils;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.dependent.workflow.Workflow;
import io.javaoperatorsdk.operator.processing.dependent.workflow.WorkflowBuilder;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * MockDatabase → (schema ConfigMap) → generator Job → status. Thin: the dependents shape the
 * objects, {@link SpecCheck} decides whether a Job may run, the aggregator writes the status.
 * Reconciles on every event (also deletion) because only {@code cleanupPolicy: Delete} resources
 * carry the finalizer.
 */
@ControllerConfiguration(name = "mockdatabase", triggerReconcilerOnAllEvents = true)
public class MockDatabaseReconciler implements Reconciler<MockDatabase> {
    /** A missing Secret or ConfigMap is not watched: look again after this long. */
    static final Duration RECHECK_MISSING = Duration.ofSeconds(30);
    /** A Job being deleted in the foreground: look again after this long if no event came first. */
    static final Duration RECHECK_DELETION = Duration.ofSeconds(5);

    private final SchemaConfigMapDependentResource schemaConfigMap = new SchemaConfigMapDependentResource();
    private final GeneratorJobDependentResource generatorJob;
    private final CleanupJobDependentResource cleanupJob;
    private final Workflow<MockDatabase> workflow;

    public MockDatabaseReconciler(OperatorConfig config) {
        this.generatorJob = new GeneratorJobDependentResource(config);
        this.cleanupJob = new CleanupJobDependentResource(config);
        this.workflow = new WorkflowBuilder<MockDatabase>()
                .addDependentResourceAndConfigure(schemaConfigMap)
                .withReconcilePrecondition((dr, primary, context) -> ((MockDatabase) primary).getSpec().getSchema() != null)
                // not dependsOn: a parent whose precondition fails (no inline schema) would hold the Job back;
                // a pod waits for its ConfigMap volume anyway
                .addDependentResource(generatorJob)
                .build();
    }

    @Override
    public List<EventSource<?, MockDatabase>> prepareEventSources(EventSourceContext<MockDatabase> context) {
        return EventSourceUtils.dependentEventSources(context, schemaConfigMap, generatorJob, cleanupJob);
    }

    @Override
    public UpdateControl<MockDatabase> reconcile(MockDatabase resource, Context<MockDatabase> context) {
        if (context.isPrimaryResourceDeleted()) {
            return UpdateControl.noUpdate(); // owner references take the Jobs, pods and ConfigMap
        }
        EventRecorder events = new EventRecorder(context.getClient());
        if (resource.isMarkedForDeletion()) {
            return new Cleanup(cleanupJob, generatorJob, events).onDeletion(resource, context);
        }
        Cleanup.keepFinalizerInStep(resource, context);

        String specHash = SpecHash.of(resource.getSpec());
        MockDatabaseStatus previous = resource.getStatus();
        var aggregator = new MockDatabaseStatusAggregator(previous, resource.getMetadata().getGeneration(), Instant.now());
        MockDatabaseStatus status;
        Duration recheck = null;
        if (aggregator.finishedFor(specHash)) {
            // a Job ran for this spec: its status is the record, whether the Job or a referenced Secret is still there or not
            status = aggregator.unchanged();
        } else {
            SpecCheck.Outcome check = new SpecCheck(context.getClient()).check(resource);
            if (!check.valid()) {
                status = aggregator.invalid(check.problem(), specHash);
                boolean missingReference = !Objects.equals(check.problem().reason(), SpecCheck.INVALID_SPEC);
                recheck = missingReference ? RECHECK_MISSING : null;
            } else {
                List<String> oldJobs = generatorJob.deleteStale(resource, context);
                if (!oldJobs.isEmpty()) {
                    status = aggregator.waitingFor(specHash, oldJobs);
                    recheck = RECHECK_DELETION; // their deletion is an event too; this is the safety net
                } else {
                    context.managedWorkflowAndDependentResourceContext().put(SpecCheck.Outcome.class, check);
                    workflow.reconcile(resource, context).throwAggregateExceptionIfErrorsPresent();
                    Job job = generatorJob.current(resource).orElse(null);
                    status = aggregator.forJob(specHash, GeneratorJobDependentResource.jobName(resource, specHash), job,
                            () -> new TerminationMessages(context.getClient()).of(job));
                }
            }
        }
        StatusEvents.record(events, resource, previous, status);

        UpdateControl<MockDatabase> control;
        if (status.equals(previous)) {
            control = UpdateControl.noUpdate();
        } else {
            resource.setStatus(status);
            control = UpdateControl.patchStatus(resource);
        }
        return recheck != null ? control.rescheduleAfter(recheck) : control;
    }

    /** Events on the transitions people care about: started, succeeded, failed, invalid. */
    static final class StatusEvents {
        private StatusEvents() {
        }

        static void record(EventRecorder events, MockDatabase resource, MockDatabaseStatus previous, MockDatabaseStatus now) {
            boolean sameRun = previous != null && Objects.equals(previous.getSpecHash(), now.getSpecHash())
                    && Objects.equals(previous.getJobName(), now.getJobName());
            Phase before = sameRun ? previous.getPhase() : null;
            if (now.getPhase() == before && sameRun && Objects.equals(previous.getMessage(), now.getMessage())) {
                return;
            }
            if (now.getJobName() == null && now.getPhase() == Phase.Failed) {
                events.warning(resource, reasonOf(now), now.getMessage());
            } else if (now.getPhase() == Phase.Failed) {
                events.warning(resource, MockDatabaseStatusAggregator.JOB_FAILED, now.getMessage());
            } else if (now.getPhase() == Phase.Succeeded) {
                events.normal(resource, MockDatabaseStatusAggregator.SUCCEEDED, now.getMessage());
            } else if (before == null && now.getJobName() != null) {
                events.normal(resource, "Started", "Created Job " + now.getJobName() + " to generate the data");
            }
        }

        private static String reasonOf(MockDatabaseStatus status) {
            return status.getConditions().stream().filter(c -> MockDatabaseStatusAggregator.READY.equals(c.getType()))
                    .map(io.fabric8.kubernetes.api.model.Condition::getReason).findFirst().orElse(SpecCheck.INVALID_SPEC);
        }
    }
}
