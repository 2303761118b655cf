package dev.datagen.generate.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.datagen.generate.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rank frequencies follow 1/k^s. */
class ZipfTest {
    @ParameterizedTest(name = "n={0} s={1}")
    @CsvSource({"10, 1.0", "50, 1.2", "1000, 0.8", "5, 2.5"})
    void frequenciesFollowThePowerLaw(int n, double s) {
        Zipf zipf = new Zipf(n, s);
        int draws = 200_000;
        long[] count = new long[n + 1];
        Rng rng = new Rng(7);
        for (int i = 0; i < draws; i++) {
            long k = zipf.sample(rng);
            assertThat(k).isBetween(1L, (long) n);
            count[(int) k]++;
        }
        double norm = 0;
        for (int k = 1; k <= n; k++) {
            norm += Math.pow(k, -s);
        }
        for (int k = 1; k <= Math.min(n, 5); k++) {
            double expected = Math.pow(k, -s) / norm;
            assertThat((double) count[k] / draws).as("share of rank %d", k).isCloseTo(expected, within(0.01));
        }
    }
}
