package dev.datagen.operator.dependent;

import dev.datagen.operator.OperatorConfig;
import dev.datagen.operator.SpecHash;
import dev.datagen.operator.crd.JobSettings;
import dev.datagen.operator.crd.MockDatabase;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Job running {@code datagen generate} for the spec as it is now, named
 * {@code <name>-<first 8 hex of the spec hash>} and annotated with the whole hash. A Job for an
 * older spec is deleted (with its pod) before the new one is created: see {@link #deleteStale}.
 */
public class GeneratorJobDependentResource extends OwnedJobDependentResource {
    public static final String ROLE = "generate";

    public GeneratorJobDependentResource(OperatorConfig config) {
        super(config, ROLE);
    }

    @Override
    public String jobName(MockDatabase resource) {
        return jobName(resource, SpecHash.of(resource.getSpec()));
    }

    /** The Job's name for a spec hash the caller already has. */
    public static String jobName(MockDatabase resource, String specHash) {
        return prefix(resource) + "-" + SpecHash.shortForm(specHash);
    }

    @Override
    public Job job(MockDatabase primary, boolean connectionHasUri) {
        JobSettings settings = Optional.ofNullable(primary.getSpec().getJob()).orElseGet(JobSettings::new);
        String specHash = SpecHash.of(primary.getSpec());
        return JobTemplate.build(primary, jobName(primary, specHash), ROLE,
                Map.of(Labels.SPEC_HASH_ANNOTATION, specHash),
                JobArgs.generate(primary, connectionHasUri), config,
                settings.getBackoffLimit() != null ? settings.getBackoffLimit() : config.backoffLimit(),
                settings.getActiveDeadlineSeconds() != null ? settings.getActiveDeadlineSeconds() : config.activeDeadlineSeconds());
    }

    /**
     * Deletes the Jobs of an older spec (their data is not what the spec asks for any more) in the
     * foreground; the new Job is created only once they are gone, so two pods never write to the
     * same destination at once.
     *
     * @return the names of the older Jobs still there
     */
    public List<String> deleteStale(MockDatabase primary, Context<MockDatabase> context) {
        String current = jobName(primary);
        return deleteInForeground(all(primary).stream().filter(job -> !job.getMetadata().getName().equals(current)).toList(), context);
    }
}
