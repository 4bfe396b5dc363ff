package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Paint;
import java.awt.TexturePaint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.MiniData;
import reportsite.data.ThreeYears;

/** Derived figures look different in every kind of chart, and the legend says how. */
class ChartMarksTest {

    @TempDir
    Path dir;

    private Map<String, ChartData> plan() {
        return new ChartPlanner(MiniData.loadValid(dir, ThreeYears.YAML)).planAll();
    }

    private static List<String> legend(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        var items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }

    @Test
    void barsOfDerivedFiguresAreStripedAndTheLegendNamesTheMark() {
        JFreeChart chart = ChartRenderer.build(plan().get("capex-bars"), ChartTheme.LIGHT);
        assertEquals(List.of("Acme", "Globex", "Initech", "derived"), legend(chart));
        CategoryPlot plot = chart.getCategoryPlot();
        int acme = plot.getDataset().getRowIndex("Acme");
        int q2of2024 = plot.getDataset().getColumnIndex("Q2 2024");
        int q2of2025 = plot.getDataset().getColumnIndex("Q2 2025");
        Paint derived = plot.getRenderer().getItemPaint(acme, q2of2024);
        assertInstanceOf(TexturePaint.class, derived);
        assertNotEquals(TexturePaint.class, plot.getRenderer().getItemPaint(acme, q2of2025).getClass());
    }

    @Test
    void indexedLinesDrawDerivedPointsAsDiamonds() {
        JFreeChart chart = ChartRenderer.build(plan().get("capex-indexed"), ChartTheme.DARK);
        // The lines are named at their last points; the legend keeps the mark only.
        assertEquals(List.of("derived"), legend(chart));
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(List.of("Acme", "Globex", "Initech"), plot.getAnnotations().stream()
                .map(a -> ((org.jfree.chart.annotations.CategoryTextAnnotation) a).getText().strip()).toList());
        int acme = plot.getDataset().getRowIndex("Acme");
        int base = plot.getDataset().getColumnIndex("Q2 2024");
        int later = plot.getDataset().getColumnIndex("Q2 2025");
        var r = (org.jfree.chart.renderer.category.LineAndShapeRenderer) plot.getRenderer();
        assertNotEquals(r.getItemShape(acme, later).getBounds2D(), r.getItemShape(acme, base).getBounds2D());
        assertEquals(ChartRenderer.diamond(6).getBounds2D(), r.getItemShape(acme, base).getBounds2D());
    }
}
