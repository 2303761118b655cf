package dev.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.datagen.dump.DumpFormat;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import dev.datagen.support.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explicit generators, rules and foreign key fan-out of {@code generators.json}, restored by
 * the real pg_restore into a real PostgreSQL and checked with SQL: shapes within tolerance, every
 * value matching its regex, every rule holding on every row, no orphaned keys.
 */
class ExplicitGeneratorsRestoreTest {
    @TempDir
    static Path dir;
    static SchemaPlan plan;
    static TestDatabase db;

    @BeforeAll
    static void restore() {
        Path dump = dir.resolve("generators.dump");
        plan = Dumps.write("generators.json", DumpFormat.CUSTOM, -1, 7, 2, dump);
        db = TestPostgres.get().createDatabase();
        db.restore(dump).assertClean();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void restoresWithExactRowCountsAndNoOrphans() {
        RestoreRoundTripTest.assertRowCountsAndIntegrity(db, plan);
        // per_parent with no row_count: 1000 orders × (1 + 5) / 2
        assertThat(db.queryLong("select count(*) from order_items")).isEqualTo(3000);
    }

    @Test
    void weightedEnumMatchesItsWeightsWithinThreePoints() {
        assertThat(share("orders", "status = 'completed'")).isCloseTo(0.80, within(0.03));
        assertThat(share("orders", "status = 'pending'")).isCloseTo(0.15, within(0.03));
        assertThat(share("orders", "status = 'cancelled'")).isCloseTo(0.05, within(0.03));
        assertThat(share("orders", "order_type = 'premium'")).isCloseTo(0.30, within(0.03));
    }

    @Test
    void normalDistributionHasItsMeanAndStandardDeviation() {
        assertThat(number("select avg(weight) from order_items")).isCloseTo(500, within(500 * 0.05));
        assertThat(number("select stddev_samp(weight) from order_items")).isCloseTo(50, within(50 * 0.05));
    }

    @Test
    void lognormalIsPositiveAndSkewedToTheRight() {
        assertThat(number("select avg(income) from customers")).isCloseTo(50000, within(50000 * 0.1));
        assertThat(number("select min(income) from customers")).isPositive();
        assertThat(number("select percentile_cont(0.5) within group (order by income) from customers"))
                .isLessThan(number("select avg(income) from customers"));
    }

    @Test
    void zipfMakesTheSmallestValueTheMostFrequentAndFallsOff() {
        List<List<String>> top = db.query("select visits, count(*) from customers group by visits order by count(*) desc, visits limit 3");
        assertThat(top.get(0).get(0)).isEqualTo("1");
        long ones = db.queryLong("select count(*) from customers where visits = 1");
        long twos = db.queryLong("select count(*) from customers where visits = 2");
        long tail = db.queryLong("select count(*) from customers where visits > 25");
        assertThat(ones).isGreaterThan(twos);
        assertThat(twos * 25).isGreaterThan(tail);
        assertThat(db.queryLong("select count(*) from customers where visits not between 1 and 50")).isZero();
    }

    @Test
    void regexesAndPatternsMatchInPostgres() {
        assertThat(db.queryLong("select count(*) from customers where ref !~ '^[A-Z]{2}[0-9]{6}$'")).isZero();
        assertThat(db.queryLong("select count(distinct ref) from customers")).isEqualTo(200);
        assertThat(db.queryLong("select count(*) from orders where tracking !~ '^(DE|FR|NL)-[A-Z]{3}-\\d{4}(-[a-z]{2,5})?$'")).isZero();
        assertThat(db.queryLong("select count(*) from orders where tracking ~ '-[a-z]{2,5}$'")).isPositive();
        assertThat(db.queryLong("select count(distinct substr(tracking, 1, 2)) from orders")).isEqualTo(3);
        assertThat(db.queryLong("select count(*) from readings where sensor !~ '^S[0-9]{3}-[a-f]{2}$'")).isZero();
        assertThat(db.queryLong("select count(*) from coupons where code !~ '^CPN-[0-9]{4}$'")).isZero();
    }

    @Test
    void rulesHoldOnEveryRow() {
        assertThat(db.queryLong("select count(*) from orders where order_type = 'premium' and price < 100")).isZero();
        assertThat(db.queryLong("select count(*) from orders where order_type = 'trial' and price not between 1 and 5")).isZero();
        assertThat(db.queryLong("select count(*) from orders where status = 'cancelled' and refund is null")).isZero();
        assertThat(db.queryLong("select count(*) from orders where status <> 'cancelled' and refund is not null")).isZero();
        // the rules changed something: other rows still use the whole range
        assertThat(db.queryLong("select count(*) from orders where order_type = 'standard' and price < 100")).isPositive();
        assertThat(db.queryLong("select count(*) from orders where order_type = 'premium'")).isPositive();
        assertThat(db.queryLong("select count(*) from orders where refund is not null")).isPositive();
    }

    @Test
    void businessHoursTimeseriesShowsTheDailyAndWeeklyPattern() {
        assertThat(db.queryLong("select count(*) from orders where placed_at < '2025-01-06' or placed_at >= '2025-04-07'")).isZero();
        long businessHours = db.queryLong("select count(*) from orders where extract(hour from placed_at at time zone 'UTC') between 9 and 16");
        long night = db.queryLong("select count(*) from orders where extract(hour from placed_at at time zone 'UTC') between 0 and 5");
        assertThat(businessHours).isGreaterThan(night * 8);
        long weekdays = db.queryLong("select count(*) from orders where extract(isodow from placed_at at time zone 'UTC') <= 5");
        assertThat(weekdays).isGreaterThan((1000 - weekdays) * 5);
        // every hour of the day still has some orders, just fewer
        assertThat(db.queryLong("select count(distinct extract(hour from placed_at at time zone 'UTC')) from orders")).isGreaterThan(20);
    }

    @Test
    void dailyPeakWithTrendIsSortedBusiestAtThePeakAndGrowing() {
        assertThat(db.queryLong("select count(*) from (select at < lag(at) over (order by ctid) as back from events) s where back")).isZero();
        assertThat(db.queryLong("select count(*) from events where at < '2025-01-01' or at >= '2026-01-01'")).isZero();
        long evening = db.queryLong("select count(*) from events where extract(hour from at at time zone 'UTC') between 19 and 21");
        long morning = db.queryLong("select count(*) from events where extract(hour from at at time zone 'UTC') between 7 and 9");
        assertThat(evening).isGreaterThan(morning * 3);
        // trend 3: the rate triples over the year, so 62.5 % of the rows fall in the second half
        assertThat(share("events", "at >= '2025-07-02'")).isCloseTo(0.625, within(0.03));
    }

    @Test
    void datesFollowTheirDistributions() {
        assertThat(number("select avg(born_on - date '1990-06-15') from customers")).isCloseTo(0, within(3650 * 0.25));
        assertThat(number("select stddev_samp(born_on - date '1990-06-15') from customers")).isCloseTo(3650, within(3650 * 0.15));
        assertThat(db.queryLong("select count(*) from customers where born_on not between '1950-01-01' and '2030-12-31'")).isZero();
        assertThat(db.queryLong("select count(*) from customers where joined_at <> timestamp '2024-01-01 08:00' + (id - 1) * interval '1 hour'")).isZero();
    }

    @Test
    void intervalSeriesIsSortedEveryFifteenMinutes() {
        assertThat(db.queryLong("select count(*) from (select measured_at - lag(measured_at) over (order by ctid) as step from readings) s "
                + "where step <> interval '15 minutes'")).isZero();
        assertThat(db.query("select min(measured_at), max(measured_at) from readings").get(0))
                .containsExactly("2025-03-01 00:00:00", "2025-03-06 04:45:00");
    }

    @Test
    void perParentGivesEveryParentBetweenMinAndMaxChildren() {
        assertThat(db.queryLong("select count(*) from orders o where (select count(*) from order_items i where i.order_id = o.id) "
                + "not between 1 and 5")).isZero();
        assertThat(db.queryLong("select count(distinct n) from (select count(*) n from order_items group by order_id) c")).isEqualTo(5);
    }

    @Test
    void zipfForeignKeyMakesTheTopParentFarBusierThanTheMedian() {
        double top = number("select max(n) from (select count(o.id) n from customers c left join orders o on o.customer_id = c.id group by c.id) x");
        double median = number("select percentile_cont(0.5) within group (order by n) from "
                + "(select count(o.id) n from customers c left join orders o on o.customer_id = c.id group by c.id) x");
        assertThat(top).isGreaterThan(10 * Math.max(1, median));
    }

    @Test
    void nullRatiosAreHonoured() {
        assertThat(share("customers", "note is null")).isCloseTo(0.5, within(0.1));
        assertThat(share("orders", "coupon_code is null")).isCloseTo(0.3, within(0.05));
        // a nullable foreign key to a table without rows
        assertThat(db.queryLong("select count(*) from orders where campaign_id is not null")).isZero();
    }

    @Test
    void sameSeedGivesTheSameBytesWithOneWorkerOrTwo() {
        byte[] oneWorker = Dumps.bytes("generators.json", DumpFormat.PLAIN, 0, 7, 1);
        assertThat(Dumps.bytes("generators.json", DumpFormat.PLAIN, 0, 7, 2)).isEqualTo(oneWorker);
        assertThat(Dumps.bytes("generators.json", DumpFormat.PLAIN, 0, 7, 1)).isEqualTo(oneWorker);
        assertThat(Dumps.bytes("generators.json", DumpFormat.PLAIN, 0, 8, 1)).isNotEqualTo(oneWorker);
    }

    private static double share(String table, String condition) {
        return (double) db.queryLong("select count(*) from " + table + " where " + condition) / db.queryLong("select count(*) from " + table);
    }

    private static double number(String sql) {
        return Double.parseDouble(db.query(sql).get(0).get(0));
    }
}
