package dev.datagen.cli;

import dev.datagen.dump.archive.ArchiveFormatException;
import dev.datagen.dump.archive.ArchiveReader;
import dev.datagen.dump.archive.ArchiveToc;
import dev.datagen.dump.archive.ArchiveVerifier;
import dev.datagen.dump.archive.TocListing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints the table of contents of a pg_dump archive (custom, directory or tar; datagen's or pg_dump's) "
                + "exactly as pg_restore -l does, without PostgreSQL tools.",
        footer = {"", "Examples:", "  datagen inspect blog.dump", "  datagen inspect --verify blog.dump"})
public class InspectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DUMP", description = "A custom or tar archive file, or a directory archive.")
    Path dump;

    @Option(names = "--verify", description = "Also read every data payload and check it as generate --verify does.")
    boolean verify;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(dump)) {
            throw new ArchiveFormatException("cannot read " + dump + ": no such file or directory");
        }
        try {
            inspect();
        } catch (ArchiveFormatException e) {
            throw e;
        } catch (IOException e) {
            // an archive that cannot be read is as unusable as a malformed one: exit 5, not 4
            throw new ArchiveFormatException(FileErrors.describe(e, "read", dump));
        }
        return ExitCodes.OK;
    }

    private void inspect() throws IOException {
        ArchiveToc toc = ArchiveReader.readToc(dump);
        System.out.print(TocListing.format(toc, ZoneId.systemDefault()));
        System.out.flush();
        if (verify) {
            ArchiveVerifier.Report report = ArchiveVerifier.verify(dump);
            report.notes().forEach(n -> System.err.println("datagen: note: " + n));
            if (!report.ok()) {
                throw new ArchiveFormatException(OutputVerification.describe(dump, report.problems()));
            }
            System.err.println("datagen: " + OutputVerification.summary(dump, report));
        }
    }
}
