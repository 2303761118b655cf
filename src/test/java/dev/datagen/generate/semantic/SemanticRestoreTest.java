package dev.datagen.generate.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.dump.DumpFormat;
import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * semantic.json restored by the real pg_restore into a real PostgreSQL, then queried with SQL:
 * the columns of a row tell one story, values stay inside their types and CHECKs, and the
 * restore itself proves no value was too long or out of range (PostgreSQL would refuse it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SemanticRestoreTest {
    private static final String C = "public.customers";
    private static final String O = "public.orders";

    @TempDir
    static Path dir;
    private TestDatabase db;

    @BeforeAll
    void restore() {
        db = Dumps.restored("semantic.json", 31, dir);
    }

    @AfterAll
    void drop() {
        db.close();
    }

    @Test
    void onePersonStandsBehindNamesEmailUserNameAndSalutation() {
        assertThat(count(C, "name <> \"firstName\" || ' ' || last_name")).isZero();
        String lastAscii = "lower(regexp_replace(translate(last_name, 'áàâäãéèêëíìîïóòôöõúùûüñçß', 'aaaaaeeeeiiiiooooouuuuncs'), '[^A-Za-z]', '', 'g'))";
        assertThat(count(C, "position(" + lastAscii + " in contact_email_address) = 0")).isLessThan(8);
        assertThat(count(C, "position(" + lastAscii + " in user_name) = 0")).isLessThan(8);
        // user name and e-mail address share the person's handle
        assertThat(count(C, "split_part(contact_email_address, '@', 1) !~ ('^' || regexp_replace(user_name, '[0-9]+$', ''))")).isZero();
        assertThat(count(C, "contact_email_address !~ '^[a-z._]+[0-9]+@[a-z0-9.-]+\\.[a-z]{2,}$'")).isZero();
        assertThat(count(C, "gender not in ('F', 'M')")).isZero();
        assertThat(count(C, "gender = 'M' and \"Salutation\" not in ('Mr.', 'Dr.')")).isZero();
        assertThat(count(C, "gender = 'F' and \"Salutation\" not in ('Ms.', 'Mrs.', 'Miss', 'Dr.')")).isZero();
    }

    @Test
    void birthDatesGiveAdultsAndAgesAgreeWithThem() {
        assertThat(count(C, "date_part('year', age(date '2026-01-01', dob)) not between 18 and 90")).isZero();
        assertThat(count(C, "age <> date_part('year', age(date '2026-01-01', dob))")).isZero();
        assertThat(db.queryLong("select max(age) - min(age) from " + C)).isGreaterThan(50);
    }

    @Test
    void onePlaceStandsBehindTheAddress() {
        assertThat(count(C, "mailing_address <> billing_street || ', ' || billing_city || ', ' || state_code || ' ' || zip")).isZero();
        assertThat(count(C, "zip !~ '^[0-9]{5}$' or state_code !~ '^[A-Z]{2}$'")).isZero();
        assertThat(count(C, "country <> 'United States' or country_code <> 'US'")).isZero();
        assertThat(count(C, "lat not between 18 and 72 or lng not between -170 and -65")).isZero();
        assertThat(count(C, "time_zone not like 'America/%' and time_zone not like 'Pacific/%'")).isZero();
        assertThat(count(C, "state_code = 'CA' and time_zone <> 'America/Los_Angeles'")).isZero();
        assertThat(count(C, "state_code = 'NY' and (lat not between 40 and 46 or lng not between -78 and -72)")).isZero();
        assertThat(db.queryLong("select count(distinct billing_state) from " + C)).isGreaterThan(30);
    }

    @Test
    void timelinesRunForward() {
        assertThat(count(C, "updated_at < created_at or deleted_at < updated_at")).isZero();
        assertThat(count(C, "created_at > timestamptz '2026-01-01 00:00:00+00' or created_at < timestamptz '2022-12-31'")).isZero();
        // deleted_at is nullable: mostly NULL
        assertThat(count(C, "deleted_at is null")).isBetween(300L, 380L);
        assertThat(count(O, "not (ordered_at <= paid_at and paid_at <= shipped_at and shipped_at <= delivered_at)")).isZero();
        assertThat(count(O, "delivered_at > timestamp '2026-01-01 00:00:00'")).isZero();
    }

    @Test
    void valuesStayInsideTheirTypesAndChecks() {
        // varchar(5), varchar(8), varchar(12), char(3), CHECK char_length <= 20: checked by PostgreSQL on restore, and here
        assertThat(count(O, "char_length(city) > 5 or char_length(tracking_number) > 8 or char_length(email) > 12 "
                + "or char_length(description) > 20 or char_length(product_name) > 18")).isZero();
        assertThat(count(O, "city = '' or description ~ '[ ,.-]$'")).isZero();
        // a short e-mail column still gets whole addresses: a shorter local part, or a short domain
        assertThat(count(O, "email !~ '^[a-z][a-z0-9._]*@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}$'")).isZero();
        assertThat(count(O, "\"unitPrice\" <= 0 or \"unitPrice\" > 1000")).isZero();
        assertThat(count(O, "quantity not between 2 and 5")).isZero();
        assertThat(count(O, "discount < 60")).isZero();
        assertThat(count(O, "rating not between 1 and 5")).isZero();
        assertThat(count(O, "currency !~ '^[A-Z]{3}$'")).isZero();
        assertThat(db.queryLong("select count(distinct quantity) from " + O)).isEqualTo(4);
    }

    @Test
    void statusesAreLabelsNotProse() {
        assertThat(db.queryLong("select count(distinct status) from " + C)).isBetween(2L, 6L);
        assertThat(count(C, "status !~ '^[a-z]+$'")).isZero();
        assertThat(count(O, "order_status not in ('delivered', 'shipped', 'processing', 'pending', 'cancelled', 'returned')")).isZero();
        // a name meaning a number on a text column keeps the text default instead
        assertThat(count(O, "price_text ~ '^[0-9.]+$'")).isZero();
    }

    @Test
    void uniqueMeaningfulColumnsAreDistinct() {
        assertThat(db.queryLong("select count(distinct sku) from " + O)).isEqualTo(600);
        assertThat(count(O, "sku !~ '^[A-Z]{3}-[0-9]{5}$' or order_number !~ '^20[0-9]{2}-[0-9]{6}$'")).isZero();
        assertThat(db.queryLong("select count(distinct user_name) from " + C)).isEqualTo(400);
    }

    @Test
    void bankAndCardNumbersCarryValidCheckDigits() {
        List<List<String>> rows = db.query("select iban, credit_card_number, card_type from " + C);
        for (List<String> r : rows) {
            String iban = r.get(0);
            assertThat(iban).matches("DE[0-9]{20}");
            assertThat(new BigInteger((iban.substring(4) + "1314" + iban.substring(2, 4))).mod(BigInteger.valueOf(97)))
                    .as(iban).isEqualTo(BigInteger.ONE);
            String card = r.get(1);
            assertThat(luhnValid(card)).as(card).isTrue();
            assertThat(card.startsWith("4")).isEqualTo(r.get(2).equals("Visa"));
            assertThat(card.length()).isEqualTo(r.get(2).equals("American Express") ? 15 : 16);
        }
    }

    @Test
    void otherLocalesLookLikeTheirCountry() {
        Path dump = dir.resolve("semantic-de.dump");
        Dumps.write("semantic.json", Locale.GERMANY, DumpFormat.CUSTOM, -1, 31, 1, dump);
        try (TestDatabase de = TestPostgres.get().createDatabase()) {
            de.restore(dump).assertClean();
            assertThat(de.queryLong("select count(*) from " + C + " where country <> 'Deutschland' or country_code <> 'DE'")).isZero();
            assertThat(de.queryLong("select count(*) from " + C + " where zip !~ '^[0-9]{5}$'")).isZero();
            // German numbers: trunk prefix 0, no (area) parentheses as in the US
            assertThat(de.queryLong("select count(*) from " + C + " where mobile_phone !~ '^0[0-9 /-]+$'")).isZero();
            // German city names: Neu..., Bad..., ...dorf, ...burg, ...stadt
            assertThat(de.queryLong("select count(*) from " + C + " where billing_city ~ "
                    + "'^(Nord|Ost|West|Süd|Neu|Alt|Bad|Groß|Klein|Schön) |(stadt|dorf|land|scheid|burg|berg|heim|hagen|feld|brunn|grün)$'"))
                    .isGreaterThan(360);
            assertThat(de.queryLong("select count(*) from " + C + " where time_zone <> 'Europe/Berlin' or lat not between 47 and 55.1")).isZero();
            assertThat(de.queryLong("select count(*) from " + C + " where \"Salutation\" not in ('Herr', 'Frau', 'Dr.')")).isZero();
            assertThat(de.queryLong("select count(*) from " + C + " where mailing_address !~ ', [0-9]{5} '")).isZero();
            List<String> enCities = db.query("select distinct billing_city from " + C).stream().map(r -> r.get(0)).toList();
            List<String> deCities = de.query("select distinct billing_city from " + C).stream().map(r -> r.get(0)).toList();
            assertThat(deCities).doesNotContainAnyElementsOf(enCities);
            assertThat(de.queryLong("select count(*) from " + C + " where \"firstName\" ~ '[äöüÄÖÜß]' or last_name ~ '[äöüÄÖÜß]'")).isPositive();
        }
    }

    private long count(String table, String condition) {
        return db.queryLong("select count(*) from " + table + " where " + condition);
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, n = 0; i >= 0; i--, n++) {
            int d = digits.charAt(i) - '0';
            sum += n % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10 == 0;
    }
}
