package reportsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PendingImagesTest {

    @Test
    @Timeout(60)
    void aRequestForAnImageBeingRedrawnWaitsUntilItIsDoneAndOthersDoNot() throws Exception {
        PendingImages pending = new PendingImages();
        pending.expect(Set.of("charts/capex.png"));
        pending.await("charts/other.png"); // returns at once: not pending
        AtomicBoolean through = new AtomicBoolean();
        Thread request = new Thread(() -> {
            try {
                pending.await("charts/capex.png");
                through.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        request.start();
        // Wait until the request is parked on the image, then let it through.
        while (request.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }
        assertFalse(through.get(), "still waiting while the image is drawn");
        pending.done();
        request.join();
        assertEquals(true, through.get());
    }
}
