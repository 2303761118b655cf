package dev.datagen.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** A writer that does not stop never replaces the failure already on its way out (its exit code is the one reported). */
class WriterThreadsTest {

    @Test
    void aWriterThatDoesNotStopIsSuppressedUnderTheFirstFailure() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        ExecutorService writers = WriterThreads.pool(1, "test-writer");
        CountDownLatch started = new CountDownLatch(1);
        writers.submit(() -> {
            started.countDown();
            while (!release.get()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // ignores interrupts, like a blocked socket write
            }
        });
        started.await();
        try {
            IllegalStateException lost = new IllegalStateException("lost the connection");
            WriterThreads.stop(writers, lost, 1);
            assertThat(lost.getSuppressed()).hasSize(1);
            assertThat(lost.getSuppressed()[0]).isInstanceOf(InterruptedIOException.class)
                    .hasMessage("table writers did not stop within 1 s");

            assertThatThrownBy(() -> WriterThreads.stop(writers, null, 1)).isInstanceOf(InterruptedIOException.class)
                    .hasMessage("table writers did not stop within 1 s");
        } finally {
            release.set(true);
        }
        assertThat(writers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
}
