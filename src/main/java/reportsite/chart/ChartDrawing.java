package reportsite.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import reportsite.data.ChartSpec;
import reportsite.data.ChartSpec.ChartKind;
import reportsite.diag.Position;

/**
 * Draws a build's charts in the background while the pages compile, one image (light or dark,
 * 1x or 2x) at a time, on one thread of its own; the build's thread takes a share of what is
 * left when it asks for the images. Measured on two cores: drawing on the shared fork-join pool
 * left a core idle once the pages were done, and two drawing threads from the start cost more
 * time than they saved, as both ran the drawing code before it was compiled.
 */
public final class ChartDrawing {

    /**
     * The images of one chart: looked up in the store first (computing its key takes a few ms,
     * tens in a fresh JVM, so it is done here and not on the build's thread), else drawn.
     */
    private final class Chart {
        final ChartData data;
        final byte[][] png = new byte[4][];
        volatile String key = "";
        volatile ChartImage found;

        Chart(ChartData data) {
            this.data = data;
        }

        void lookUp() {
            if (cache.isPresent()) {
                key = cache.get().keyOf(data);
                found = cache.get().load(key, data.spec().id()).orElse(null);
            }
            if (found == null) {
                // Each image a task of its own, so that two threads can share one chart's work.
                pending.addAndGet(4);
                queue.add(() -> png[0] = ChartRenderer.draw(data, ChartTheme.LIGHT, 1));
                queue.add(() -> png[1] = ChartRenderer.draw(data, ChartTheme.LIGHT, 2));
                queue.add(() -> png[2] = ChartRenderer.draw(data, ChartTheme.DARK, 1));
                queue.add(() -> png[3] = ChartRenderer.draw(data, ChartTheme.DARK, 2));
                synchronized (ChartDrawing.this) {
                    // A thread waiting in images() may help.
                    ChartDrawing.this.notifyAll();
                }
            }
        }

        ChartImage image() {
            if (found != null) {
                return found;
            }
            ChartImage img = new ChartImage(data.spec().id(), png[0], png[1], png[2], png[3], ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
            cache.ifPresent(k -> k.store(key, img));
            return img;
        }
    }

    private final List<Chart> charts = new ArrayList<>();
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    /** Tasks queued or running; the images are ready when none is left. */
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Optional<ChartStore> cache;

    private ChartDrawing(Collection<ChartData> data, Optional<ChartStore> cache) {
        this.cache = cache;
        for (ChartData c : data) {
            Chart chart = new Chart(c);
            charts.add(chart);
            pending.incrementAndGet();
            queue.add(chart::lookUp);
        }
    }

    private static final AtomicBoolean WARMED = new AtomicBoolean();

    /**
     * Once per process, in the background: loads the font and the drawing and encoding code by
     * drawing a small throwaway chart. The first chart in a fresh JVM costs some 120 ms more
     * than the next; a build calls this before reading its data, so that the cost is paid on
     * the second core while the first reads, instead of on the path to the first image.
     */
    public static void warmUp() {
        if (!WARMED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            ChartSpec spec = new ChartSpec("warm-up", ChartKind.GROUPED_BAR, List.of("m"), List.of("a", "b"), Optional.empty(),
                    Optional.empty(), Optional.empty(), "", "", Position.ofFile("warm-up"));
            List<ChartData.Series> series = List.of(series("a", "#1A73E8"), series("b", "#E8590C"));
            ChartData data = new ChartData(spec, List.of("2024", "2025"), series, "US$ bn", List.of(), List.of(), false);
            ChartRenderer.draw(data, ChartTheme.LIGHT, 1);
        }, "report-site-charts-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static ChartData.Series series(String name, String colour) {
        return new ChartData.Series(name, colour, List.of(
                new ChartData.Point("2024", LocalDate.of(2024, 12, 31), BigDecimal.ONE, "1.0", "1.0", true, Optional.empty()),
                new ChartData.Point("2025", LocalDate.of(2025, 12, 31), BigDecimal.TEN, "~10", "~10", false, Optional.empty())));
    }

    /** Starts drawing {@code charts} that {@code cache}, if given, does not hold. */
    public static ChartDrawing start(Collection<ChartData> charts, Optional<? extends ChartStore> cache) {
        ChartDrawing drawing = new ChartDrawing(charts, cache.map(ChartStore.class::cast));
        if (!charts.isEmpty()) {
            Thread t = new Thread(drawing::drain, "report-site-charts");
            // Daemon: a build that fails elsewhere must not wait for its charts to exit.
            t.setDaemon(true);
            t.start();
        }
        return drawing;
    }

    /** Helps draw what is left, waits for the rest, and returns every chart's images by id. */
    public Map<String, ChartImage> images() {
        while (true) {
            drain();
            synchronized (this) {
                if (pending.get() == 0) {
                    break;
                }
                if (queue.isEmpty()) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while drawing charts", e);
                    }
                }
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        Map<String, ChartImage> all = new LinkedHashMap<>();
        charts.forEach(c -> all.put(c.data.spec().id(), c.image()));
        return all;
    }

    /** The cache keys of every chart asked for, drawn or found (after {@link #images}). */
    public Set<String> keys() {
        Set<String> keys = new HashSet<>();
        charts.forEach(c -> keys.add(c.key));
        return keys;
    }

    /** Runs tasks until none is queued; a task may queue more (a chart not found, its images). */
    private void drain() {
        Runnable task;
        while ((task = queue.poll()) != null) {
            try {
                if (failure.get() == null) {
                    task.run();
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                if (pending.decrementAndGet() == 0) {
                    synchronized (this) {
                        notifyAll();
                    }
                }
            }
        }
    }
}
