package dev.datagen.operator.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobSummaryTest {
    @Test
    void readsTheRunnersSummary() {
        JobSummary s = JobSummary.parse("""
                {"status":"succeeded","location":"s3://b/k","bytes":206800000,"sha256":"ab","rows":{"public.a":1,"public.b":2},
                 "totalRows":3,"rowsTruncated":false,"somethingNew":{"x":1}}""").orElseThrow();
        assertThat(s.failed()).isFalse();
        assertThat(s.result().rows()).containsEntry("public.a", 1L).containsEntry("public.b", 2L);
        assertThat(s.result().totalRows()).isEqualTo(3L);
        assertThat(s.result().size()).isEqualTo("206.8 MB");
        assertThat(s.result().location()).isEqualTo("s3://b/k");
    }

    @Test
    void toleratesWhatIsNotASummary() {
        assertThat(JobSummary.parse(null)).isEmpty();
        assertThat(JobSummary.parse("  ")).isEmpty();
        assertThat(JobSummary.parse("Exception in thread main\n\tat x.y")).isEmpty();
        assertThat(JobSummary.parse("[1,2]")).isEmpty();
        JobSummary wrongTypes = JobSummary.parse("{\"status\":\"failed\",\"exitCode\":\"six\",\"bytes\":\"many\",\"rows\":[1],\"error\":\"boom\"}").orElseThrow();
        assertThat(wrongTypes.failed()).isTrue();
        assertThat(wrongTypes.exitCode()).isNull();
        assertThat(wrongTypes.error()).isEqualTo("boom");
        assertThat(wrongTypes.result().bytes()).isNull();
        assertThat(wrongTypes.result().rows()).isNull();
    }

    @Test
    void totalRowsFallsBackToTheSumOfTables() {
        assertThat(JobSummary.parse("{\"rows\":{\"a\":5,\"b\":7}}").orElseThrow().result().totalRows()).isEqualTo(12L);
    }

    @Test
    void sizesInDecimalUnits() {
        assertThat(JobSummary.humanSize(999)).isEqualTo("999 B");
        assertThat(JobSummary.humanSize(1000)).isEqualTo("1.0 kB");
        assertThat(JobSummary.humanSize(999_960)).isEqualTo("1.0 MB");
        assertThat(JobSummary.humanSize(206_800_000)).isEqualTo("206.8 MB");
        assertThat(JobSummary.humanSize(3_500_000_000L)).isEqualTo("3.5 GB");
    }
}
