package dev.datagen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/semantic-patterns.md is generated from the pattern list; this fails when it is stale. */
class SemanticPatternsDocTest {
    @Test
    void committedPatternTableMatchesTheCode() throws IOException {
        String expected = SemanticPatternTable.render();
        if (Boolean.getBoolean("datagen.regenerateDocs")) {
            Files.writeString(SemanticPatternTable.FILE, expected);
        }
        String committed = Files.exists(SemanticPatternTable.FILE) ? Files.readString(SemanticPatternTable.FILE) : "";
        assertThat(committed)
                .as("%s is stale; regenerate it with ./mvnw -q test -Dtest=SemanticPatternsDocTest -Ddatagen.regenerateDocs=true",
                        SemanticPatternTable.FILE)
                .isEqualTo(expected);
    }
}
