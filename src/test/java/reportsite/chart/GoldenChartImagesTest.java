package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reportsite.data.Dataset;
import reportsite.data.MiniData;

/**
 * Golden images, where the pixels are the point: a phone's drawing of a line and of bars, a
 * wide drawing, and an image for sharing, from the small dataset of {@link ChartRenderingTest},
 * compared with {@code src/test/resources/golden/charts/}. Images are compared pixel by pixel
 * with a small tolerance (anti-aliasing may differ by a few levels between Java builds); a
 * moved label or bar changes far more. Regenerate on purpose, then look at the new files:
 *
 * <pre>mvn -q -B test -Dtest=GoldenChartImagesTest -Dgolden.update=true</pre>
 */
class GoldenChartImagesTest {

    static final Path DIR = Path.of("src/test/resources/golden/charts");
    /** Pixels whose channels differ by more than this are counted as different. */
    static final int LEVELS = 48;
    /** The share of pixels that may differ. */
    static final double SHARE = 0.002;

    @TempDir
    static Path dir;
    static Map<String, ChartData> charts;

    @BeforeAll
    static void plan() {
        Dataset data = MiniData.loadValid(dir, ChartRenderingTest.YAML);
        charts = new ChartPlanner(data).planAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"k-line-narrow", "capex-chart-narrow", "k-plan-wide", "capex-chart-share"})
    void matchesItsGolden(String name) throws IOException {
        String id = name.substring(0, name.lastIndexOf('-'));
        ChartData c = charts.get(id);
        byte[] png = switch (name.substring(name.lastIndexOf('-') + 1)) {
            case "narrow" -> ChartRenderer.draw(c, ChartTheme.LIGHT, 2, ChartFrame.narrow(c));
            case "share" -> ShareImage.draw(c);
            default -> ChartRenderer.draw(c, ChartTheme.LIGHT, 1);
        };
        Path golden = DIR.resolve(name + ".png");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.write(golden, png);
            return;
        }
        assertTrue(Files.exists(golden), "no golden " + golden + ": run with -Dgolden.update=true");
        BufferedImage want = ImageIO.read(golden.toFile());
        BufferedImage got = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(want.getWidth() + "x" + want.getHeight(), got.getWidth() + "x" + got.getHeight(), name + ": size");
        long differ = 0;
        for (int y = 0; y < want.getHeight(); y++) {
            for (int x = 0; x < want.getWidth(); x++) {
                int a = want.getRGB(x, y);
                int b = got.getRGB(x, y);
                int d = Math.max(Math.abs((a >> 16 & 255) - (b >> 16 & 255)),
                        Math.max(Math.abs((a >> 8 & 255) - (b >> 8 & 255)), Math.abs((a & 255) - (b & 255))));
                if (d > LEVELS) {
                    differ++;
                }
            }
        }
        double share = differ / (double) (want.getWidth() * want.getHeight());
        assertTrue(share <= SHARE, name + ": " + differ + " pixels differ (" + String.format("%.3f", share * 100)
                + "%); if on purpose, regenerate with -Dgolden.update=true and look at the images");
    }
}
