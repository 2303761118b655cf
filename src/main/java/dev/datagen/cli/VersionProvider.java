package dev.datagen.cli;

import dev.datagen.Version;
import picocli.CommandLine.IVersionProvider;

public class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"datagen " + Version.get()};
    }
}
