package dev.datagen.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 4096-byte bound holds whatever is long: rows go first, then the error, then the location are cut to fit. */
class SummaryDocumentTest {

    private static RunSummary run(String location) {
        RunSummary run = new RunSummary();
        run.seed(42);
        run.location(location);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            rows.put("public.table_" + i, (long) i);
        }
        run.rows(rows);
        return run;
    }

    @Test
    void aLongMultibyteErrorIsCutToFitAfterTheRows() throws Exception {
        String location = "s3://bucket/" + "k".repeat(2500);
        String error = "\"€\" ".repeat(400); // 1000 characters after shortening, over 2000 bytes in JSON
        for (SummaryDocument.Format format : SummaryDocument.Format.values()) {
            String rendered = run(location).failed(4, error).render(format);
            assertThat(rendered.getBytes(StandardCharsets.UTF_8).length).as(format.name()).isLessThan(SummaryDocument.MAX_BYTES);
        }
        JsonNode doc = new ObjectMapper().readTree(run(location).failed(4, error).render(SummaryDocument.Format.JSON));
        assertThat(doc.get("rows").size()).isZero();
        assertThat(doc.get("rowsTruncated").asBoolean()).isTrue();
        assertThat(doc.get("location").asText()).isEqualTo(location);
        String shown = doc.get("error").asText();
        assertThat(shown).endsWith("…").hasSizeLessThan(1000);
        assertThat(error).startsWith(shown.substring(0, shown.length() - 1));
    }

    @Test
    void aLocationTooLongEvenWithoutTheErrorIsCutToo() throws Exception {
        String location = "/data/" + "ü".repeat(3000); // 6000 bytes
        for (SummaryDocument.Format format : SummaryDocument.Format.values()) {
            String rendered = run(location).failed(6, "lost the connection").render(format);
            assertThat(rendered.getBytes(StandardCharsets.UTF_8).length).as(format.name()).isLessThan(SummaryDocument.MAX_BYTES);
        }
        JsonNode doc = new ObjectMapper().readTree(run(location).failed(6, "lost the connection").render(SummaryDocument.Format.JSON));
        assertThat(doc.get("error").asText()).isEmpty();
        assertThat(doc.get("exitCode").asInt()).isEqualTo(6);
        String shown = doc.get("location").asText();
        assertThat(shown).endsWith("…");
        assertThat(location).startsWith(shown.substring(0, shown.length() - 1));
    }

    @Test
    void cutsNeverSplitACharacter() {
        String text = "aé😀bcdef"; // 1 + 2 + 4 + 5 = 12 bytes
        assertThat(SummaryDocument.cutToBytes(text, 12)).isEqualTo(text);
        assertThat(SummaryDocument.cutToBytes(text, 9)).isEqualTo("aé…"); // the emoji's 4 bytes would not fit with "…"
        assertThat(SummaryDocument.cutToBytes(text, 10)).isEqualTo("aé😀…");
        assertThat(SummaryDocument.cutToBytes(text, 2)).isEmpty();
    }
}
