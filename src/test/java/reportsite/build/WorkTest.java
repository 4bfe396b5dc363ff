package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reportsite.diag.UserError;

class WorkTest {

    @Test
    void mapKeepsTheOrderOfTheItems() {
        try (Work work = new Work()) {
            List<Integer> items = IntStream.range(0, 1000).boxed().toList();
            assertEquals(items.stream().map(i -> i * 2).toList(), work.map(items, i -> i * 2));
        }
    }

    @Test
    void aFailureReachesTheCallerAsItWasThrown() {
        UserError thrown = UserError.of(reportsite.diag.Position.ofFile("x"), "bad", "");
        try (Work work = new Work()) {
            assertSame(thrown, assertThrows(UserError.class, () -> work.call(() -> {
                throw thrown;
            })));
            assertSame(thrown, assertThrows(UserError.class, () -> Work.join(work.start(() -> {
                throw thrown;
            }))));
        }
    }

    @Test
    void aTaskMayFanOutOnTheSameExecutor() {
        try (Work work = new Work()) {
            List<Integer> items = IntStream.range(0, 50).boxed().toList();
            int sum = Work.join(work.start(() -> work.map(items, i -> i).stream().mapToInt(Integer::intValue).sum()));
            assertEquals(1225, sum);
        }
    }

    @Test
    void closingWaitsForWhatHasStarted() throws InterruptedException {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        try (Work work = new Work()) {
            work.start(() -> {
                started.countDown();
                // Busy for a while, as a chart being drawn is; no sleep, which an interrupt would cut short.
                long sum = 0;
                for (long i = 0; i < 200_000_000L; i++) {
                    sum += i;
                }
                finished.set(sum != 0);
                return sum;
            });
            started.await();
        }
        assertTrue(finished.get(), "close returned while a task was still running");
    }
}
