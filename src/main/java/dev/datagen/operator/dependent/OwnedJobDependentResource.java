package dev.datagen.operator.dependent;

import dev.datagen.operator.OperatorConfig;
import dev.datagen.operator.SpecCheck;
import dev.datagen.operator.crd.MockDatabase;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.javaoperatorsdk.operator.api.config.informer.InformerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.dependent.GarbageCollected;
import io.javaoperatorsdk.operator.processing.dependent.Creator;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResource;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependentResourceConfigBuilder;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Job the MockDatabase owns: created once and never updated (a Job's pod template is immutable,
 * and a finished Job is a record), found through its own label-selected informer.
 */
abstract class OwnedJobDependentResource extends KubernetesDependentResource<Job, MockDatabase>
        implements Creator<Job, MockDatabase>, GarbageCollected<MockDatabase> {
    /** Room for "-" and an 8-digit suffix within the 63 characters a Job name (a label value on its pods) may have. */
    static final int MAX_PREFIX = 54;

    protected final OperatorConfig config;

    OwnedJobDependentResource(OperatorConfig config, String role) {
        super(Job.class, role + "-job");
        this.config = config;
        configureWith(new KubernetesDependentResourceConfigBuilder<Job>()
                .withKubernetesDependentInformerConfig(InformerConfiguration.builder(Job.class).withLabelSelector(Labels.selector(role)).build())
                .build());
    }

    /** The name of the Job for the resource as it is now. */
    public abstract String jobName(MockDatabase resource);

    /**
     * The Job for the resource as it is now, exactly as it is created.
     *
     * @param connectionHasUri what {@link SpecCheck} learned about the postgres connection Secret
     */
    public abstract Job job(MockDatabase resource, boolean connectionHasUri);

    @Override
    protected Job desired(MockDatabase primary, Context<MockDatabase> context) {
        return job(primary, connectionHasUri(context));
    }

    /** The Job for the resource as it is now, if it exists. */
    public Optional<Job> current(MockDatabase resource) {
        return getSecondaryResource(resource, null);
    }

    /** Every Job of this role the resource owns, current or stale. */
    public Set<Job> all(MockDatabase resource) {
        return eventSource().map(es -> es.getSecondaryResources(resource)).orElse(Set.of());
    }

    /**
     * Deletes {@code jobs} with Foreground propagation: the API server removes a Job only after its pods
     * are gone, so while a Job is still listed its pod may still be writing. A Job already being deleted is
     * not asked again.
     *
     * @return the names of the Jobs that still exist, which the caller waits for
     */
    protected static List<String> deleteInForeground(Collection<Job> jobs, Context<MockDatabase> context) {
        jobs.stream().filter(job -> job.getMetadata().getDeletionTimestamp() == null).forEach(job ->
                context.getClient().resource(job).withPropagationPolicy(DeletionPropagation.FOREGROUND).delete());
        return jobs.stream().map(job -> job.getMetadata().getName()).sorted().toList();
    }

    /** Every Job of this role, deleted in the foreground; the names of those still there. */
    public List<String> deleteAll(MockDatabase resource, Context<MockDatabase> context) {
        return deleteInForeground(all(resource), context);
    }

    // Two informers watch Jobs (one per role): read this role's own cache, not "the" Job event source.
    @Override
    public Optional<Job> getSecondaryResource(MockDatabase primary, Context<MockDatabase> context) {
        Set<Job> jobs = all(primary);
        return jobs.isEmpty() ? Optional.empty() : selectTargetSecondaryResource(jobs, primary, context);
    }

    @Override
    protected ResourceID targetSecondaryResourceID(MockDatabase primary, Context<MockDatabase> context) {
        return new ResourceID(jobName(primary), primary.getMetadata().getNamespace());
    }

    /** What the spec check learned about the connection Secret, put in the context by the reconciler. */
    private static boolean connectionHasUri(Context<MockDatabase> context) {
        return context.managedWorkflowAndDependentResourceContext().get(SpecCheck.Outcome.class, SpecCheck.Outcome.class)
                .map(SpecCheck.Outcome::connectionHasUri).orElse(false);
    }

    static String prefix(MockDatabase resource) {
        String name = resource.getMetadata().getName();
        return name.length() <= MAX_PREFIX ? name : name.substring(0, MAX_PREFIX).replaceAll("[^a-z0-9]+$", "");
    }
}
