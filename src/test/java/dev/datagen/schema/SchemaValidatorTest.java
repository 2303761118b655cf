package dev.datagen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {
    private final SchemaReader reader = new SchemaReader();

    /** Problems of a schema given as JSON text with single quotes for double quotes. */
    private List<String> problems(String json) throws SchemaException {
        Schema schema = reader.parse(json.replace('\'', '"'), "test.json");
        return SchemaValidator.validate(schema).stream().map(Problem::toString).toList();
    }

    /** A schema with the given tables (JSON object members, single-quoted). */
    private List<String> tables(String tables) throws SchemaException {
        return problems("{'version': '1.0', 'tables': {" + tables + "}}");
    }

    private static final String USERS = """
            'users': {'columns': [{'name': 'id', 'type': 'serial'}, {'name': 'email', 'type': 'text'}],
                      'primary_key': ['id']}""";

    @Test
    void examplesAreValid() throws Exception {
        assertThat(SchemaValidator.validate(reader.read(SchemaReaderTest.resource("shop.json")))).isEmpty();
        assertThat(SchemaValidator.validate(reader.read(SchemaReaderTest.resource("blog.json")))).isEmpty();
    }

    @Test
    void version() throws Exception {
        assertThat(problems("{'tables': {" + USERS + "}}"))
                .containsExactly("version: version is missing; supported versions: \"1.0\"");
        assertThat(problems("{'version': '2.0', 'tables': {" + USERS + "}}"))
                .containsExactly("version: unsupported version \"2.0\"; supported versions: \"1.0\"");
    }

    @Test
    void description() throws Exception {
        assertThat(problems("{'version': '1.0', 'description': 'Users and posts', 'tables': {" + USERS + "}}")).isEmpty();
        assertThat(problems("{'version': '1.0', 'description': ' ', 'tables': {" + USERS + "}}")).containsExactly(
                "description: the description is empty; write one line about what the schema models, or leave it out");
        assertThat(problems("{'version': '1.0', 'description': 'a\\nb', 'tables': {" + USERS + "}}")).containsExactly(
                "description: the description spans several lines; keep it to one line");
    }

    @Test
    void database() throws Exception {
        assertThat(problems("{'version': '1.0', 'database': {'name': 'my-db', 'encoding': 'LATIN1'}, 'tables': {" + USERS + "}}"))
                .containsExactly(
                        "database.name: \"my-db\" is not a valid database name; use up to 63 letters, digits and underscores, starting with a letter or underscore",
                        "database.encoding: unsupported encoding \"LATIN1\"; datagen writes UTF8 only");
        assertThat(problems("{'version': '1.0', 'database': {'name': 'shop_2', 'encoding': 'utf-8'}, 'tables': {" + USERS + "}}"))
                .isEmpty();
    }

    @Test
    void noTablesAndNoColumns() throws Exception {
        assertThat(problems("{'version': '1.0'}")).containsExactly("tables: the schema has no tables; define at least one");
        assertThat(tables("'t': {'columns': []}")).containsExactly("tables.t.columns: table t has no columns");
    }

    @Test
    void tableNames() throws Exception {
        String longName = "x".repeat(64);
        assertThat(tables("'a.b.c': {'columns': [{'name': 'id', 'type': 'int'}]},"
                + "'" + longName + "': {'columns': [{'name': 'id', 'type': 'int'}]},"
                + "'sales.orders': {'columns': [{'name': 'id', 'type': 'int'}]},"
                + "'Weird Name!': {'columns': [{'name': 'id', 'type': 'int'}]}"))
                .containsExactly(
                        "tables.a.b.c: table name \"a.b.c\" has more than one dot; write \"schema.table\"",
                        "tables." + longName + ": table name \"" + longName + "\" is 64 bytes long; PostgreSQL allows at most 63");
    }

    @Test
    void columnNamesAndDuplicates() throws Exception {
        assertThat(tables("'t': {'columns': [{'name': 'id', 'type': 'int'}, {'name': '', 'type': 'int'},"
                + "{'name': 'Id', 'type': 'int'}, {'name': 'id', 'type': 'text'}]}"))
                .containsExactly(
                        "tables.t.columns[1].name: column name is missing",
                        "tables.t.columns[3].name: duplicate column \"id\" (first defined at columns[0])");
    }

    @Test
    void columnTypes() throws Exception {
        assertThat(tables("'users': {'columns': [{'name': 'id', 'type': 'int'}, {'name': 'n', 'type': 'text'},"
                + "{'name': 'x', 'type': 'varchr(10)'}, {'name': 'y'}]}"))
                .containsExactly(
                        "tables.users.columns[2].type: unknown type \"varchr(10)\"; did you mean \"varchar(10)\"?",
                        "tables.users.columns[3].type: type is missing");
    }

    @Test
    void rowCount() throws Exception {
        assertThat(tables("'t': {'row_count': -5, 'columns': [{'name': 'id', 'type': 'int'}]}"))
                .containsExactly("tables.t.row_count: must be 0 or more, got -5");
        assertThat(tables("'t': {'fixed_rows': true, 'columns': [{'name': 'id', 'type': 'int'}]}")).containsExactly(
                "tables.t.fixed_rows: fixed_rows keeps a row_count as it is under --scale, but this table has no row_count; "
                        + "give it one or remove fixed_rows");
        assertThat(tables("'t': {'fixed_rows': true, 'row_count': 4, 'columns': [{'name': 'id', 'type': 'int'}]}")).isEmpty();
    }

    @Test
    void primaryKey() throws Exception {
        assertThat(tables("'posts': {'columns': [{'name': 'id', 'type': 'int'}, {'name': 'slug', 'type': 'text', 'nullable': true}],"
                + "'primary_key': ['idd', 'slug', 'slug', '']}"))
                .containsExactly(
                        "tables.posts.primary_key[0]: no column \"idd\" in table posts; did you mean \"id\"?",
                        "tables.posts.primary_key[2]: column \"slug\" is listed twice",
                        "tables.posts.primary_key[3]: column name is missing");
        assertThat(tables("'posts': {'columns': [{'name': 'id', 'type': 'int', 'nullable': true}], 'primary_key': ['id']}"))
                .containsExactly("tables.posts.primary_key[0]: primary key column \"id\" is nullable; remove \"nullable\": true");
    }

    @Test
    void uniqueConstraintsAndChecks() throws Exception {
        assertThat(tables("'t': {'columns': [{'name': 'email', 'type': 'text'}],"
                + "'unique_constraints': [{'columns': []}, {'columns': ['emial']}],"
                + "'check_constraints': [{'expression': ' '}, {'expression': 'length(email) > 3'}]}"))
                .containsExactly(
                        "tables.t.unique_constraints[0].columns: needs at least one column",
                        "tables.t.unique_constraints[1].columns[0]: no column \"emial\" in table t; did you mean \"email\"?",
                        "tables.t.check_constraints[0].expression: expression is missing; write a boolean SQL expression such as \"price > 0\"");
    }

    @Test
    void indexes() throws Exception {
        assertThat(tables("'t': {'columns': [{'name': 'a', 'type': 'int'}, {'name': 'b', 'type': 'int'}],"
                + "'indexes': [{'columns': ['a'], 'type': 'btre'}, {'columns': ['a'], 'type': 'fancy'},"
                + "{'columns': ['zzz']}, {'columns': ['a', 'b'], 'type': 'HASH'}, {'columns': ['a'], 'type': 'gin', 'unique': true},"
                + "{'columns': ['a', 'b'], 'type': 'brin'}]}"))
                .containsExactly(
                        "tables.t.indexes[0].type: unknown index type \"btre\"; did you mean \"btree\"?",
                        "tables.t.indexes[1].type: unknown index type \"fancy\"; use one of btree, hash, gin, gist, brin, spgist",
                        "tables.t.indexes[2].columns[0]: no column \"zzz\" in table t",
                        "tables.t.indexes[3].columns: a hash index takes exactly one column",
                        "tables.t.indexes[4].unique: only btree indexes can be unique, not gin");
    }

    @Test
    void foreignKeyToMissingTableAndColumns() throws Exception {
        assertThat(tables("""
                'posts': {'columns': [{'name': 'id', 'type': 'serial'}], 'primary_key': ['id']},
                'comments': {'columns': [{'name': 'id', 'type': 'serial'}, {'name': 'post_id', 'type': 'int'}],
                  'foreign_keys': [
                    {'columns': ['post_id'], 'referenced_table': 'post'},
                    {'columns': ['postid'], 'referenced_table': 'posts', 'referenced_columns': ['idd']},
                    {'columns': ['post_id']},
                    {'columns': [], 'referenced_table': 'posts'}
                  ]}"""))
                .containsExactly(
                        "tables.comments.foreign_keys[0].referenced_table: no table \"post\"; did you mean \"posts\"?",
                        "tables.comments.foreign_keys[1].columns[0]: no column \"postid\" in table comments; did you mean \"post_id\"?",
                        "tables.comments.foreign_keys[1].referenced_columns[0]: no column \"idd\" in table posts; did you mean \"id\"?",
                        "tables.comments.foreign_keys[2].referenced_table: referenced_table is missing",
                        "tables.comments.foreign_keys[3].columns: needs at least one column");
    }

    @Test
    void foreignKeyCountsTypesAndKeys() throws Exception {
        assertThat(tables("""
                'users': {'columns': [{'name': 'id', 'type': 'bigserial'}, {'name': 'email', 'type': 'varchar(255)'},
                                      {'name': 'code', 'type': 'uuid'}],
                          'primary_key': ['id']},
                'orders': {'columns': [{'name': 'user_id', 'type': 'integer'}, {'name': 'user_email', 'type': 'text'},
                                       {'name': 'user_code', 'type': 'text'}],
                  'foreign_keys': [
                    {'columns': ['user_id'], 'referenced_table': 'users'},
                    {'columns': ['user_email'], 'referenced_table': 'users', 'referenced_columns': ['email']},
                    {'columns': ['user_id', 'user_email'], 'referenced_table': 'users', 'referenced_columns': ['id']},
                    {'columns': ['user_code'], 'referenced_table': 'users', 'referenced_columns': ['code']}
                  ]}"""))
                .containsExactly(
                        "tables.orders.foreign_keys[1].referenced_columns: referenced columns (email) of table users are not its primary key or a unique constraint; add \"unique_constraints\": [{\"columns\": [\"email\"]}] to table users",
                        "tables.orders.foreign_keys[2].referenced_columns: 1 column referenced but 2 columns in columns; they pair up one to one",
                        "tables.orders.foreign_keys[3].columns[0]: user_code is text but users.code is uuid; a foreign key needs matching types",
                        "tables.orders.foreign_keys[3].referenced_columns: referenced columns (code) of table users are not its primary key or a unique constraint; add \"unique_constraints\": [{\"columns\": [\"code\"]}] to table users");
    }

    @Test
    void foreignKeyToUniqueConstraintOrUniqueIndexIsFine() throws Exception {
        assertThat(tables("""
                'users': {'columns': [{'name': 'id', 'type': 'int'}, {'name': 'email', 'type': 'varchar(100)'}],
                          'unique_constraints': [{'columns': ['email']}], 'indexes': [{'columns': ['id'], 'unique': true}]},
                'orders': {'columns': [{'name': 'user_id', 'type': 'bigint'}, {'name': 'email', 'type': 'text'}],
                  'foreign_keys': [{'columns': ['email'], 'referenced_table': 'users', 'referenced_columns': ['email']},
                                   {'columns': ['user_id'], 'referenced_table': 'users', 'referenced_columns': ['id']}]}"""))
                .isEmpty();
    }

    @Test
    void omittedReferencedColumnsNeedAPrimaryKey() throws Exception {
        assertThat(tables("""
                'tags': {'columns': [{'name': 'id', 'type': 'int'}]},
                'posts': {'columns': [{'name': 'tag_id', 'type': 'int'}],
                  'foreign_keys': [{'columns': ['tag_id'], 'referenced_table': 'tags'}]}"""))
                .containsExactly("tables.posts.foreign_keys[0].referenced_columns: not given, and table tags has no primary key to default to; list the referenced columns or give tags a primary_key");
    }

    @Test
    void actions() throws Exception {
        assertThat(tables(USERS + """
                , 'posts': {'columns': [{'name': 'user_id', 'type': 'int'}],
                  'foreign_keys': [
                    {'columns': ['user_id'], 'referenced_table': 'users', 'on_delete': 'CASCASE', 'on_update': 'explode'},
                    {'columns': ['user_id'], 'referenced_table': 'users', 'on_delete': 'set null', 'on_update': 'no action'}
                  ]}"""))
                .containsExactly(
                        "tables.posts.foreign_keys[0].on_delete: unknown action \"CASCASE\"; did you mean \"CASCADE\"?",
                        "tables.posts.foreign_keys[0].on_update: unknown action \"explode\"; use one of CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION",
                        "tables.posts.foreign_keys[1].on_delete: SET NULL needs nullable columns, but user_id is NOT NULL; add \"nullable\": true");
    }

    @Test
    void notNullForeignKeyToAnEmptyTable() throws Exception {
        assertThat(tables("""
                'tags': {'row_count': 0, 'columns': [{'name': 'id', 'type': 'int'}], 'primary_key': ['id']},
                'post_tags': {'columns': [{'name': 'tag_id', 'type': 'int'}, {'name': 'other_tag', 'type': 'int', 'nullable': true}],
                  'foreign_keys': [{'columns': ['tag_id'], 'referenced_table': 'tags'},
                                   {'columns': ['other_tag'], 'referenced_table': 'tags'}]},
                'empty_too': {'row_count': 0, 'columns': [{'name': 'tag_id', 'type': 'int'}],
                  'foreign_keys': [{'columns': ['tag_id'], 'referenced_table': 'tags'}]}"""))
                .containsExactly("tables.post_tags.foreign_keys[0]: table tags has 0 rows, so a NOT NULL foreign key cannot be filled; make the column nullable or give tags rows");
    }

    @Test
    void circularForeignKeysAreLegal() throws Exception {
        assertThat(tables("""
                'a': {'columns': [{'name': 'id', 'type': 'int'}, {'name': 'b_id', 'type': 'int', 'nullable': true}],
                      'primary_key': ['id'], 'foreign_keys': [{'columns': ['b_id'], 'referenced_table': 'b'}]},
                'b': {'columns': [{'name': 'id', 'type': 'int'}, {'name': 'a_id', 'type': 'int'}],
                      'primary_key': ['id'], 'foreign_keys': [{'columns': ['a_id'], 'referenced_table': 'a'}]},
                'tree': {'columns': [{'name': 'id', 'type': 'int'}, {'name': 'parent_id', 'type': 'int', 'nullable': true}],
                      'primary_key': ['id'], 'foreign_keys': [{'columns': ['parent_id'], 'referenced_table': 'tree'}]}"""))
                .isEmpty();
    }

    @Test
    void customTypes() throws Exception {
        assertThat(problems("""
                {'version': '1.0',
                 'custom_types': {
                   'mood': {'kind': 'enum', 'definition': {'values': []}},
                   'color': {'name': 'colour', 'kind': 'enm', 'definition': {'values': ['red']}},
                   'size': {'kind': 'enum', 'definition': {'values': ['s', 'm', 's', 3]}},
                   'shape': {'kind': 'blob'},
                   'nothing': {'kind': 'composite'},
                   'address': {'kind': 'composite', 'definition': {'fields': [
                       {'name': 'street', 'type': 'text'}, {'name': 'street', 'type': 'txt'}, {'type': 'int'},
                       {'name': 'next', 'type': 'address'}]}},
                   'a': {'kind': 'composite', 'definition': {'fields': [{'name': 'b', 'type': 'b'}]}},
                   'b': {'kind': 'domain', 'definition': {'base_type': 'a'}},
                   'email': {'kind': 'domain', 'definition': {'constraint': 'VALUE LIKE \\'%@%\\''}}
                 },
                 'tables': {'t': {'columns': [{'name': 'm', 'type': 'mood'}]}}}"""))
                .containsExactly(
                        "custom_types.mood.definition.values: an enum needs a non-empty list of values",
                        "custom_types.color.name: \"colour\" does not match the key \"color\"; remove it or make them the same",
                        "custom_types.color.kind: unknown kind \"enm\"; did you mean \"enum\"?",
                        "custom_types.size.definition.values[2]: duplicate value \"s\"",
                        "custom_types.size.definition.values[3]: enum values must be text, got 3",
                        "custom_types.shape.kind: unknown kind \"blob\"; use one of enum, composite, domain",
                        "custom_types.nothing.definition: definition is missing; a composite type needs {\"fields\": [{\"name\": ..., \"type\": ...}]}",
                        "custom_types.address.definition.fields[1].name: duplicate field \"street\" (first defined at fields[0])",
                        "custom_types.address.definition.fields[1].type: unknown type \"txt\"; did you mean \"text\"?",
                        "custom_types.address.definition.fields[2].name: field name is missing",
                        "custom_types.address.definition.fields[3].type: composite type address cannot contain itself",
                        "custom_types.a.definition.fields[0].type: composite type a cannot contain b, which contains a",
                        "custom_types.b.definition.base_type: domain b cannot contain a, which contains b",
                        "custom_types.email.definition.base_type: base_type is missing; a domain needs a base type such as \"text\"");
    }

    @Test
    void customTypesUsedInColumns() throws Exception {
        assertThat(problems("""
                {'version': '1.0',
                 'custom_types': {'mood': {'kind': 'enum', 'definition': {'values': ['happy', 'sad']}},
                                  'email': {'kind': 'domain', 'definition': {'base_type': 'citext', 'constraint': 'VALUE <> \\'\\''}}},
                 'tables': {'t': {'columns': [{'name': 'm', 'type': 'mood[]'}, {'name': 'n', 'type': 'mod'}]}}}"""))
                .containsExactly(
                        "tables.t.columns[1].type: unknown type \"mod\"; did you mean \"mood\"?",
                        "custom_types.email.definition.base_type: unknown type \"citext\"; did you mean \"text\"?");
    }

    @Test
    void sequences() throws Exception {
        assertThat(problems("{'version': '1.0', 'tables': {" + USERS + "}, 'sequences': {"
                + "'zero': {'increment': 0},"
                + "'backwards': {'min_value': 10, 'max_value': 5},"
                + "'low': {'start': 0},"
                + "'high': {'start': 500, 'min_value': 1, 'max_value': 100},"
                + "'down': {'start': 5, 'increment': -1},"
                + "'named': {'name': 'other', 'cache': 0},"
                + "'fine': {'name': 'fine', 'start': 10, 'increment': 5, 'min_value': 10, 'max_value': 1000, 'cycle': true}}}"))
                .containsExactly(
                        "sequences.zero.increment: must not be 0",
                        "sequences.backwards.min_value: min_value 10 must be less than max_value 5",
                        "sequences.low.start: start 0 is less than the minimum 1 (the default for an ascending sequence); set min_value",
                        "sequences.high.start: start 500 is greater than the maximum 100",
                        "sequences.down.start: start 5 is greater than the maximum -1 (the default for a descending sequence); set max_value",
                        "sequences.named.name: \"other\" does not match the key \"named\"; remove it or make them the same",
                        "sequences.named.cache: must be 1 or more, got 0");
    }

    @Test
    void extensions() throws Exception {
        assertThat(problems("{'version': '1.0', 'tables': {" + USERS + "},"
                + "'extensions': ['uuid-ossp', 'pgcrypto', 'citext', 'bad name', '', 'citext']}"))
                .containsExactly(
                        "extensions[3]: \"bad name\" is not a valid extension name; use letters, digits, '_' and '-', e.g. \"uuid-ossp\"",
                        "extensions[4]: extension name is missing",
                        "extensions[5]: extension \"citext\" is listed twice");
    }

    @Test
    void nullListElementsAreReportedNotCrashedOn() throws Exception {
        assertThat(tables("'t': {'columns': [{'name': 'a', 'type': 'int'}, null], 'foreign_keys': [null],"
                + "'unique_constraints': [null], 'check_constraints': [null], 'indexes': [null]}"))
                .containsExactly(
                        "tables.t.columns[1]: expected a column object, got null",
                        "tables.t.foreign_keys[0]: expected an object, got null",
                        "tables.t.unique_constraints[0]: expected an object, got null",
                        "tables.t.check_constraints[0]: expected an object, got null",
                        "tables.t.indexes[0]: expected an object, got null");
    }

    @Test
    void generatorNamesAreNotCheckedHere() throws Exception {
        assertThat(tables("'t': {'columns': [{'name': 'a', 'type': 'text', 'generator': 'no_such_generator'}]}")).isEmpty();
    }

    @Test
    void reportsAllProblemsAtOnceInDocumentOrder() throws Exception {
        assertThat(problems("""
                {'version': '0.9',
                 'tables': {
                   'users': {'row_count': -1, 'columns': [{'name': 'id', 'type': 'integr'}], 'primary_key': ['idd']},
                   'posts': {'columns': [{'name': 'user_id', 'type': 'int'}],
                             'foreign_keys': [{'columns': ['user_id'], 'referenced_table': 'user'}]}
                 },
                 'extensions': ['no way']}"""))
                .containsExactly(
                        "version: unsupported version \"0.9\"; supported versions: \"1.0\"",
                        "tables.users.columns[0].type: unknown type \"integr\"; did you mean \"integer\"?",
                        "tables.users.primary_key[0]: no column \"idd\" in table users; did you mean \"id\"?",
                        "tables.users.row_count: must be 0 or more, got -1",
                        "tables.posts.foreign_keys[0].referenced_table: no table \"user\"; did you mean \"users\"?",
                        "extensions[0]: \"no way\" is not a valid extension name; use letters, digits, '_' and '-', e.g. \"uuid-ossp\"");
    }

    @Test
    void requireValidThrowsWithEveryProblem() throws Exception {
        Schema schema = reader.parse("{\"tables\": {}}", "x.json");
        assertThatThrownBy(() -> SchemaValidator.requireValid(schema, "x.json"))
                .isInstanceOf(SchemaException.class)
                .hasMessage("""
                        x.json: 2 problems
                          version: version is missing; supported versions: "1.0"
                          tables: the schema has no tables; define at least one""");
    }

    @Test
    void yamlSchemaValidates() throws Exception {
        Schema schema = reader.parse("""
                version: "1.0"
                tables:
                  users:
                    columns:
                      - {name: id, type: serial}
                    primary_key: [id]
                  posts:
                    columns:
                      - {name: id, type: serial}
                      - {name: author, type: int}
                    foreign_keys:
                      - {columns: [author], referenced_table: userz}
                """, "blog.yaml");
        assertThat(SchemaValidator.validate(schema)).extracting(Problem::toString).containsExactly(
                "tables.posts.foreign_keys[0].referenced_table: no table \"userz\"; did you mean \"users\"?");
    }
}
