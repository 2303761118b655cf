package dev.datagen.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two Dockerfiles cannot be built here (no Docker), so their conventions are checked as text: multi-stage,
 * the expected base images, a non-root USER in the final stage, an exec-form ENTRYPOINT on the binary or launcher
 * the final stage copies in, and build-context files that exist (and that .dockerignore does not hide).
 */
class DockerfilesTest {
    private static final Path NATIVE = Path.of("Dockerfile.native");
    private static final Path JVM = Path.of("src/main/docker/Dockerfile.jvm");

    /** One instruction: keyword and the rest of the line (continuations joined). */
    record Instruction(String keyword, String args) {
    }

    @Test
    void nativeImageBuildsWithMandrelAndRunsAsNonRootOnTheMicroImage() throws IOException {
        List<List<Instruction>> stages = stages(NATIVE);
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0).get(0).args()).isEqualTo("quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-21 AS build");
        assertThat(args(stages.get(0), "RUN")).containsExactly("./mvnw -B package -Dnative -DskipTests");
        assertThat(stages.get(1).get(0).args()).isEqualTo("quay.io/quarkus/ubi9-quarkus-micro-image:2.0");
        assertFinalStageConventions(stages.get(1), "/usr/local/bin/datagen");
        assertThat(args(stages.get(1), "COPY")).containsExactly("--from=build --chown=0:0 --chmod=0755 /code/target/*-runner /usr/local/bin/datagen");
        // -Dnative selects the profile that makes the build native
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<name>native</name>", "<quarkus.native.enabled>true</quarkus.native.enabled>");
        assertContextFilesExist(stages.get(0));
    }

    @Test
    void jvmImageRunsTheLauncherWithItsJvmFlagsAsNonRoot() throws IOException {
        List<List<Instruction>> stages = stages(JVM);
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0).get(0).args()).isEqualTo("eclipse-temurin:17-jdk AS build");
        assertThat(args(stages.get(0), "RUN")).containsExactly("./mvnw -B package -DskipTests");
        assertThat(stages.get(1).get(0).args()).isEqualTo("eclipse-temurin:17-jre");
        assertFinalStageConventions(stages.get(1), "/opt/datagen/datagen");
        assertThat(args(stages.get(1), "COPY")).containsExactly("--from=build --chown=0:0 /code/target/quarkus-app /opt/datagen");
        // the entrypoint is src/main/launcher/datagen, which the build copies beside quarkus-run.jar, so the image
        // runs with exactly the launcher's JVM flags, and the Dockerfile sets no others
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<copy file=\"src/main/launcher/datagen\" todir=\"${project.build.directory}/quarkus-app\"");
        assertThat(Files.readString(Path.of("src/main/launcher/datagen")))
                .contains("${DATAGEN_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:+ExitOnOutOfMemoryError}", "-jar \"$here/quarkus-run.jar\" \"$@\"");
        assertThat(args(stages.get(1), "ENV")).isEmpty();
        assertContextFilesExist(stages.get(0));
    }

    private static void assertFinalStageConventions(List<Instruction> stage, String executable) throws IOException {
        List<String> users = args(stage, "USER");
        assertThat(users).as("the final stage runs as a non-root user").containsExactly("1001");
        assertThat(stage.indexOf(new Instruction("USER", "1001"))).as("USER comes after every RUN and COPY")
                .isGreaterThan(lastIndexOf(stage, "RUN")).isGreaterThan(lastIndexOf(stage, "COPY"));
        assertThat(args(stage, "WORKDIR")).containsExactly("/tmp");
        List<String> entrypoint = execForm(args(stage, "ENTRYPOINT"));
        assertThat(entrypoint).containsExactly(executable);
        assertThat(execForm(args(stage, "CMD"))).containsExactly("--help");
        assertThat(stage.stream().map(Instruction::keyword)).doesNotContain("VOLUME", "EXPOSE");
    }

    /** Build-context sources of COPY exist, and .dockerignore leaves them in the context. */
    private static void assertContextFilesExist(List<Instruction> buildStage) throws IOException {
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> sources = new ArrayList<>();
        for (String copy : args(buildStage, "COPY")) {
            List<String> words = Arrays.stream(copy.split("\\s+")).filter(w -> !w.startsWith("--")).toList();
            sources.addAll(words.subList(0, words.size() - 1));
        }
        assertThat(sources).containsExactly("mvnw", ".mvn", "pom.xml", "src");
        for (String source : sources) {
            assertThat(Path.of(source)).exists();
            assertThat(ignored).noneMatch(pattern -> pattern.replaceAll("/$", "").equals(source));
        }
        assertThat(Files.isExecutable(Path.of("mvnw"))).isTrue();
    }

    private static List<List<Instruction>> stages(Path dockerfile) throws IOException {
        List<List<Instruction>> stages = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : Files.readAllLines(dockerfile)) {
            String line = raw.strip();
            if (line.startsWith("#") || line.isEmpty() && pending.isEmpty()) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            String full = (pending + line).strip();
            pending.setLength(0);
            String[] parts = full.split("\\s+", 2);
            Instruction instruction = new Instruction(parts[0].toUpperCase(java.util.Locale.ROOT), parts.length > 1 ? parts[1] : "");
            if (instruction.keyword().equals("FROM")) {
                stages.add(new ArrayList<>());
            }
            stages.get(stages.size() - 1).add(instruction);
        }
        return stages;
    }

    private static List<String> args(List<Instruction> stage, String keyword) {
        return stage.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::args).toList();
    }

    private static int lastIndexOf(List<Instruction> stage, String keyword) {
        int last = -1;
        for (int i = 0; i < stage.size(); i++) {
            if (stage.get(i).keyword().equals(keyword)) {
                last = i;
            }
        }
        return last;
    }

    /** ["a", "b"] → [a, b]; a shell-form instruction fails the test. */
    private static List<String> execForm(List<String> instructions) throws IOException {
        assertThat(instructions).hasSize(1);
        assertThat(instructions.get(0)).as("exec form").startsWith("[");
        return Arrays.asList(new ObjectMapper().readValue(instructions.get(0), String[].class));
    }
}
