package dev.datagen.dump;

import static dev.datagen.dump.InsertPayload.ValueKind.BOOLEAN;
import static dev.datagen.dump.InsertPayload.ValueKind.NUMBER;
import static dev.datagen.dump.InsertPayload.ValueKind.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The INSERT payload against pg_dump 15's own --inserts / --column-inserts / --rows-per-insert output. */
class InsertPayloadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "sample-inserts.sql, false, 1, 15.18 (Debian 15.18-0+deb12u1)",
            "sample-column-inserts.sql, true, 1, 15.19",
            "sample-rows-per-insert-3.sql, false, 3, 15.19",
            "sample-column-inserts-rows-per-insert-2.sql, true, 2, 15.19"})
    void plainScriptIsByteIdenticalToPgDump(String golden, boolean columnNames, int rowsPerStatement, String serverVersion)
            throws IOException {
        DumpContent content = Pg15Sample.withServerVersion(
                Pg15Sample.withInserts(Pg15Sample.content(), new InsertStyle(columnNames, rowsPerStatement)), serverVersion);
        String expected = PlainScriptWriterTest.withoutRestrict(new String(Pg15Sample.resource(golden), StandardCharsets.UTF_8));
        assertThat(PlainScriptWriterTest.plain(content)).isEqualTo(expected);
    }

    @Test
    void quotesEachValueTheWayPgDumpDoes() throws IOException {
        List<InsertPayload.ValueKind> kinds = List.of(NUMBER, NUMBER, NUMBER, BOOLEAN, BOOLEAN, TEXT, TEXT);
        String copy = "1.5e-3\tNaN\t-Infinity\tt\tf\tit's a \\\\ \\t\\n\\r\\b\\f\\v\t\\N\n"
                + "\\N\t\\N\t\\N\ttrue\tFALSE\t\\\\N\t\\\\.\n"
                + "0\t1\t2\tmaybe\t\\N\t\t\n"
                + "\\.\n\n\n";
        String expected = "INSERT INTO public.t VALUES (1.5e-3, 'NaN', '-Infinity', true, false, 'it''s a \\ \t\n\r\b\f\u000b', NULL);\n"
                + "INSERT INTO public.t VALUES (NULL, NULL, NULL, true, false, '\\N', '\\.');\n"
                + "INSERT INTO public.t VALUES (0, 1, 2, 'maybe', NULL, '', '');\n"
                + "\n\n";
        assertThat(inserts(kinds, InsertStyle.INSERTS, copy)).isEqualTo(expected);
    }

    @Test
    void anEmptyTableGivesOnlyTheTwoBlankLines() throws IOException {
        assertThat(inserts(List.of(TEXT), new InsertStyle(true, 5), "\\.\n\n\n")).isEqualTo("\n\n");
    }

    @Test
    void theLastStatementTakesTheRowsLeftOver() throws IOException {
        String copy = "1\n2\n3\n\\.\n\n\n";
        assertThat(inserts(List.of(NUMBER), new InsertStyle(true, 2), copy)).isEqualTo(
                "INSERT INTO public.t (a) VALUES\n\t(1),\n\t(2);\nINSERT INTO public.t (a) VALUES\n\t(3);\n\n\n");
    }

    @Test
    void rowsSplitAcrossWritesAreJoined() throws IOException {
        TableData copy = out -> {
            for (byte b : "12\tab\n\\.\n\n\n".getBytes(StandardCharsets.UTF_8)) {
                out.write(b);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new InsertPayload("public.t", List.of("a", "b"), List.of(NUMBER, TEXT), InsertStyle.INSERTS, copy).writeTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("INSERT INTO public.t VALUES (12, 'ab');\n\n\n");
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsAnError() {
        assertThatThrownBy(() -> inserts(List.of(NUMBER, TEXT), InsertStyle.INSERTS, "1\n\\.\n\n\n"))
                .isInstanceOf(IOException.class).hasMessage("COPY row has 1 values, expected 2");
        assertThatThrownBy(() -> inserts(List.of(NUMBER), InsertStyle.INSERTS, "1\n"))
                .isInstanceOf(IOException.class).hasMessage("COPY payload ended without its \\. line");
    }

    private static String inserts(List<InsertPayload.ValueKind> kinds, InsertStyle style, String copy) throws IOException {
        List<String> columns = List.of("a", "b", "c", "d", "e", "f", "g").subList(0, kinds.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new InsertPayload("public.t", columns, kinds, style, o -> o.write(copy.getBytes(StandardCharsets.UTF_8))).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
