package dev.datagen.cli;

import picocli.CommandLine;

/**
 * The datagen command line without Quarkus, for tests that must own the process's standard output
 * (a @QuarkusMainTest captures it). Same commands, same failure handling and exit codes.
 */
public final class PlainLaunch {
    private PlainLaunch() {
    }

    public static void main(String[] args) {
        System.exit(CommandLineConfig.configure(new CommandLine(new DatagenCommand())).execute(args));
    }
}
