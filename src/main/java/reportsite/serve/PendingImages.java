package reportsite.serve;

import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The chart images an edit changed while the build that draws them runs: the pages go out first
 * (the tabs reload at once), and a request for one of these images waits until it is drawn, so
 * that a reloaded tab never shows the image the edit replaced.
 */
final class PendingImages {

    /** A request gives up waiting after this long and gets the file as it is. */
    static final long MAX_WAIT_SECONDS = 30;

    private Set<String> paths = Set.of();

    /** From now on, requests for {@code paths} (relative to the output folder) wait. */
    synchronized void expect(Set<String> paths) {
        this.paths = Set.copyOf(paths);
    }

    /** The images are in place (or their build failed): every waiting request goes on. */
    synchronized void done() {
        paths = Set.of();
        notifyAll();
    }

    /** Returns once the image at {@code path} is not pending, or after {@link #MAX_WAIT_SECONDS}. */
    synchronized void await(String path) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_WAIT_SECONDS);
        for (long left = end - System.nanoTime(); paths.contains(path) && left > 0; left = end - System.nanoTime()) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
