package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
