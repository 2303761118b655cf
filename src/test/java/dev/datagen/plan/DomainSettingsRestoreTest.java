package dev.datagen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.support.Dumps;
import dev.datagen.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings on a domain-typed column apply to its base type, under the domain's CHECK (restored, then queried). */
class DomainSettingsRestoreTest {
    @TempDir
    Path dir;

    @Test
    void rangesDistributionsAndGeneratorsReachDomainColumns() {
        try (TestDatabase db = Dumps.restored("domain-settings.json", 4, dir)) {
            assertThat(db.queryLong("select count(*) from t where x < 5000 or x > 6000")).isZero();
            assertThat(db.queryLong("select round(avg(y)) from t")).isBetween(98L, 102L);
            // min 0 is below the domain's CHECK (VALUE > 10): the range is clamped to 11..20
            assertThat(db.queryLong("select min(z) from t")).isEqualTo(11);
            assertThat(db.queryLong("select max(z) from t")).isEqualTo(20);
            assertThat(db.queryLong("select count(*) from t where w <> id + 10")).isZero();
        }
    }
}
