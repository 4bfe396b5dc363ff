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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /** One image to draw. */
    private record Task(ChartData data, ChartTheme theme, int scale, byte[][] into, int slot) {
        void run() {
            into[slot] = ChartRenderer.draw(data, theme, scale);
        }
    }

    private final Map<ChartData, byte[][]> drawn = new LinkedHashMap<>();
    private final Map<ChartData, String> keys = new LinkedHashMap<>();
    private final Set<String> allKeys = new HashSet<>();
    private final Map<String, ChartImage> kept = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>();
    private final CountDownLatch done;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Optional<ChartStore> cache;

    private ChartDrawing(Collection<ChartData> charts, Optional<ChartStore> cache) {
        this.cache = cache;
        List<Task> tasks = new ArrayList<>();
        for (ChartData c : charts) {
            String key = cache.map(k -> k.keyOf(c)).orElse("");
            allKeys.add(key);
            Optional<ChartImage> hit = cache.flatMap(k -> k.load(key, c.spec().id()));
            if (hit.isPresent()) {
                kept.put(c.spec().id(), hit.get());
                continue;
            }
            byte[][] images = new byte[4][];
            drawn.put(c, images);
            keys.put(c, key);
            tasks.add(new Task(c, ChartTheme.LIGHT, 1, images, 0));
            tasks.add(new Task(c, ChartTheme.LIGHT, 2, images, 1));
            tasks.add(new Task(c, ChartTheme.DARK, 1, images, 2));
            tasks.add(new Task(c, ChartTheme.DARK, 2, images, 3));
        }
        queue.addAll(tasks);
        done = new CountDownLatch(tasks.size());
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
        if (drawing.done.getCount() > 0) {
            Thread t = new Thread(drawing::drain, "report-site-charts");
            // Daemon: a build that fails elsewhere must not wait for its charts to exit.
            t.setDaemon(true);
            t.start();
        }
        return drawing;
    }

    /** Helps draw what is left, waits for the rest, and returns every chart's images by id. */
    public Map<String, ChartImage> images() {
        drain();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing charts", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        Map<String, ChartImage> all = new LinkedHashMap<>(kept);
        drawn.forEach((c, png) -> {
            ChartImage img = new ChartImage(c.spec().id(), png[0], png[1], png[2], png[3], ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
            cache.ifPresent(k -> k.store(keys.get(c), img));
            all.put(img.id(), img);
        });
        return all;
    }

    /** The cache keys of every chart asked for, drawn or found. */
    public Set<String> keys() {
        return Set.copyOf(allKeys);
    }

    private void drain() {
        Task task;
        while ((task = queue.poll()) != null) {
            try {
                if (failure.get() == null) {
                    task.run();
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                done.countDown();
            }
        }
    }
}
