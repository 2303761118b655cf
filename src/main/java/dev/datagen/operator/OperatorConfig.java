package dev.datagen.operator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The operator's settings (application.properties, or env such as DATAGEN_OPERATOR_JOB_IMAGE). */
@ConfigMapping(prefix = "datagen.operator")
public interface OperatorConfig {
    /** Image of the generation and cleanup Jobs when a MockDatabase names none. */
    @WithDefault("ghcr.io/datagen/datagen:${quarkus.application.version}")
    String jobImage();

    /** Image pull policy of the Jobs' container. */
    @WithDefault("IfNotPresent")
    String jobImagePullPolicy();

    /** Retries of a failed generation Job (spec.job.backoffLimit overrides it). */
    @WithDefault("0")
    int backoffLimit();

    /** How long a generation Job may run, in seconds (spec.job.activeDeadlineSeconds overrides it). */
    @WithDefault("3600")
    long activeDeadlineSeconds();

    /** Seconds a finished Job and its pod are kept for `kubectl logs`; unset keeps them (status is the record either way). */
    Optional<Integer> ttlSecondsAfterFinished();

    /** Resources of the datagen container when spec.job.resources is unset. */
    Resources resources();

    /** The cleanup Job that `cleanupPolicy: Delete` runs before a MockDatabase is deleted. */
    Cleanup cleanup();

    interface Resources {
        @WithDefault("500m")
        String cpuRequest();

        @WithDefault("384Mi")
        String memoryRequest();

        /** Unset: no CPU limit (generation is CPU-bound and short; throttling only slows it). */
        Optional<String> cpuLimit();

        /** The datagen launcher keeps the heap at 256 MB whatever the row count. */
        @WithDefault("512Mi")
        String memoryLimit();
    }

    interface Cleanup {
        /** Attempts of `datagen remove` (Job backoffLimit + 1) before the finalizer is removed anyway. */
        @WithDefault("3")
        int attempts();

        /** How long the cleanup Job may run, in seconds. */
        @WithDefault("600")
        long activeDeadlineSeconds();
    }
}
