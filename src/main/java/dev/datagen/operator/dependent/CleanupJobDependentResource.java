package dev.datagen.operator.dependent;

import dev.datagen.operator.OperatorConfig;
import dev.datagen.operator.crd.MockDatabase;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.Map;

/**
 * The Job running {@code datagen remove} when a MockDatabase with {@code cleanupPolicy: Delete} is
 * deleted: same image, destination arguments and secrets as the generator Job.
 */
public class CleanupJobDependentResource extends OwnedJobDependentResource {
    public static final String ROLE = "cleanup";

    public CleanupJobDependentResource(OperatorConfig config) {
        super(config, ROLE);
    }

    @Override
    public String jobName(MockDatabase resource) {
        return prefix(resource) + "-cleanup";
    }

    @Override
    public Job job(MockDatabase primary, boolean connectionHasUri) {
        return JobTemplate.build(primary, jobName(primary), ROLE, Map.of(), JobArgs.remove(primary, connectionHasUri), config,
                config.cleanup().attempts() - 1, config.cleanup().activeDeadlineSeconds());
    }
}
