package dev.datagen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The datagen command line without Quarkus, for tests that must own the process: its standard output
 * (a @QuarkusMainTest captures it) or its life (a signal). Same commands, failure handling and exit codes.
 */
public final class PlainLaunch {
    private PlainLaunch() {
    }

    public static void main(String[] args) {
        System.exit(CommandLineConfig.configure(new CommandLine(new DatagenCommand())).execute(args));
    }

    /** {@code datagen ARGS} in a child JVM on the test class path; stderr is piped to the caller. */
    public static ProcessBuilder datagen(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-cp", System.getProperty("java.class.path"),
                PlainLaunch.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
    }
}
