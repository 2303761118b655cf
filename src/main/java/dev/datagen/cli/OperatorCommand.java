package dev.datagen.cli;

import io.javaoperatorsdk.operator.Operator;
import io.quarkus.runtime.Quarkus;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code datagen operator}: runs the MockDatabase controller until the process is told to stop.
 * The Operator bean is a lazy proxy, so the other commands never build a Kubernetes client.
 */
@Command(name = "operator", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Runs the Kubernetes operator: each MockDatabase custom resource becomes a Job running datagen generate, "
                + "its summary becomes the resource's status. Uses the in-cluster service account (or ~/.kube/config) "
                + "and runs until SIGTERM.")
public class OperatorCommand implements Callable<Integer> {
    @Inject
    Operator operator;

    @Override
    public Integer call() {
        operator.start();
        System.err.println("datagen: operator started; reconciling MockDatabase resources (stop with SIGTERM)");
        try {
            Quarkus.waitForExit();
        } finally {
            operator.stop();
        }
        return ExitCodes.OK;
    }
}
