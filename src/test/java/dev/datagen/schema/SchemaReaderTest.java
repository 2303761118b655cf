package dev.datagen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaReaderTest {
    private final SchemaReader reader = new SchemaReader();

    static Path resource(String name) {
        try {
            return Path.of(SchemaReaderTest.class.getResource("/schemas/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> problems(String text, String sourceName) {
        try {
            reader.parse(text, sourceName);
        } catch (SchemaException e) {
            assertThat(e.sourceName()).isEqualTo(sourceName);
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected a SchemaException");
    }

    @Test
    void readsShopExample() throws Exception {
        Schema schema = reader.read(resource("shop.json"));

        assertThat(schema.version()).isEqualTo("1.0");
        assertThat(schema.database().name()).isEqualTo("shop");
        assertThat(schema.tables()).containsOnlyKeys("customers", "products", "orders", "order_items");
        assertThat(schema.tables().keySet()).containsExactly("customers", "products", "orders", "order_items");
        Table orders = schema.tables().get("orders");
        assertThat(orders.rowCount()).isEqualTo(2_000_000L);
        assertThat(orders.primaryKey()).containsExactly("id");
        assertThat(orders.foreignKeys().get(0).referencedTable()).isEqualTo("customers");
        assertThat(orders.foreignKeys().get(0).referencedColumns()).containsExactly("id");
        assertThat(orders.columns().get(2).generator()).isEqualTo("weighted_enum");
        assertThat(orders.columns().get(2).generatorConfig()).containsKey("weights");
        assertThat(schema.customTypes().get("order_status").definition().get("values")).hasSize(5);
    }

    @Test
    void readsBlogExampleWithTheExtraFields() throws Exception {
        Schema schema = reader.read(resource("blog.json"));

        assertThat(schema.seed()).isEqualTo("42");
        assertThat(schema.tables().get("users").comment()).isEqualTo("People who write posts and comments");
        assertThat(schema.tables().get("users").uniqueConstraints().get(0).name()).isEqualTo("users_email_key");
        assertThat(schema.tables().get("comments").foreignKeys().get(1).referencedColumns()).isEmpty();
        assertThat(schema.tables().get("posts").checkConstraints().get(0).expression()).isEqualTo("views >= 0");
    }

    @Test
    void nullableDefaultsToFalse() throws Exception {
        Schema schema = reader.parse("""
                {"version": "1.0", "tables": {"t": {"columns": [
                  {"name": "a", "type": "text"},
                  {"name": "b", "type": "text", "nullable": true}
                ]}}}""", "t.json");

        List<Column> columns = schema.tables().get("t").columns();
        assertThat(columns.get(0).nullable()).isFalse();
        assertThat(columns.get(1).nullable()).isTrue();
    }

    @Test
    void readsTheDefaultFieldAndTextSeed() throws Exception {
        Schema schema = reader.parse("""
                {"version": "1.0", "seed": "my seed",
                 "tables": {"t": {"columns": [{"name": "a", "type": "int", "default": "0"}]}}}""", "t.json");

        assertThat(schema.seed()).isEqualTo("my seed");
        assertThat(schema.tables().get("t").columns().get(0).defaultValue()).isEqualTo("0");
    }

    @Test
    void readsYamlByExtensionAndByContent() throws Exception {
        String yaml = """
                version: "1.0"
                seed: 7
                tables:
                  users:
                    row_count: 10
                    columns:
                      - name: id
                        type: serial
                      - name: email
                        type: varchar(255)
                        nullable: true
                    primary_key: [id]
                """;
        for (String name : List.of("blog.yaml", "blog.yml", "<stdin>")) {
            Schema schema = reader.parse(yaml, name);
            assertThat(schema.seed()).isEqualTo("7");
            Table users = schema.tables().get("users");
            assertThat(users.rowCount()).isEqualTo(10L);
            assertThat(users.columns()).extracting(Column::name).containsExactly("id", "email");
            assertThat(users.columns().get(0).nullable()).isFalse();
            assertThat(users.columns().get(1).nullable()).isTrue();
            assertThat(SchemaValidator.validate(schema)).isEmpty();
        }
    }

    @Test
    void yamlUnquotedVersionNumberIsText() throws Exception {
        Schema schema = reader.parse("version: 1.0\ntables:\n  t:\n    columns: [{name: a, type: int}]\n", "s.yaml");
        assertThat(schema.version()).isEqualTo("1.0");
    }

    @Test
    void readsFromAStreamLikeStdin() throws Exception {
        byte[] bytes = Files.readAllBytes(resource("blog.json"));
        Schema schema = reader.read(new ByteArrayInputStream(bytes), "<stdin>");
        assertThat(schema.tables()).containsOnlyKeys("users", "posts", "comments");
    }

    @Test
    void readsYamlFromAStream() throws Exception {
        byte[] bytes = "version: '1.0'\ntables:\n  t:\n    columns: [{name: a, type: text}]\n".getBytes(StandardCharsets.UTF_8);
        Schema schema = reader.read(new ByteArrayInputStream(bytes), "<stdin>");
        assertThat(schema.tables().get("t").columns().get(0).type()).isEqualTo("text");
    }

    @Test
    void malformedJsonNamesLineColumnAndWhatWasExpected() {
        String text = """
                {
                  "version": "1.0",
                  "tables": {
                    "users": {
                      "columns": [
                        {"name": "id", "type": "serial"}
                      ]
                      "row_count": 5
                    }
                  }
                }""";
        assertThat(problems(text, "blog.json"))
                .containsExactly("blog.json:8:7: expected ',' or '}' after a field, found '\"'");
    }

    @Test
    void otherSyntaxErrorsAreOneFriendlyLine() {
        assertThat(problems("{\"version\": \"1.0\",}", "a.json"))
                .containsExactly("a.json:1:19: expected a field name after ',', found '}'; remove the trailing comma");
        assertThat(problems("{\"version\" \"1.0\"}", "a.json"))
                .containsExactly("a.json:1:12: expected ':' after the field name, found '\"'");
        assertThat(problems("{\"version\": tru}", "a.json"))
                .containsExactly("a.json:1:13: expected a value, found 'tru'; text values need double quotes");
        assertThat(problems("{'version': 1}", "a.json"))
                .containsExactly("a.json:1:2: expected a field name in double quotes, found '''");
        assertThat(problems("{\"extensions\": [\"a\" \"b\"]}", "a.json"))
                .containsExactly("a.json:1:21: expected ',' or ']' after a list element, found '\"'");
        assertThat(problems("{\n  \"version\": \"1.0\"", "a.json"))
                .containsExactly("a.json:2:19: unexpected end of input; the object opened at line 1, column 1 is not closed with '}'");
        assertThat(problems("{\"tables\": {\"a\": {}, \"a\": {}}}", "a.json"))
                .containsExactly("a.json:1:25: duplicate key \"a\"");
    }

    @Test
    void syntaxMessagesCarryNoJacksonSourceTail() {
        assertThat(problems("{\"tables\": [}", "a.json"))
                .allSatisfy(p -> assertThat(p).doesNotContain("Source").doesNotContain("\n"))
                .contains("a.json:1:13: found '}' but the list opened at line 1, column 12 must be closed with ']' first");
    }

    @Test
    void emptyInput() {
        assertThat(problems("  \n", "blog.json")).containsExactly(
                "blog.json: the schema is empty; expected an object such as {\"version\": \"1.0\", \"tables\": {...}}");
        assertThat(problems("", "<stdin>")).containsExactly(
                "<stdin>: the schema is empty; expected an object such as {\"version\": \"1.0\", \"tables\": {...}}");
    }

    @Test
    void trailingGarbageAfterTheObject() {
        assertThat(problems("{\"version\": \"1.0\"}\n}", "blog.json"))
                .containsExactly("blog.json:2:1: unexpected text after the end of the schema object");
        assertThat(problems("{\"version\": \"1.0\"} {}", "blog.json"))
                .containsExactly("blog.json:1:20: unexpected text after the end of the schema object");
    }

    @Test
    void wrongValueTypesNamePathAndPosition() {
        String text = """
                {
                  "version": "1.0",
                  "tables": {
                    "users": {
                      "row_count": "ten",
                      "columns": {}
                    },
                    "posts": {
                      "columns": [{"name": "id", "type": "int", "nullable": "yes"}, 5],
                      "row_count": 1.5
                    }
                  }
                }""";
        assertThat(problems(text, "blog.json")).containsExactly(
                "tables.users.row_count (line 5, column 20): expected a whole number, got \"ten\"",
                "tables.users.columns (line 6, column 18): expected a list, got an object",
                "tables.posts.columns[0].nullable (line 9, column 61): expected true or false, got \"yes\"",
                "tables.posts.columns[1] (line 9, column 69): expected an object, got 5",
                "tables.posts.row_count (line 10, column 20): expected a whole number, got 1.5");
    }

    @Test
    void topLevelMustBeAnObject() {
        assertThat(problems("[1, 2]", "a.json")).containsExactly("a.json:1:1: expected an object, got a list");
    }

    @Test
    void reportsEveryUnknownPropertyWithSuggestions() {
        String text = """
                {
                  "version": "1.0",
                  "tabels": {},
                  "tables": {
                    "users": {
                      "row_cout": 5,
                      "columns": [{"name": "id", "typ": "int", "nulable": true}],
                      "foreign_keys": [{"columns": ["id"], "references": "x"}],
                      "zzzzzz": 1
                    }
                  }
                }""";
        assertThat(problems(text, "blog.json")).containsExactlyInAnyOrder(
                "unknown property \"tabels\"; did you mean \"tables\"?",
                "tables.users: unknown property \"row_cout\"; did you mean \"row_count\"?",
                "tables.users.columns[0]: unknown property \"typ\"; did you mean \"type\"?",
                "tables.users.columns[0]: unknown property \"nulable\"; did you mean \"nullable\"?",
                "tables.users.foreign_keys[0]: unknown property \"references\"",
                "tables.users: unknown property \"zzzzzz\"");
    }

    @Test
    void descriptionIsOptionalTextOnly() throws Exception {
        Schema schema = reader.parse("""
                {"version": "1.0", "description": "A small shop",
                 "tables": {"t": {"columns": [{"name": "a", "type": "int"}]}}}""", "t.json");
        assertThat(schema.description()).isEqualTo("A small shop");
        assertThat(reader.parse("""
                {"version": "1.0", "tables": {"t": {"columns": [{"name": "a", "type": "int"}]}}}""", "t.json")
                .description()).isNull();

        assertThat(problems("""
                {"version": "1.0", "description": 5, "tables": {}}""", "t.json")).containsExactly(
                "description (line 1, column 35): expected text, got 5");
        assertThat(problems("""
                {"version": "1.0", "descripton": "x", "tables": {}}""", "t.json")).containsExactly(
                "unknown property \"descripton\"; did you mean \"description\"?");
    }

    @Test
    void yamlProblemsUseTheSamePaths() {
        String yaml = """
                version: "1.0"
                tables:
                  users:
                    row_cout: 3
                    row_count: ten
                    columns: [{name: id, type: int}]
                """;
        assertThat(problems(yaml, "s.yml")).containsExactly(
                "tables.users.row_count (line 5, column 16): expected a whole number, got \"ten\"",
                "tables.users: unknown property \"row_cout\"; did you mean \"row_count\"?");
    }

    @Test
    void yamlSyntaxErrorIsOneLineWithPosition() {
        assertThat(problems("version: \"1.0\"\ntables:\n  t: [a, b\n", "s.yaml")).last()
                .isEqualTo("s.yaml:4:1: expected ',' or ']', but got <stream end> (while parsing a flow sequence)");
    }

    @Test
    void missingFileAndNonUtf8(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> reader.read(missing))
                .isInstanceOf(SchemaException.class)
                .hasMessage(missing + ": 1 problem\n  " + missing + ": no such file");

        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        assertThatThrownBy(() -> reader.read(latin1))
                .isInstanceOf(SchemaException.class)
                .hasMessageEndingWith(latin1 + ": not UTF-8 text");
    }

    @Test
    void exceptionMessageListsEveryProblemOnItsOwnLine() {
        SchemaException e = new SchemaException("blog.json", List.of(
                new Problem("tables.users", "unknown property \"row_cout\"; did you mean \"row_count\"?"),
                new Problem("version", "version is missing; supported versions: \"1.0\"")));
        assertThat(e.getMessage()).isEqualTo("""
                blog.json: 2 problems
                  tables.users: unknown property "row_cout"; did you mean "row_count"?
                  version: version is missing; supported versions: "1.0\"""");
    }

    @Test
    void problemToString() {
        assertThat(new Problem("tables.users.columns[2].type", "bad")).hasToString("tables.users.columns[2].type: bad");
        assertThat(new Problem("", "just this")).hasToString("just this");
        assertThat(new Problem("tables.t.row_count", "bad", 5, 20)).hasToString("tables.t.row_count (line 5, column 20): bad");
    }
}
