package dev.datagen.operator.dependent;

import dev.datagen.operator.OperatorConfig;
import dev.datagen.operator.crd.JobSettings;
import dev.datagen.operator.crd.MockDatabase;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pod every datagen Job runs: one non-root container with a read-only root filesystem and a
 * writable /tmp, never restarted in place, its summary as the termination message.
 */
final class JobTemplate {
    private static final long NON_ROOT_USER = 1001;

    private JobTemplate() {
    }

    /**
     * @param backoffLimit          retries (the spec's, else the caller's default)
     * @param activeDeadlineSeconds deadline (the spec's, else the caller's default)
     */
    static Job build(MockDatabase resource, String name, String role, Map<String, String> annotations, ContainerCommand command,
            OperatorConfig config, int backoffLimit, long activeDeadlineSeconds) {
        JobSettings settings = Optional.ofNullable(resource.getSpec().getJob()).orElseGet(JobSettings::new);
        Map<String, String> labels = Labels.of(resource, role);
        Map<String, String> podLabels = new LinkedHashMap<>(Optional.ofNullable(settings.getPodLabels()).orElse(Map.of()));
        podLabels.putAll(labels);
        List<io.fabric8.kubernetes.api.model.Volume> volumes = new ArrayList<>(command.volumes());
        volumes.add(new VolumeBuilder().withName("tmp").withNewEmptyDir().endEmptyDir().build());
        List<io.fabric8.kubernetes.api.model.VolumeMount> mounts = new ArrayList<>(command.volumeMounts());
        mounts.add(new VolumeMountBuilder().withName("tmp").withMountPath("/tmp").build());

        return new JobBuilder()
                .withNewMetadata()
                    .withName(name)
                    .withNamespace(resource.getMetadata().getNamespace())
                    .withLabels(labels)
                    .withAnnotations(annotations)
                .endMetadata()
                .withNewSpec()
                    .withBackoffLimit(backoffLimit)
                    .withActiveDeadlineSeconds(activeDeadlineSeconds)
                    .withTtlSecondsAfterFinished(config.ttlSecondsAfterFinished().orElse(null))
                    .withNewTemplate()
                        .withNewMetadata().withLabels(podLabels).endMetadata()
                        .withNewSpec()
                            .withRestartPolicy("Never")
                            .withServiceAccountName(settings.getServiceAccountName())
                            .withAutomountServiceAccountToken(settings.getServiceAccountName() != null ? null : Boolean.FALSE)
                            .withNodeSelector(settings.getNodeSelector())
                            .withTolerations(settings.getTolerations())
                            .withNewSecurityContext()
                                .withRunAsNonRoot(true)
                                .withRunAsUser(NON_ROOT_USER)
                                .withRunAsGroup(NON_ROOT_USER)
                                .withFsGroup(NON_ROOT_USER)
                                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
                            .endSecurityContext()
                            .addNewContainer()
                                .withName(JobArgs.CONTAINER)
                                .withImage(settings.getImage() != null ? settings.getImage() : config.jobImage())
                                .withImagePullPolicy(config.jobImagePullPolicy())
                                .withArgs(command.args())
                                .withEnv(command.env())
                                .withEnvFrom(command.envFrom())
                                .withVolumeMounts(mounts)
                                .withResources(settings.getResources() != null ? settings.getResources() : defaultResources(config))
                                .withTerminationMessagePath(JobArgs.TERMINATION_LOG)
                                .withTerminationMessagePolicy("FallbackToLogsOnError")
                                .withNewSecurityContext()
                                    .withAllowPrivilegeEscalation(false)
                                    .withReadOnlyRootFilesystem(true)
                                    .withNewCapabilities().withDrop("ALL").endCapabilities()
                                .endSecurityContext()
                            .endContainer()
                            .withVolumes(volumes)
                        .endSpec()
                    .endTemplate()
                .endSpec()
                .build();
    }

    private static ResourceRequirements defaultResources(OperatorConfig config) {
        OperatorConfig.Resources r = config.resources();
        ResourceRequirementsBuilder b = new ResourceRequirementsBuilder()
                .addToRequests("cpu", new Quantity(r.cpuRequest()))
                .addToRequests("memory", new Quantity(r.memoryRequest()))
                .addToLimits("memory", new Quantity(r.memoryLimit()));
        r.cpuLimit().ifPresent(cpu -> b.addToLimits("cpu", new Quantity(cpu)));
        return b.build();
    }
}
