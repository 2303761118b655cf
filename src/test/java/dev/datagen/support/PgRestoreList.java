package dev.datagen.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The real {@code pg_restore -l} of an archive (no server needed), with TZ=UTC; skips the test without pg_restore. */
public final class PgRestoreList {
    private PgRestoreList() {
    }

    public static String of(Path archive) {
        Optional<Path> tool = TestPostgres.findTool("pg_restore");
        assumeTrue(tool.isPresent(), "pg_restore not found; skipping");
        ToolResult r = ToolResult.run(List.of(tool.get().toString(), "-l", archive.toString()),
                Map.of("PATH", "/usr/bin:/bin", "TZ", "UTC", "LC_ALL", "C"), Duration.ofMinutes(1)).assertClean();
        return r.stdout();
    }
}
