package reportsite.build;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one executor of a pipeline run: pages are compiled and charts drawn on it, one thread per
 * core. Parallel streams started from its tasks run on it too, not on the JVM's common pool.
 */
final class Work implements AutoCloseable {

    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    /** {@code f} of every item, in parallel, in the items' order. */
    <T, R> List<R> map(List<T> items, Function<T, R> f) {
        return call(() -> items.parallelStream().map(f).toList());
    }

    /** {@code task} on this executor, waited for. */
    <T> T call(Supplier<T> task) {
        try {
            return pool.submit(task::get).get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@code task} started on this executor; {@link #join} waits for it. */
    <T> CompletableFuture<T> start(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, pool);
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }

    /**
     * Cancels what has not started and waits for what has (a chart being drawn finishes in
     * milliseconds): after a failed run nothing of it is still writing, into the cache or anywhere.
     */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the build's work did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
