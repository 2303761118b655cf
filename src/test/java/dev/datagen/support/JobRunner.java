package dev.datagen.support;

import dev.datagen.cli.PlainLaunch;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Plays the kubelet for a Job's pod on this machine, with the datagen process in place of the
 * container image: the container's {@code env} (values and {@code secretKeyRef}s, honouring
 * {@code optional}) and {@code envFrom} Secrets become the process's whole environment; ConfigMap,
 * Secret and emptyDir volumes are materialized under a temporary directory; the termination message
 * path becomes a file there. Mount paths do not exist here, so arguments that start with one (and the
 * termination message path) are rewritten to the materialized files — every other argument is passed
 * as the Job has it. What the API server would refuse to start (a missing required Secret or key, a
 * volume kind not played here) fails loudly instead.
 */
public final class JobRunner {
    private static final long TIMEOUT_MINUTES = 10;

    /** What the pod left: exit code, standard error (its log), termination message, and the arguments it really ran. */
    public record Run(int exitCode, String stderr, String terminationMessage, List<String> jobArgs, List<String> args,
            Map<String, String> rewrittenArgs) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    private final Path root;
    private final Map<String, Secret> secrets = new LinkedHashMap<>();
    private final Map<String, ConfigMap> configMaps = new LinkedHashMap<>();

    /**
     * @param root    where pods get their volumes and termination message files
     * @param objects the namespace's Secrets and ConfigMaps (other kinds are ignored)
     */
    public JobRunner(Path root, Collection<? extends HasMetadata> objects) {
        this.root = root;
        objects.forEach(this::add);
    }

    /** Adds or replaces a Secret or ConfigMap (e.g. the operator's own schema ConfigMap). */
    public void add(HasMetadata object) {
        if (object instanceof Secret s) {
            secrets.put(s.getMetadata().getName(), s);
        } else if (object instanceof ConfigMap cm) {
            configMaps.put(cm.getMetadata().getName(), cm);
        }
    }

    public Run run(Job job) throws IOException, InterruptedException {
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        if (pod.getContainers().size() != 1 || (pod.getInitContainers() != null && !pod.getInitContainers().isEmpty())) {
            throw new IllegalArgumentException("JobRunner plays pods with exactly one container and no init containers");
        }
        Container container = pod.getContainers().get(0);
        Path podDir = Files.createTempDirectory(root, job.getMetadata().getName() + "-");

        Map<String, Path> paths = new LinkedHashMap<>(); // path in the container → path here
        for (VolumeMount mount : container.getVolumeMounts()) {
            if (mount.getSubPath() != null || mount.getSubPathExpr() != null) {
                throw new UnsupportedOperationException("subPath mounts are not played: " + mount.getName());
            }
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("volumeMount " + mount.getName() + " names no volume of the pod"));
            paths.put(mount.getMountPath(), materialize(volume, Files.createDirectories(podDir.resolve("volumes").resolve(volume.getName()))));
        }
        String terminationPath = Optional.ofNullable(container.getTerminationMessagePath()).orElse("/dev/termination-log");
        Path terminationLog = Files.createFile(podDir.resolve("termination-log"));
        paths.put(terminationPath, terminationLog);

        List<String> args = new ArrayList<>();
        Map<String, String> rewritten = new LinkedHashMap<>();
        for (String arg : container.getArgs()) {
            String local = localPath(arg, paths);
            args.add(local);
            if (!local.equals(arg)) {
                rewritten.put(arg, local);
            }
        }

        ProcessBuilder pb = PlainLaunch.datagen(args.toArray(String[]::new)).redirectOutput(podDir.resolve("stdout").toFile());
        pb.environment().clear(); // the container's environment is what the pod spec gives, nothing inherited
        pb.environment().putAll(environment(container, podDir));
        Process p = pb.start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("Job " + job.getMetadata().getName() + " did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        return new Run(p.exitValue(), stderr, Files.readString(terminationLog), List.copyOf(container.getArgs()), List.copyOf(args),
                Map.copyOf(rewritten));
    }

    /** An argument naming a file under a mount path (or the termination message path), as the file here. */
    private static String localPath(String arg, Map<String, Path> paths) {
        for (Map.Entry<String, Path> e : paths.entrySet()) {
            String mountPath = e.getKey();
            String directory = mountPath.endsWith("/") ? mountPath : mountPath + "/";
            if (arg.equals(mountPath) || arg.equals(directory)) {
                return e.getValue().toString();
            }
            if (arg.startsWith(directory)) {
                return e.getValue().resolve(arg.substring(directory.length())).toString();
            }
        }
        return arg;
    }

    private Path materialize(Volume volume, Path dir) throws IOException {
        if (volume.getConfigMap() != null) {
            var source = volume.getConfigMap();
            ConfigMap cm = configMaps.get(source.getName());
            if (cm == null) {
                return requireOptional(source.getOptional(), "ConfigMap " + source.getName(), dir);
            }
            Map<String, String> data = new LinkedHashMap<>(Optional.ofNullable(cm.getData()).orElse(Map.of()));
            Optional.ofNullable(cm.getBinaryData()).orElse(Map.of()).forEach((k, v) -> data.put(k, decode(v)));
            writeItems(data, source.getItems(), dir, "ConfigMap " + source.getName());
        } else if (volume.getSecret() != null) {
            var source = volume.getSecret();
            Secret secret = secrets.get(source.getSecretName());
            if (secret == null) {
                return requireOptional(source.getOptional(), "Secret " + source.getSecretName(), dir);
            }
            writeItems(secretData(secret), source.getItems(), dir, "Secret " + source.getSecretName());
        } else if (volume.getEmptyDir() == null) {
            throw new UnsupportedOperationException("volume " + volume.getName() + ": only configMap, secret and emptyDir volumes are played");
        }
        return dir;
    }

    private static Path requireOptional(Boolean optional, String what, Path dir) {
        if (Boolean.TRUE.equals(optional)) {
            return dir;
        }
        throw new IllegalStateException(what + " does not exist: the kubelet would not start the pod");
    }

    /** Every key as a file, or only the listed items at their paths (a listed key that is missing stops the pod). */
    private static void writeItems(Map<String, String> data, List<KeyToPath> items, Path dir, String what) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        if (items == null || items.isEmpty()) {
            files.putAll(data);
        } else {
            for (KeyToPath item : items) {
                if (!data.containsKey(item.getKey())) {
                    throw new IllegalStateException(what + " has no key " + item.getKey() + ": the kubelet would not start the pod");
                }
                files.put(item.getPath(), data.get(item.getKey()));
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
    }

    /** envFrom first, then env (which wins), over a minimal base: the container's environment. */
    private Map<String, String> environment(Container container, Path podDir) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", podDir.toString());
        for (EnvFromSource from : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
            String prefix = Optional.ofNullable(from.getPrefix()).orElse("");
            if (from.getSecretRef() != null) {
                Secret secret = secrets.get(from.getSecretRef().getName());
                if (secret == null) {
                    requireOptional(from.getSecretRef().getOptional(), "Secret " + from.getSecretRef().getName() + " (envFrom)", podDir);
                } else {
                    secretData(secret).forEach((k, v) -> env.put(prefix + k, v));
                }
            } else if (from.getConfigMapRef() != null) {
                ConfigMap cm = configMaps.get(from.getConfigMapRef().getName());
                if (cm == null) {
                    requireOptional(from.getConfigMapRef().getOptional(), "ConfigMap " + from.getConfigMapRef().getName() + " (envFrom)", podDir);
                } else {
                    Optional.ofNullable(cm.getData()).orElse(Map.of()).forEach((k, v) -> env.put(prefix + k, v));
                }
            }
        }
        for (EnvVar var : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            if (var.getValueFrom() == null) {
                env.put(var.getName(), Optional.ofNullable(var.getValue()).orElse(""));
            } else if (var.getValueFrom().getSecretKeyRef() != null) {
                secretKey(var.getName(), var.getValueFrom().getSecretKeyRef()).ifPresent(v -> env.put(var.getName(), v));
            } else {
                throw new UnsupportedOperationException("env " + var.getName() + ": only values and secretKeyRef are played");
            }
        }
        return env;
    }

    /** A secretKeyRef's value; empty when the Secret or key is missing and the reference is optional. */
    private Optional<String> secretKey(String variable, SecretKeySelector ref) {
        Secret secret = secrets.get(ref.getName());
        String value = secret == null ? null : secretData(secret).get(ref.getKey());
        if (value == null && !Boolean.TRUE.equals(ref.getOptional())) {
            throw new IllegalStateException("env " + variable + ": Secret " + ref.getName() + " has no key " + ref.getKey()
                    + " and the reference is not optional: the kubelet would not start the container");
        }
        return Optional.ofNullable(value);
    }

    /** What the API server stores: {@code data} (base64) with {@code stringData} merged over it. */
    public static Map<String, String> secretData(Secret secret) {
        Map<String, String> data = new LinkedHashMap<>();
        Optional.ofNullable(secret.getData()).orElse(Map.of()).forEach((k, v) -> data.put(k, decode(v)));
        Optional.ofNullable(secret.getStringData()).orElse(Map.of()).forEach(data::put);
        return data;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
