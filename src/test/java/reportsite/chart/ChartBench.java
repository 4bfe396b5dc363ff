package reportsite.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import reportsite.data.ChartSpec;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceReader;

/**
 * Bench (not a test): milliseconds per chart image for the example's charts, next to the bare
 * cost of drawing the same chart with JFreeChart and encoding it with ImageIO, in one run.
 * Run: {@code bash bench/chart-bench.sh}. Prints medians of the rounds.
 */
public final class ChartBench {

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Diagnostics d = new Diagnostics();
        Dataset data = MetricsLoader.load(SourceReader.readFile(Path.of("content"), Path.of("content/metrics.yaml"), d)
                .orElseThrow(), d);
        ChartPlanner planner = new ChartPlanner(data);
        List<ChartData> charts = new ArrayList<>();
        for (ChartSpec s : data.charts()) {
            charts.add(planner.plan(s));
        }
        List<Double> draw = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<Double> imageio = new ArrayList<>();
        for (int scale : new int[] {1, 2}) {
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                List<BufferedImage> images = new ArrayList<>();
                for (ChartData c : charts) {
                    JFreeChart chart = ChartRenderer.build(c, ChartTheme.LIGHT);
                    images.add(ChartRenderer.paint(chart, scale));
                }
                long t1 = System.nanoTime();
                for (BufferedImage img : images) {
                    PngEncoder.encode(img);
                }
                long t2 = System.nanoTime();
                for (BufferedImage img : images) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ImageIO.write(img, "png", out);
                }
                long t3 = System.nanoTime();
                if (r >= rounds / 3) {
                    draw.add((t1 - t0) / 1e6 / charts.size());
                    ours.add((t2 - t1) / 1e6 / charts.size());
                    imageio.add((t3 - t2) / 1e6 / charts.size());
                }
            }
            System.out.printf(Locale.ROOT, "%dx: per chart image (median of %d rounds, %d charts): draw %.2f ms, "
                            + "encode lean %.2f ms, encode ImageIO %.2f ms; draw+lean %.2f ms vs draw+ImageIO %.2f ms (%.1fx)%n",
                    scale, draw.size(), charts.size(), median(draw), median(ours), median(imageio),
                    median(draw) + median(ours), median(draw) + median(imageio),
                    (median(draw) + median(imageio)) / (median(draw) + median(ours)));
            draw.clear();
            ours.clear();
            imageio.clear();
        }
        long t0 = System.nanoTime();
        for (ChartData c : charts) {
            ChartRenderer.render(c);
        }
        System.out.printf(Locale.ROOT, "all four variants (1x, 2x, dark 1x, dark 2x), one thread: %.1f ms per chart%n",
                (System.nanoTime() - t0) / 1e6 / charts.size());
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        return s.get(s.size() / 2);
    }
}
