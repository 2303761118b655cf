package dev.datagen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.generate.GenerationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What the command line prints, and the exit code it returns, for failures while generating. */
class FailureReportTest {
    @Test
    void aGeneratorFailureIsAnInternalErrorWithTheDebugHint() {
        StringWriter err = new StringWriter();
        int code = CommandLineConfig.report(new GenerationException("generating row 5000 of table public.orders failed: no value",
                new IllegalStateException("no value")), new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCodes.SOFTWARE);
        assertThat(err.toString()).isEqualTo("datagen: internal error: generating row 5000 of table public.orders failed: no value "
                + "(set DATAGEN_DEBUG=1 for details; please report it)" + System.lineSeparator());
    }

    @Test
    void anOutputFailureIsAGenerationFailure() {
        StringWriter err = new StringWriter();
        int code = CommandLineConfig.report(new IOException("No space left on device"), new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCodes.GENERATION_FAILED);
        assertThat(err.toString()).isEqualTo("datagen: generation failed: No space left on device" + System.lineSeparator());
    }
}
