package dev.datagen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * checks.json restored by the real pg_restore, which would refuse any row breaking a CHECK, then
 * queried: column names fold as PostgreSQL folds them, lengths, merged bounds and IN lists, domain
 * plus column CHECKs, a unique column with an IN list, and unique dates beyond two thousand years.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckRestoreTest {
    @TempDir
    static Path dir;
    private TestDatabase db;

    @BeforeAll
    void restore() {
        db = Dumps.restored("checks.json", 5, dir);
    }

    @AfterAll
    void drop() {
        db.close();
    }

    @Test
    void checksReachTheirColumnsWhateverTheCaseOfTheirNames() {
        assertThat(db.queryLong("select count(*) from items")).isEqualTo(3000);
        assertThat(db.queryLong("select min(price) from items")).isGreaterThanOrEqualTo(50000);
        assertThat(db.queryLong("select max(\"Score\") from items")).isLessThan(-10);
    }

    @Test
    void minimumLengthsAreHonoured() {
        assertThat(db.queryLong("select min(char_length(code)) from items")).isEqualTo(6);
        assertThat(db.queryLong("select max(char_length(code)) from items")).isEqualTo(8);
        assertThat(db.queryLong("select min(char_length(first_name)) from items")).isGreaterThanOrEqualTo(6);
        // names long enough are left alone
        assertThat(db.queryLong("select count(*) from items where first_name ~ '^[A-Z][a-z]+$'")).isGreaterThan(1500);
    }

    @Test
    void severalChecksOnAColumnAllHold() {
        assertThat(db.query("select distinct qty from items")).containsExactly(List.of("1"));
        assertThat(db.query("select distinct status from items order by 1")).containsExactly(List.of("b"), List.of("c"));
        assertThat(db.query("select distinct kind from items")).containsExactly(List.of("y"));
        assertThat(db.query("select distinct level from items order by 1")).containsExactly(List.of("1"), List.of("2"));
    }

    @Test
    void aUniqueColumnTakesDistinctValuesOfItsInList() {
        assertThat(db.queryLong("select count(distinct name) from tiers")).isEqualTo(4);
        assertThat(db.queryLong("select count(*) from tiers where name not in ('gold', 'silver', 'bronze', 'iron', 'tin')")).isZero();
    }

    @Test
    void uniqueDatesCountForwardFromYearOneWhenTheyCannotAllLieBeforeToday() {
        // 800,000 days before 2026-01-01 would reach 165 BC
        assertThat(db.queryLong("select count(distinct day) from days")).isEqualTo(800000);
        String last = LocalDate.of(1, 1, 1).plusDays(800000 - 1).toString();
        assertThat(db.query("select min(day)::text, max(day)::text from days")).containsExactly(List.of("0001-01-01", last));
    }
}
