package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.Dataset;
import reportsite.data.MiniData;

/** The background drawing gives what drawing one chart at a time gives, uses its cache, and reports failures. */
class ChartDrawingTest {

    @TempDir
    Path dir;

    private List<ChartData> charts() {
        Dataset data = MiniData.loadValid(dir, ChartRenderingTest.YAML);
        ChartPlanner planner = new ChartPlanner(data);
        return data.charts().stream().map(planner::plan).toList();
    }

    @Test
    void drawsEveryImageAsTheRendererDoesAlone() {
        List<ChartData> charts = charts();
        ChartDrawing.warmUp();
        Map<String, ChartImage> drawn = ChartDrawing.start(charts, Optional.empty()).images();
        assertEquals(charts.size(), drawn.size());
        for (ChartData c : charts) {
            ChartImage alone = ChartRenderer.render(c);
            ChartImage img = drawn.get(c.spec().id());
            assertArrayEquals(alone.png1x(), img.png1x(), c.spec().id());
            assertArrayEquals(alone.png2x(), img.png2x(), c.spec().id());
            assertArrayEquals(alone.dark1x(), img.dark1x(), c.spec().id());
            assertArrayEquals(alone.dark2x(), img.dark2x(), c.spec().id());
        }
    }

    @Test
    void aSecondDrawingTakesTheImagesFromTheCache() throws IOException {
        List<ChartData> charts = charts().subList(0, 2);
        ChartCache cache = new ChartCache(dir.resolve("cache"));
        Map<String, ChartImage> first = ChartDrawing.start(charts, Optional.of(cache)).images();
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertEquals(4 * charts.size(), files.count());
        }
        // A cached image that differs from what would be drawn proves that the second run read it.
        Path entry = dir.resolve("cache").resolve(ChartCache.key(charts.get(0)) + "-2x.png");
        Files.write(entry, new byte[] {1, 2, 3});
        Map<String, ChartImage> second = ChartDrawing.start(charts, Optional.of(cache)).images();
        assertArrayEquals(new byte[] {1, 2, 3}, second.get(charts.get(0).spec().id()).png2x());
        assertArrayEquals(first.get(charts.get(1).spec().id()).dark2x(), second.get(charts.get(1).spec().id()).dark2x());
    }

    @Test
    void aFailureWhileDrawingReachesTheCaller() {
        ChartData good = charts().get(0);
        ChartData bad = new ChartData(good.spec(), good.categories(), good.series().stream()
                .map(s -> new ChartData.Series(s.name(), "not a colour", s.points())).toList(), good.unit(), good.ratesUsed(),
                good.sources(), good.timeAxis());
        ChartDrawing drawing = ChartDrawing.start(List.of(good, bad), Optional.empty());
        assertThrows(NumberFormatException.class, drawing::images);
    }

    @Test
    void nothingToDrawFinishesAtOnce() {
        assertEquals(Map.of(), ChartDrawing.start(List.<ChartData>of(), Optional.empty()).images());
    }
}
