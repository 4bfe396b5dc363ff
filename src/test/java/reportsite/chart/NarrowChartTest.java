package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.ChartSpec.ChartKind;
import reportsite.data.Dataset;
import reportsite.data.MiniData;

/** The phone's drawing of every kind: text no smaller than 11 px, bars across, the size the page states. */
class NarrowChartTest {

    @TempDir
    static Path dir;
    static Map<String, ChartData> charts;

    @BeforeAll
    static void plan() {
        Dataset data = MiniData.loadValid(dir, ChartRenderingTest.YAML);
        charts = new ChartPlanner(data).planAll();
    }

    @Test
    void everyTextOfEveryKindIsElevenPixelsOrMore() {
        for (ChartData c : charts.values()) {
            JFreeChart chart = ChartRenderer.build(c, ChartTheme.LIGHT, ChartFrame.narrow(c));
            for (Font f : fonts(chart)) {
                assertTrue(f.getSize2D() >= ChartFrame.NARROW_FONT, c.spec().id() + ": " + f);
            }
        }
    }

    @Test
    void wideDrawingsKeepTheirSmallestTextAtWhatThePageStates() {
        for (ChartData c : charts.values()) {
            for (Font f : fonts(ChartRenderer.build(c, ChartTheme.LIGHT))) {
                assertTrue(f.getSize2D() >= ChartFrame.WIDE_FONT, c.spec().id() + ": " + f);
            }
        }
    }

    @Test
    void barsRunAcrossOnAPhoneAndLinesAlong() {
        for (ChartData c : charts.values()) {
            JFreeChart chart = ChartRenderer.build(c, ChartTheme.LIGHT, ChartFrame.narrow(c));
            if (chart.getPlot() instanceof CategoryPlot p) {
                assertEquals(c.spec().kind() == ChartKind.INDEXED ? PlotOrientation.VERTICAL : PlotOrientation.HORIZONTAL,
                        p.getOrientation(), c.spec().id());
            }
        }
    }

    @Test
    void aPhonesLineLabelsItsNewestFigureOnly() {
        ChartData c = charts.get("k-line");
        XYPlot plot = (XYPlot) ChartRenderer.build(c, ChartTheme.LIGHT, ChartFrame.narrow(c)).getPlot();
        int last = c.series().get(0).points().size() - 1;
        assertTrue(last > 0, "the test needs a line of two points or more");
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertEquals(null, labels.generateLabel(plot.getDataset(), 0, 0));
        assertEquals(c.series().get(0).points().get(last).label(), labels.generateLabel(plot.getDataset(), 0, last));
    }

    @Test
    void thePhonesImageIsTwiceItsFrame() throws IOException {
        ChartData c = charts.get("capex-chart");
        ChartImage img = ChartRenderer.render(c);
        ChartFrame f = ChartFrame.narrow(c);
        BufferedImage narrow = ImageIO.read(new ByteArrayInputStream(img.narrow().light2x()));
        assertEquals(2 * f.width(), narrow.getWidth());
        assertEquals(2 * f.height(), narrow.getHeight());
        assertEquals(f.width(), img.narrow().width());
        assertEquals(ChartFrame.NARROW_WIDTH, f.width());
    }

    /** Every font the chart draws with: legend, axes, value labels, series names. */
    static List<Font> fonts(JFreeChart chart) {
        List<Font> out = new ArrayList<>();
        if (chart.getLegend() != null) {
            out.add(chart.getLegend().getItemFont());
        }
        List<Axis> axes = new ArrayList<>();
        if (chart.getPlot() instanceof CategoryPlot p) {
            axes.add(p.getDomainAxis());
            axes.add(p.getRangeAxis());
            if (p.getRenderer().getDefaultItemLabelsVisible()) {
                out.add(p.getRenderer().getDefaultItemLabelFont());
            }
            p.getAnnotations().forEach(a -> out.add(((CategoryTextAnnotation) a).getFont()));
        } else if (chart.getPlot() instanceof XYPlot p) {
            axes.add(p.getDomainAxis());
            axes.add(p.getRangeAxis());
            if (p.getRenderer().getDefaultItemLabelsVisible()) {
                out.add(p.getRenderer().getDefaultItemLabelFont());
            }
            p.getAnnotations().forEach(a -> out.add(((XYTextAnnotation) a).getFont()));
        }
        for (Axis a : axes) {
            out.add(a.getTickLabelFont());
            if (a.getLabel() != null) {
                out.add(a.getLabelFont());
            }
        }
        return out;
    }
}
