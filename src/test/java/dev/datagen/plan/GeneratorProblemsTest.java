package dev.datagen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.generate.GenerationSettings;
import dev.datagen.schema.Problem;
import dev.datagen.schema.Schema;
import dev.datagen.schema.SchemaReader;
import dev.datagen.schema.SchemaValidator;
import dev.datagen.support.Dumps;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Exact texts of what is wrong with generator settings, rules and foreign key fan-out: every one is
 * reported with its schema path before a single row is generated. (In the schemas below ' stands
 * for " and ` for '.)
 */
class GeneratorProblemsTest {
    private static final String ORDERS = "{'version': '1.0', 'tables': {"
            + "'customers': {'row_count': %d, 'columns': [{'name': 'id', 'type': 'serial'}], 'primary_key': ['id']},"
            + " 'orders': {'row_count': 100, 'columns': [{'name': 'id', 'type': 'serial'}, {'name': 'customer_id', 'type': 'integer'%s},"
            + " {'name': 'order_type', 'type': 'text', 'generator': 'weighted_enum', 'generator_config': {'weights': {'standard': 2, 'premium': 1}}},"
            + " {'name': 'price', 'type': 'numeric(8,2)'}], 'primary_key': ['id'],"
            + " 'foreign_keys': [{'columns': ['customer_id'], 'referenced_table': 'customers'%s}]%s}}}";

    @Test
    void unknownGeneratorSuggestsTheClosestName() throws Exception {
        assertThat(problems(column("{'name': 'status', 'type': 'text', 'generator': 'weighted_enm', 'generator_config': {'weights': {'a': 1}}}")))
                .containsExactly("tables.t.columns[0]: unknown generator \"weighted_enm\"; did you mean \"weighted_enum\"?");
    }

    @Test
    void unknownSettingsAndDistributionsSuggestTheClosestName() throws Exception {
        assertThat(problems(column("{'name': 'v', 'type': 'integer', 'generator_config': {'distribution': 'normal', 'mean': 5, 'stdev': 1}}")))
                .containsExactly("tables.t.columns[0]: unknown setting generator_config.stdev for generator distribution; did you mean \"stddev\"?");
        assertThat(problems(column("{'name': 'v', 'type': 'integer', 'generator_config': {'distribution': 'gauss'}}")))
                .containsExactly("tables.t.columns[0]: unknown distribution \"gauss\"; use uniform, normal, lognormal, zipf, sequential");
        assertThat(problems(column("{'name': 'at', 'type': 'timestamp', 'generator': 'timeseries', 'generator_config': {'start': '2025-01-01', 'interval': '15x'}}")))
                .containsExactly("tables.t.columns[0]: generator_config.interval \"15x\" is not a duration; write e.g. \"30s\", \"15m\", \"1h\", \"1h30m\", \"1d\" or \"1w\"");
    }

    @Test
    void badRegexesNameTheConstructAndItsPosition() throws Exception {
        String supported = "datagen's regex supports literals, escapes, [...] classes, \\d \\w \\s, ., groups, | and the quantifiers ? * + {n} {n,m}";
        assertThat(problems(column("{'name': 'code', 'type': 'text', 'generator': 'regex', 'generator_config': {'regex': '[A-Z]{3}(?=x)'}}")))
                .containsExactly("tables.t.columns[0]: regex \"[A-Z]{3}(?=x)\": \"(?=\" (lookaround, named group or flags) is not supported; "
                        + supported + " (at position 9)");
        assertThat(problems(column("{'name': 'code', 'type': 'text', 'generator': 'regex', 'generator_config': {'regex': 'a\\\\1'}}")))
                .containsExactly("tables.t.columns[0]: regex \"a\\1\": backreference \"\\1\" is not supported; " + supported + " (at position 2)");
        assertThat(problems(column("{'name': 'code', 'type': 'text', 'generator': 'regex', 'generator_config': {'regex': '[A-Z]{3'}}")))
                .containsExactly("tables.t.columns[0]: regex \"[A-Z]{3\": malformed quantifier \"{3\"; write {n}, {n,} or {n,m} (at position 6)");
    }

    @Test
    void valuesThatCannotFitTheColumnAreReported() throws Exception {
        assertThat(problems(column("{'name': 'code', 'type': 'varchar(5)', 'generator': 'regex', 'generator_config': {'regex': '[A-Z]{3}-[0-9]{4}'}}")))
                .containsExactly("tables.t.columns[0]: regex \"[A-Z]{3}-[0-9]{4}\" makes values of at least 8 characters, more than the 5 that "
                        + "character varying(5) allows");
        assertThat(problems(column("{'name': 'sku', 'type': 'varchar(6)', 'generator': 'pattern', 'generator_config': {'pattern': 'SKU-{seq:4}'}}")))
                .containsExactly("tables.t.columns[0]: pattern \"SKU-{seq:4}\" makes values of 8 characters, more than the 6 that "
                        + "character varying(6) allows");
        assertThat(problems(column("{'name': 'v', 'type': 'smallint', 'generator': 'sequential', 'generator_config': {'start': 1, 'step': 5000}}")))
                .containsExactly("tables.t.columns[0]: sequential value of row 10, 45001 is outside what smallint allows (-32768 to 32767)");
        assertThat(problems(column("{'name': 'n', 'type': 'text', 'generator_config': {'null_ratio': 0.5}}")))
                .containsExactly("tables.t.columns[0]: generator_config.null_ratio needs a nullable column; add \"nullable\": true");
    }

    @Test
    void explicitSettingsThatContradictACheckAreReported() throws Exception {
        assertThat(problems(column("{'name': 'price', 'type': 'integer', 'generator_config': {'min': 0, 'max': 10}}],"
                + " 'check_constraints': [{'expression': 'price > 100'}")))
                .containsExactly("tables.t.columns[0]: the range generator_config.min 0 to generator_config.max 10 lies outside what "
                        + "integer and CHECK (price > 100) allows (101 to 2147483647)");
        assertThat(problems(column("{'name': 'status', 'type': 'text', 'generator': 'weighted_enum', 'generator_config': {'weights': {'done': 1, 'open': 2}}}],"
                + " 'check_constraints': [{'expression': 'status IN (`done`, `opened`)'}")))
                .containsExactly("tables.t.columns[0]: value \"open\" is not allowed by CHECK (status IN ('done', 'opened')); did you mean \"opened\"?");
        assertThat(problems(column("{'name': 'code', 'type': 'text', 'generator': 'regex', 'generator_config': {'regex': '[a-z]{2}'}}],"
                + " 'check_constraints': [{'expression': 'code IN (`ab`, `cd`)'}")))
                .containsExactly("tables.t.columns[0]: regex \"[a-z]{2}\" cannot be held to CHECK (code IN ('ab', 'cd')); use weighted_enum with those values");
        assertThat(problems(column("{'name': 'mail', 'type': 'text', 'generator': 'email'}], 'check_constraints': [{'expression': 'mail IN (`a`, `b`)'}")))
                .containsExactly("tables.t.columns[0]: generator email cannot be held to CHECK (mail IN ('a', 'b')); use weighted_enum with those values");
        assertThat(problems(column("{'name': 'v', 'type': 'integer', 'generator_config': {'distribution': 'normal', 'mean': 50, 'stddev': 5}}],"
                + " 'check_constraints': [{'expression': 'v BETWEEN 100 AND 200'}")))
                .containsExactly("tables.t.columns[0]: generator_config.mean 50 is outside the range 100 to 200 (integer and CHECK (v BETWEEN 100 AND 200))");
    }

    @Test
    void checksNamingNoColumnOfTheTableAreReportedAtTheCheck() throws Exception {
        assertThat(problems(column("{'name': 'price', 'type': 'integer'}], 'check_constraints': [{'expression': 'prise > 0'}")))
                .containsExactly("tables.t.check_constraints[0]: CHECK (prise > 0) names column \"prise\", which table t does not have; "
                        + "did you mean \"price\"?");
        // PostgreSQL folds unquoted names: unitPrice means unitprice
        assertThat(problems(column("{'name': 'unitPrice', 'type': 'integer'}], 'check_constraints': [{'expression': 'unitPrice > 0'}")))
                .containsExactly("tables.t.check_constraints[0]: CHECK (unitPrice > 0) names column \"unitprice\", which table t does not "
                        + "have; unquoted names fold to lower case, so write \"unitPrice\" in double quotes");
        assertThat(problems(column("{'name': 'price', 'type': 'integer'}], 'check_constraints': [{'expression': 'PRICE > 0'}"))).isEmpty();
    }

    @Test
    void checksThatContradictEachOtherAreReported() throws Exception {
        assertThat(problems(column("{'name': 's', 'type': 'text'}], 'check_constraints': [{'expression': 's IN (`a`, `b`)'},"
                + " {'expression': 's IN (`c`)'}")))
                .containsExactly("tables.t.check_constraints[1]: no value satisfies CHECK (s IN ('a', 'b')) and CHECK (s IN ('c')): "
                        + "its IN lists share no value");
        assertThat(problems(column("{'name': 's', 'type': 'text'}], 'check_constraints': [{'expression': 's IN (`a`) AND s IN (`b`)'}")))
                .containsExactly("tables.t.check_constraints[0]: no value satisfies CHECK (s IN ('a') AND s IN ('b')): its IN lists share no value");
        assertThat(problems(column("{'name': 'code', 'type': 'varchar(4)'}], 'check_constraints': [{'expression': 'length(code) > 4'}")))
                .containsExactly("tables.t.columns[0]: no value satisfies character varying(4) and CHECK (length(code) > 4): "
                        + "it needs at least 5 characters but allows at most 4");
        assertThat(problems(column("{'name': 's', 'type': 'varchar(2)'}], 'check_constraints': [{'expression': 's IN (`abc`, `de`)'},"
                + " {'expression': 'length(s) >= 3'}")))
                .containsExactly("tables.t.columns[0]: no value of CHECK (s IN ('abc', 'de')) and CHECK (length(s) >= 3) fits "
                        + "character varying(2) with at least 3 characters");
        assertThat(problems(column("{'name': 's', 'type': 'text', 'generator': 'weighted_enum', 'generator_config': {'weights': {'ab': 1, 'abc': 1}}}],"
                + " 'check_constraints': [{'expression': 'char_length(s) > 2'}")))
                .containsExactly("tables.t.columns[0]: value \"ab\" has 2 characters, fewer than the 3 that CHECK (char_length(s) > 2) needs");
        assertThat(problems("{'version': '1.0', 'custom_types': {'pos': {'kind': 'domain', 'definition': {'base_type': 'integer', 'constraint': 'CHECK (VALUE > 0)'}}},"
                + " 'tables': {'t': {'row_count': 10, 'columns': [{'name': 'n', 'type': 'pos'}], 'check_constraints': [{'expression': 'n < 1'}]}}}"))
                .containsExactly("tables.t.columns[0]: no value satisfies integer and CHECK (n < 1) and domain pos CHECK (VALUE > 0)");
    }

    @Test
    void uniqueColumnsHeldToAnInListOrToDatesSaySoWhenTheRowsDoNotFit() throws Exception {
        assertThat(problems("{'version': '1.0', 'tables': {'t': {'row_count': 3, 'columns': [{'name': 'tier', 'type': 'text'}],"
                + " 'primary_key': ['tier'], 'check_constraints': [{'expression': 'tier IN (`gold`, `silver`)'}]}}}"))
                .containsExactly("tables.t.columns[0]: column tier is unique but CHECK (tier IN ('gold', 'silver')) allows only 2 values, "
                        + "fewer than the 3 rows; allow more values or lower row_count");
        assertThat(problems("{'version': '1.0', 'tables': {'t': {'row_count': 4000000, 'columns': [{'name': 'day', 'type': 'date'}],"
                + " 'primary_key': ['day']}}}"))
                .containsExactly("tables.t.columns[0]: column day is unique but days from 0001-01-01 to 9999-12-31 can hold only 3652059 "
                        + "distinct values, fewer than the 4000000 rows; widen the range or lower row_count");
    }

    @Test
    void uniqueColumnsWhoseValuesCannotHoldTheRowsSaySo() throws Exception {
        assertThat(problems("{'version': '1.0', 'tables': {'t': {'row_count': 3, 'columns': [{'name': 'flag', 'type': 'boolean'}],"
                + " 'unique_constraints': [{'columns': ['flag']}]}}}"))
                .containsExactly("tables.t.columns[0]: column flag is unique but boolean has only 2 values, fewer than the 3 rows; "
                        + "lower row_count or drop the unique constraint");
        assertThat(problems("{'version': '1.0', 'custom_types': {'mood': {'kind': 'enum', 'definition': {'values': ['sad', 'ok', 'happy']}}},"
                + " 'tables': {'t': {'row_count': 10, 'columns': [{'name': 'm', 'type': 'mood'}], 'unique_constraints': [{'columns': ['m']}]}}}"))
                .containsExactly("tables.t.columns[0]: column m is unique but enum mood has only 3 labels, fewer than the 10 rows; "
                        + "add labels or lower row_count");
        assertThat(problems("{'version': '1.0', 'tables': {'codes': {'row_count': 10000, 'columns': [{'name': 'code', 'type': 'varchar(2)'}],"
                + " 'unique_constraints': [{'columns': ['code']}]}}}"))
                .containsExactly("tables.codes.columns[0]: column code is unique but character varying(2) can hold at most 1296 distinct values, "
                        + "fewer than the 10000 rows; widen the type or lower row_count");
        assertThat(problems("{'version': '1.0', 'tables': {'t': {'row_count': 1000, 'columns': [{'name': 'code', 'type': 'text', 'generator': 'regex',"
                + " 'generator_config': {'regex': '[A-C][0-9]{2}'}}], 'unique_constraints': [{'columns': ['code']}]}}}"))
                .containsExactly("tables.t.columns[0]: column code is unique but regex \"[A-C][0-9]{2}\" can make only 300 distinct values, "
                        + "fewer than the 1000 rows; widen the regex or lower row_count");
    }

    @Test
    void rulesNameUnknownColumnsAndImpossibleConditions() throws Exception {
        assertThat(problems(orders(10, "", "", ", 'rules': [{'when': {'column': 'order_typ', 'equals': 'premium'}, 'then': {'prise': {'min': 100}}}]")))
                .containsExactly("tables.orders.rules[0].when.column: no column \"order_typ\" in table orders; did you mean \"order_type\"?",
                        "tables.orders.rules[0].then.prise: no column \"prise\" in table orders; did you mean \"price\"?");
        assertThat(problems(orders(10, "", "", ", 'rules': [{'when': {'column': 'order_type', 'equals': 'premum'}, 'then': {'price': {'min': 100}}}]")))
                .containsExactly("tables.orders.rules[0].when.equals: \"premum\" is never a value of order_type; did you mean \"premium\"?");
        assertThat(problems(orders(10, "", "", ", 'rules': [{'when': {'column': 'order_type', 'equals': null}, 'then': {'price': {'min': 100}}}]")))
                .containsExactly("tables.orders.rules[0].when.equals: column order_type is NOT NULL, so it is never null");
        assertThat(problems(orders(10, "", "", ", 'rules': [{'when': {'column': 'order_type'}, 'then': {}}]")))
                .containsExactly("tables.orders.rules[0].when: give \"equals\": value or \"in\": [values]",
                        "tables.orders.rules[0].then: then is missing or empty; write e.g. {\"price\": {\"min\": 100}}");
    }

    @Test
    void rulesCannotChangeKeysNorAskForTheImpossible() throws Exception {
        assertThat(problems(orders(10, "", "", ", 'rules': [{'when': {'column': 'order_type', 'equals': 'premium'}, 'then': {'customer_id': {'min': 100}}}]")))
                .containsExactly("tables.orders.rules[0].then.customer_id: rules cannot change column customer_id: it is a foreign key column");
        assertThat(problems(orders(10, "", "", ", 'rules': [{'when': {'column': 'order_type', 'equals': 'premium'}, 'then': {'price': {'min': 100, 'max': 50}}}]")))
                .containsExactly("tables.orders.rules[0].then.price: min 100 is greater than max 50");
        assertThat(problems(orders(10, "", "", ", 'rules': [{'when': {'column': 'price', 'equals': 5}, 'then': {'order_type': {'weights': {'premium': 1}}}},"
                + " {'when': {'column': 'order_type', 'equals': 'premium'}, 'then': {'price': {'min': 100}}}]")))
                .containsExactly("tables.orders.rules[0]: rules make order_type depend on itself (order_type → price → order_type); "
                        + "a rule's condition cannot read a column that depends on its own");
    }

    @Test
    void fanOutSettingsAreChecked() throws Exception {
        assertThat(problems(orders(10, "", ", 'per_parent': {'min': 1, 'max': 3}", "")))
                .containsExactly("tables.orders.foreign_keys[0].per_parent: customers has 10 rows with 1 to 3 children each, so this table needs "
                        + "10 to 30 rows, not 100; remove row_count to derive it (20) or change per_parent");
        assertThat(problems(orders(10, "", ", 'distribution': 'zipff'", "")))
                .containsExactly("tables.orders.foreign_keys[0].distribution: unknown distribution \"zipff\"; did you mean \"zipf\"?");
        assertThat(problems(orders(10, "", ", 'per_parent': {'min': 4, 'max': 2}, 'distribution': 'zipf'", "")))
                .containsExactly("tables.orders.foreign_keys[0].per_parent: give either distribution or per_parent, not both",
                        "tables.orders.foreign_keys[0].per_parent.max: max 2 is less than min 4");
        assertThat(problems(orders(10, "", ", 'null_ratio': 0.5", "")))
                .containsExactly("tables.orders.foreign_keys[0].null_ratio: NULLs need nullable columns, but customer_id is NOT NULL; add \"nullable\": true");
        assertThat(problems(orders(10, ", 'nullable': true", ", 'null_ratio': 1.5", "")))
                .containsExactly("tables.orders.foreign_keys[0].null_ratio: must be between 0 and 1, got 1.5");
    }

    @Test
    void notNullForeignKeyToATableWithoutRowsIsAnError() throws Exception {
        String message = "tables.orders.foreign_keys[0]: table customers has 0 rows, so a NOT NULL foreign key cannot be filled; "
                + "make the column nullable or give customers rows";
        assertThat(problems(orders(0, "", "", ""))).containsExactly(message);
        // a row count of 0 that only the planner sees: --rows 0 for tables without row_count
        String noRowCount = orders(0, "", "", "").replace("\"row_count\": 0, ", "");
        assertThat(problems(noRowCount, 0L)).containsExactly(message);
        assertThat(problems(orders(0, ", 'nullable': true", "", ""))).isEmpty();
    }

    private static String column(String columns) {
        return "{'version': '1.0', 'tables': {'t': {'row_count': 10, 'columns': [" + columns + "]}}}";
    }

    private static String orders(int customers, String customerIdColumn, String foreignKey, String more) {
        return String.format(ORDERS, customers, customerIdColumn, foreignKey, more);
    }

    static List<String> problems(String json) throws Exception {
        return problems(json, null);
    }

    /** Every problem of the schema as the CLI prints it: validation's, else planning's. */
    static List<String> problems(String json, Long defaultRows) throws Exception {
        Schema schema = new SchemaReader().parse(json.replace('\'', '"').replace('`', '\''), "test.json");
        List<Problem> invalid = SchemaValidator.validate(schema);
        if (!invalid.isEmpty()) {
            return invalid.stream().map(Problem::toString).toList();
        }
        try {
            new Planner(GenerationSettings.of(1, Dumps.NOW, Locale.US), defaultRows).plan(schema);
            return List.of();
        } catch (PlanException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }
}
