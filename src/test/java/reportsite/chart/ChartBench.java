package reportsite.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import reportsite.data.ChartSpec;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostics;
import reportsite.image.PngEncoder;
import reportsite.source.SourceReader;

/**
 * Bench (not a test): for the example's chart images (every chart, light and dark, 1x and 2x),
 * the milliseconds per image and the bytes in all of each PNG encoder candidate: our filter pass
 * with {@code Deflater} at levels 1, 3, 4, 5, 6 and 9, ImageIO's writer, and, given the jar of an
 * earlier version, that version's {@code reportsite.chart.PngEncoder}. All candidates encode the
 * same drawn images in each round, one after another, so a busy machine slows them alike; the
 * thread's CPU time is printed next to the wall time, as it depends less on other processes.
 * Run: {@code bash bench/chart-bench.sh [rounds] [earlier.jar]}. Prints medians of the rounds after
 * the first third.
 */
public final class ChartBench {

    private interface Encoder {
        byte[] encode(BufferedImage image) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Diagnostics d = new Diagnostics();
        Dataset data = MetricsLoader.load(SourceReader.readFile(Path.of("content"), Path.of("content/metrics.yaml"), d)
                .orElseThrow(), d);
        ChartPlanner planner = new ChartPlanner(data);
        List<ChartData> charts = new ArrayList<>();
        for (ChartSpec s : data.charts()) {
            charts.add(planner.plan(s));
        }
        Map<String, Encoder> candidates = new LinkedHashMap<>();
        for (int level : new int[] {1, 3, 4, 5, 6, 9}) {
            String name = "filters + Deflater level " + level + (level == PngEncoder.LEVEL ? " (used)" : "");
            candidates.put(name, img -> PngEncoder.encode(img, level));
        }
        candidates.put("ImageIO.write", img -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        });
        if (args.length > 1) {
            candidates.put("encoder of " + Path.of(args[1]).getFileName(), earlierEncoder(Path.of(args[1])));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> draw = new ArrayList<>();
        Map<String, List<Double>> ms = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            List<BufferedImage> images = new ArrayList<>();
            for (ChartData c : charts) {
                for (ChartTheme theme : new ChartTheme[] {ChartTheme.LIGHT, ChartTheme.DARK}) {
                    for (int scale : new int[] {1, 2}) {
                        images.add(ChartRenderer.paint(ChartRenderer.build(c, theme), scale));
                    }
                }
            }
            boolean timed = r >= rounds / 3;
            if (timed) {
                draw.add((System.nanoTime() - t0) / 1e6 / images.size());
            }
            for (var e : candidates.entrySet()) {
                long sum = 0;
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                for (BufferedImage img : images) {
                    sum += e.getValue().encode(img).length;
                }
                if (timed) {
                    ms.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t1) / 1e6 / images.size());
                    cpu.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add((threads.getCurrentThreadCpuTime() - c1) / 1e6 / images.size());
                }
                bytes.put(e.getKey(), sum);
            }
        }
        System.out.printf(Locale.ROOT, "%d chart images (%d charts x light/dark x 1x/2x), medians of %d rounds%n",
                charts.size() * 4, charts.size(), draw.size());
        System.out.printf(Locale.ROOT, "  %-34s %8.2f ms per image (wall)%n", "drawing (JFreeChart), for scale", median(draw));
        for (String name : candidates.keySet()) {
            System.out.printf(Locale.ROOT, "  %-34s %8.2f ms per image (CPU %6.2f ms) %,12d bytes in all%n",
                    name, median(ms.get(name)), median(cpu.get(name)), bytes.get(name));
        }
    }

    /** {@code reportsite.chart.PngEncoder.encode} of an earlier version's jar, in a class loader of its own. */
    private static Encoder earlierEncoder(Path jar) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Method encode = loader.loadClass("reportsite.chart.PngEncoder").getMethod("encode", BufferedImage.class);
        return img -> {
            try {
                return (byte[]) encode.invoke(null, img);
            } catch (ReflectiveOperationException e) {
                throw new IOException(e);
            }
        };
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        return s.get(s.size() / 2);
    }
}
