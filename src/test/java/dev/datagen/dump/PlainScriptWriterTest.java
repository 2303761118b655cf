package dev.datagen.dump;

import dev.datagen.schema.Identifiers;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PlainScriptWriterTest {

    static String plain(DumpContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlainScriptWriter().write(content, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** pg_dump 15's script minus the psql restrict/unrestrict lines (and the blank line after each). */
    static String withoutRestrict(String script) {
        return script.replaceAll("(?m)^\\\\(un)?restrict \\S+\n\n", "");
    }

    @Test
    void reproducesPgDumpPlainOutputOfTheSample() throws IOException {
        String expected = withoutRestrict(new String(Pg15Sample.resource("sample.sql"), StandardCharsets.UTF_8));
        assertThat(expected).doesNotContain("restrict");
        assertThat(plain(Pg15Sample.content())).isEqualTo(expected);
    }

    @Test
    void quotesIdentifiersLikeFmtId() {
        assertThat(Identifiers.quote("customer")).isEqualTo("customer");
        assertThat(Identifiers.quote("_x1")).isEqualTo("_x1");
        assertThat(Identifiers.quote("Order")).isEqualTo("\"Order\"");
        assertThat(Identifiers.quote("order")).isEqualTo("\"order\"");
        assertThat(Identifiers.quote("user")).isEqualTo("\"user\"");
        assertThat(Identifiers.quote("name")).isEqualTo("name"); // unreserved keyword
        assertThat(Identifiers.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(Identifiers.quote("1a")).isEqualTo("\"1a\"");
        assertThat(Identifiers.quote("ünï")).isEqualTo("\"ünï\"");
    }
}
