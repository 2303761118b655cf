package dev.datagen.operator.dependent;

import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;

/** What the datagen container runs and sees: arguments, environment and the volumes they name. */
public record ContainerCommand(List<String> args, List<EnvVar> env, List<EnvFromSource> envFrom,
        List<Volume> volumes, List<VolumeMount> volumeMounts) {
}
