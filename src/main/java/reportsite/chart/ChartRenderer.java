package reportsite.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Path2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import reportsite.data.ChartSpec;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import reportsite.data.ChartSpec.ChartKind;
import reportsite.data.Language;
import reportsite.image.PngEncoder;

/**
 * Draws {@link ChartData} with JFreeChart. Titles and captions are left to the HTML; the image
 * holds axes, legend and value labels only. Figures that are bounds or approximations are drawn
 * in a lighter tone (bars) or as hollow points (lines), and their labels keep the qualifier;
 * derived figures are striped (bars) or diamonds (lines). The legend names each mark used.
 * Every text is drawn in the chart's language, with its edition's font.
 */
public final class ChartRenderer {

    public static final int WIDTH = ChartFrame.WIDE.width();
    public static final int HEIGHT = ChartFrame.WIDE.height();

    private ChartRenderer() {
    }

    public static ChartImage render(ChartData data) {
        ChartFrame narrow = ChartFrame.narrow(data);
        // Phones are high-density screens: their drawing is made at 2x only, light and dark.
        return new ChartImage(data.spec().id(),
                draw(data, ChartTheme.LIGHT, 1), draw(data, ChartTheme.LIGHT, 2),
                draw(data, ChartTheme.DARK, 1), draw(data, ChartTheme.DARK, 2), WIDTH, HEIGHT,
                new ChartImage.Narrow(draw(data, ChartTheme.LIGHT, 2, narrow), draw(data, ChartTheme.DARK, 2, narrow),
                        narrow.width(), narrow.height()),
                ShareImage.draw(data));
    }

    /** One image of a chart, as PNG: {@code theme} at {@code scale} (1 or 2). */
    public static byte[] draw(ChartData data, ChartTheme theme, int scale) {
        return draw(data, theme, scale, ChartFrame.WIDE);
    }

    /** One image of a chart in {@code frame}, as PNG. */
    public static byte[] draw(ChartData data, ChartTheme theme, int scale, ChartFrame frame) {
        JFreeChart chart = build(data, theme, frame);
        return PngEncoder.encode(paint(chart, scale, frame));
    }

    static BufferedImage paint(JFreeChart chart, int scale) {
        return paint(chart, scale, ChartFrame.WIDE);
    }

    static BufferedImage paint(JFreeChart chart, int scale, ChartFrame frame) {
        BufferedImage image = new BufferedImage(frame.width() * scale, frame.height() * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, frame.width(), frame.height()));
        } finally {
            g.dispose();
        }
        return image;
    }

    static JFreeChart build(ChartData data, ChartTheme colours) {
        return build(data, colours, ChartFrame.WIDE);
    }

    static JFreeChart build(ChartData data, ChartTheme colours, ChartFrame frame) {
        ChartTheme theme = frame.narrow() ? colours.in(data.language()).atLeast(ChartFrame.NARROW_FONT) : colours.in(data.language());
        JFreeChart chart = data.timeAxis() ? timeChart(data, theme, frame) : categoryChart(data, theme, frame);
        chart.setBackgroundPaint(theme.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(frame.narrow() ? new RectangleInsets(6, 4, 6, 10) : new RectangleInsets(8, 8, 8, 16));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(theme.font(12f));
            legend.setItemPaint(theme.text());
            legend.setBackgroundPaint(theme.background());
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    private static JFreeChart categoryChart(ChartData data, ChartTheme theme, ChartFrame frame) {
        ChartKind kind = data.spec().kind();
        boolean ranking = kind == ChartKind.HBAR;
        // On a phone, bars run across: one row per category, the figures beside their bars.
        boolean across = ranking || frame.narrow() && kind != ChartKind.INDEXED;
        // When no category holds two series (a plan on one date, actuals on others), grouped
        // bars would leave empty slots beside each bar: draw one bar per category instead, in
        // its series' colour, with the series in a fixed legend.
        boolean disjoint = !ranking && kind != ChartKind.STACKED_BAR && kind != ChartKind.INDEXED && data.series().size() > 1
                && data.series().stream().mapToLong(se -> se.points().size()).sum()
                == data.series().stream().flatMap(se -> se.points().stream()).map(ChartData.Point::category).distinct().count();
        boolean byColumn = ranking || disjoint;
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        // Columns keep insertion order: add every category first, in calendar order.
        if (!data.series().isEmpty()) {
            String firstRow = byColumn ? "value" : data.series().get(0).name();
            data.categories().forEach(c -> dataset.addValue(null, firstRow, c));
        }
        Map<String, ChartData.Point> points = new HashMap<>();
        Map<String, String> colours = new HashMap<>();
        for (ChartData.Series s : data.series()) {
            for (ChartData.Point p : s.points()) {
                String row = byColumn ? "value" : s.name();
                dataset.addValue(p.value(), row, p.category());
                points.put(row + "\u0000" + p.category(), p);
                colours.put(byColumn ? p.category() : s.name(), s.colour());
            }
        }
        CategoryAxis x = data.language().cjk() ? new ChineseCategoryAxis() : new CategoryAxis();
        NumberAxis y = new NumberAxis(data.unit());
        CategoryPlot plot;
        List<DirectLabels.Label> named = List.of();
        if (kind == ChartKind.INDEXED) {
            LineAndShapeRenderer r = new QualifiedCategoryLineRenderer(points, theme);
            for (int i = 0; i < dataset.getRowCount(); i++) {
                r.setSeriesPaint(i, theme.series(colours.get((String) dataset.getRowKey(i))));
                r.setSeriesStroke(i, new BasicStroke(2.5f));
                r.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            }
            plot = new CategoryPlot(dataset, x, y, r);
            AxisTicks t = ticks(y, data, false, 0.15);
            named = DirectLabels.of(data, t.lower().doubleValue(), t.upper().doubleValue(), frame, theme.font(DirectLabels.SIZE),
                    p -> (data.categories().indexOf(p.category()) + 0.5) / data.categories().size());
            for (DirectLabels.Label l : named) {
                ChartData.Series s = data.series().get(l.series());
                CategoryTextAnnotation a = new CategoryTextAnnotation("  " + l.text(), s.points().get(s.points().size() - 1).category(), l.value());
                a.setFont(theme.font(DirectLabels.SIZE));
                a.setPaint(theme.series(s.colour()));
                a.setTextAnchor(TextAnchor.CENTER_LEFT);
                plot.addAnnotation(a);
            }
        } else {
            BarRenderer r = kind == ChartKind.STACKED_BAR ? new QualifiedStackedBarRenderer(points, theme)
                    : new QualifiedBarRenderer(points, colours, theme, byColumn);
            r.setBarPainter(new StandardBarPainter());
            r.setShadowVisible(false);
            r.setDrawBarOutline(false);
            r.setItemMargin(0.04);
            for (int i = 0; i < dataset.getRowCount(); i++) {
                String key = (String) dataset.getRowKey(i);
                if (colours.containsKey(key)) {
                    r.setSeriesPaint(i, theme.series(colours.get(key)));
                }
            }
            r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
                @Override
                public String generateLabel(CategoryDataset ds, int row, int column) {
                    ChartData.Point p = points.get(ds.getRowKey(row) + "\u0000" + ds.getColumnKey(column));
                    return p == null ? null : p.label();
                }
            });
            r.setDefaultItemLabelsVisible(kind != ChartKind.STACKED_BAR || data.series().size() <= 6);
            r.setDefaultItemLabelFont(theme.font(kind == ChartKind.GROUPED_BAR && dataset.getColumnCount() * dataset.getRowCount() > 10 ? 9.5f : 11f));
            r.setDefaultItemLabelPaint(kind == ChartKind.STACKED_BAR ? Color.WHITE : theme.text());
            if (kind == ChartKind.STACKED_BAR) {
                r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
            } else if (across) {
                r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            }
            r.setMaximumBarWidth(frame.narrow() ? 0.5 : ranking ? 0.16 : disjoint ? 0.2 : 0.12);
            plot = new CategoryPlot(dataset, x, y, r);
            ticks(y, data, true, across && kind != ChartKind.STACKED_BAR ? labelRoom(data, r.getDefaultItemLabelFont(), frame) : 0.12);
        }
        plot.setOrientation(across ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        styleCategoryAxis(x, theme, across ? 0 : dataset.getColumnCount());
        if (frame.narrow()) {
            x.setMaximumCategoryLabelWidthRatio(0.32f);
            x.setCategoryMargin(across ? 0.3 : 0.2);
        }
        if (!named.isEmpty()) {
            x.setUpperMargin(DirectLabels.room(named, theme.font(DirectLabels.SIZE), frame.plotWidth()));
        }
        styleValueAxis(y, theme);
        stylePlot(plot, theme);
        // On bars running up, an event is named above its bar; bars running across (a phone) leave it to the note.
        for (ChartSpec.Event e : across ? List.<ChartSpec.Event>of() : data.spec().events()) {
            EventPlacement.category(data, e.date()).ifPresent(c -> {
                CategoryMarker m = mark(new CategoryMarker(c), e, theme);
                m.setPaint(new Color(0, 0, 0, 0));
                m.setLabelAnchor(RectangleAnchor.TOP);
                // Centred above its bar, but kept inside the image at either end: it ends at the
                // last bar's centre and starts at the first's.
                int at = dataset.getColumnIndex(c);
                m.setLabelTextAnchor(at == dataset.getColumnCount() - 1 ? TextAnchor.TOP_RIGHT : at == 0 ? TextAnchor.TOP_LEFT
                        : TextAnchor.TOP_CENTER);
                plot.addDomainMarker(m, Layer.FOREGROUND);
            });
        }
        boolean seriesLegend = disjoint || (!ranking && dataset.getRowCount() > 1 && named.isEmpty());
        LegendItemCollection legend = new LegendItemCollection();
        if (disjoint) {
            for (ChartData.Series se : data.series()) {
                legend.add(new LegendItem(se.name(), null, null, null, new Rectangle2D.Double(-5, -5, 10, 10), theme.series(se.colour())));
            }
        } else if (seriesLegend) {
            legend.addAll(plot.getLegendItems());
        }
        boolean marks = addMarkItems(legend, data, theme, kind == ChartKind.INDEXED);
        plot.setFixedLegendItems(legend);
        return new JFreeChart(null, theme.font(13f), plot, seriesLegend || marks);
    }

    private static JFreeChart timeChart(ChartData data, ChartTheme theme, ChartFrame frame) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (ChartData.Series s : data.series()) {
            XYSeries xy = new XYSeries(s.name(), true, false);
            for (ChartData.Point p : s.points()) {
                xy.add(p.when().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(), p.value());
            }
            dataset.addSeries(xy);
        }
        XYLineAndShapeRenderer r = new QualifiedLineRenderer(data, theme);
        // A phone has no room for every figure: each line keeps its newest, as the FT does.
        r.setDefaultItemLabelGenerator((ds, row, item) -> frame.narrow() && item != data.series().get(row).points().size() - 1
                ? null : data.series().get(row).points().get(item).label());
        r.setDefaultItemLabelsVisible(frame.narrow() || data.series().stream().mapToInt(s -> s.points().size()).sum() <= 16);
        r.setDefaultItemLabelFont(theme.font(11f));
        r.setDefaultItemLabelPaint(theme.text());
        for (int i = 0; i < data.series().size(); i++) {
            r.setSeriesPaint(i, theme.series(data.series().get(i).colour()));
            r.setSeriesStroke(i, new BasicStroke(2.5f));
            r.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        DateAxis x = new DateAxis();
        x.setTimeZone(TimeZone.getTimeZone("UTC"));
        x.setLocale(data.language().locale());
        SimpleDateFormat f = monthFormat(data.language());
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        x.setDateFormatOverride(f);
        x.setLowerMargin(0.05);
        NumberAxis y = new NumberAxis(data.unit());
        XYPlot plot = new XYPlot(dataset, x, y, r);
        AxisTicks t = ticks(y, data, true, 0.15);
        long first = data.series().stream().flatMap(s -> s.points().stream()).mapToLong(p -> p.when().toEpochDay()).min().orElse(0);
        long last = data.series().stream().flatMap(s -> s.points().stream()).mapToLong(p -> p.when().toEpochDay()).max().orElse(0);
        List<DirectLabels.Label> named = DirectLabels.of(data, t.lower().doubleValue(), t.upper().doubleValue(), frame,
                theme.font(DirectLabels.SIZE), p -> last == first ? 1 : (p.when().toEpochDay() - first) / (double) (last - first));
        for (DirectLabels.Label l : named) {
            ChartData.Series s = data.series().get(l.series());
            XYTextAnnotation a = new XYTextAnnotation("  " + l.text(), dataset.getXValue(l.series(), s.points().size() - 1), l.value());
            a.setFont(theme.font(DirectLabels.SIZE));
            a.setPaint(theme.series(s.colour()));
            a.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(a);
        }
        double newest = frame.narrow() ? data.series().stream().filter(se -> !se.points().isEmpty())
                .mapToDouble(se -> theme.font(11f).getStringBounds(se.points().get(se.points().size() - 1).label(),
                        new java.awt.font.FontRenderContext(null, true, true)).getWidth() * 0.75 + 8).max().orElse(0) / frame.plotWidth() : 0;
        x.setUpperMargin(Math.max(newest, 0.08 + DirectLabels.room(named, theme.font(DirectLabels.SIZE), frame.plotWidth())));
        for (ChartSpec.Event e : data.spec().events()) {
            ValueMarker m = new ValueMarker(e.date().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            plot.addDomainMarker(mark(m, e, theme), Layer.BACKGROUND);
        }
        LegendItemCollection legend = new LegendItemCollection();
        if (data.series().size() > 1 && named.isEmpty()) {
            legend.addAll(plot.getLegendItems());
        }
        addMarkItems(legend, data, theme, true);
        plot.setFixedLegendItems(legend);
        styleValueAxis(y, theme);
        x.setTickLabelFont(theme.font(11f));
        x.setTickLabelPaint(theme.mutedText());
        x.setAxisLinePaint(theme.axis());
        x.setTickMarkPaint(theme.axis());
        plot.setBackgroundPaint(theme.background());
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(theme.grid());
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        return new JFreeChart(null, theme.font(13f), plot, legend.getItemCount() > 0);
    }

    /**
     * The value axis by the one rule of {@link AxisTicks}: over the figures drawn (stacks summed),
     * from zero when {@code fromZero}, with {@code headroom} of the range above for the labels.
     */
    static AxisTicks ticks(NumberAxis y, ChartData data, boolean fromZero, double headroom) {
        Map<String, Double> stacks = new HashMap<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ChartData.Series s : data.series()) {
            for (ChartData.Point p : s.points()) {
                double v = p.value().doubleValue();
                if (data.spec().kind() == ChartKind.STACKED_BAR) {
                    v = stacks.merge(p.category(), v, Double::sum);
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        if (fromZero) {
            min = Math.min(0, min);
            max = Math.max(0, max);
        }
        AxisTicks t = AxisTicks.of(min, max + (max - min) * headroom, data.decimals());
        y.setRange(t.lower().doubleValue(), t.upper().doubleValue());
        y.setTickUnit(new NumberTickUnit(t.step().doubleValue(), tickFormat(t.decimals())));
        return t;
    }

    /**
     * The headroom bars running across need for the figures written after them: the widest
     * label, as a share of the range, on a plot that keeps about a third of a phone's width
     * (a fifth of a wide one) for the category names.
     */
    static double labelRoom(ChartData data, Font font, ChartFrame frame) {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        double widest = data.series().stream().flatMap(s -> s.points().stream())
                .mapToDouble(p -> font.getStringBounds(p.label(), frc).getWidth()).max().orElse(0) + 10;
        double plot = frame.plotWidth() * (frame.narrow() ? 0.66 : 0.8);
        return Math.max(0.12, widest / Math.max(1, plot - widest));
    }

    /** An event's marker: a thin dashed line in the muted ink, its label at the top, beside it. */
    private static <M extends Marker> M mark(M m, ChartSpec.Event e, ChartTheme theme) {
        m.setPaint(theme.axis());
        m.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {3f, 3f}, 0f));
        m.setLabel(e.label());
        m.setLabelFont(theme.font(11f));
        m.setLabelPaint(theme.mutedText());
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        if (m instanceof CategoryMarker c) {
            c.setDrawAsLine(true);
        }
        return m;
    }

    /** Tick labels: English grouping, a tick's decimals fixed ("2.5", "5.0"). */
    static DecimalFormat tickFormat(int decimals) {
        return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }

    /** The ticks of a time axis name months as ValueFormatter.period does, from the language's month pattern: "Jun 2025", "2025年6月". */
    static SimpleDateFormat monthFormat(Language language) {
        return new SimpleDateFormat(language.rules().text("month"), language.locale());
    }

    /**
     * Legend entries for the marks the chart uses: derived figures (striped bars, diamond
     * points) and approximations or bounds (lighter bars, hollow points). True if any was added.
     */
    private static boolean addMarkItems(LegendItemCollection legend, ChartData data, ChartTheme theme, boolean lines) {
        boolean derived = data.series().stream().flatMap(s -> s.points().stream()).anyMatch(ChartData.Point::derived);
        boolean inexact = data.series().stream().flatMap(s -> s.points().stream()).anyMatch(p -> !p.exact());
        Color ink = theme.mutedText();
        String derivedName = data.words().get("chart.legend.derived");
        String inexactName = data.words().get("chart.legend.inexact");
        if (derived) {
            legend.add(lines
                    ? new LegendItem(derivedName, null, null, null, true, diamond(5), true, ink, false, ink, new BasicStroke(1f), false,
                            new Rectangle2D.Double(), new BasicStroke(1f), ink)
                    : new LegendItem(derivedName, null, null, null, new Rectangle2D.Double(-5, -5, 10, 10), hatch(ink, theme)));
        }
        if (inexact) {
            legend.add(lines
                    ? new LegendItem(inexactName, null, null, null, true, new Ellipse2D.Double(-4, -4, 8, 8), true,
                            theme.background(), true, ink, new BasicStroke(1.5f), false, new Rectangle2D.Double(), new BasicStroke(1f), ink)
                    : new LegendItem(inexactName, null, null, null, new Rectangle2D.Double(-5, -5, 10, 10), lighter(ink, theme)));
        }
        return derived || inexact;
    }

    static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    /**
     * Stripes of {@code c} on a lighter ground: a derived bar, told apart without colour. The
     * stripes run across the bar, so each row of pixels is one colour and the image stays small
     * (a diagonal hatch added a sixth to a chart's PNG).
     */
    static Paint hatch(Color c, ChartTheme theme) {
        BufferedImage tile = new BufferedImage(1, 5, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 5; y++) {
            tile.setRGB(0, y, (y < 2 ? c : lighter(c, theme)).getRGB());
        }
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, 1, 5));
    }

    /** The paint of a bar: striped when derived, lighter when a bound or an approximation. */
    static Paint barPaint(ChartData.Point p, Color base, ChartTheme theme) {
        if (p == null) {
            return base;
        }
        if (p.derived()) {
            return hatch(p.exact() ? base : lighter(base, theme), theme);
        }
        return p.exact() ? base : lighter(base, theme);
    }

    private static void styleCategoryAxis(CategoryAxis x, ChartTheme theme, int columns) {
        x.setTickLabelFont(theme.font(columns > 8 ? 10f : 11.5f));
        x.setTickLabelPaint(theme.mutedText());
        x.setAxisLinePaint(theme.axis());
        x.setTickMarksVisible(false);
        x.setCategoryMargin(0.2);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        x.setMaximumCategoryLabelLines(2);
        if (columns > 10) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }

    private static void styleValueAxis(ValueAxis y, ChartTheme theme) {
        y.setLabelFont(theme.font(12f));
        y.setLabelPaint(theme.mutedText());
        y.setTickLabelFont(theme.font(11f));
        y.setTickLabelPaint(theme.mutedText());
        y.setAxisLineVisible(false);
        y.setTickMarksVisible(false);
    }

    private static void stylePlot(CategoryPlot plot, ChartTheme theme) {
        plot.setBackgroundPaint(theme.background());
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(theme.grid());
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /**
     * Chinese has no spaces, so JFreeChart would wrap a long category anywhere ("2024年第一" over
     * "季度"); this one wraps it where a reader would: before a bracket, else after the year.
     */
    private static final class ChineseCategoryAxis extends CategoryAxis {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings("rawtypes")
        protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            String s = category.toString();
            Font font = getTickLabelFont(category);
            int at = s.indexOf('（') > 0 ? s.indexOf('（') : s.indexOf('年') + 1;
            if (at <= 0 || at >= s.length() || g2.getFontMetrics(font).stringWidth(s) <= width) {
                return super.createLabel(category, width, edge, g2);
            }
            TextBlock block = new TextBlock();
            block.addLine(s.substring(0, at), font, getTickLabelPaint(category));
            block.addLine(s.substring(at), font, getTickLabelPaint(category));
            return block;
        }
    }

    /** Bars whose figure is a bound or an approximation are drawn lighter; ranking bars take their entity's colour. */
    private static final class QualifiedBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, ChartData.Point> points;
        private final transient Map<String, String> colours;
        private final transient ChartTheme theme;
        private final boolean byColumn;

        QualifiedBarRenderer(Map<String, ChartData.Point> points, Map<String, String> colours, ChartTheme theme, boolean byColumn) {
            this.points = points;
            this.colours = colours;
            this.theme = theme;
            this.byColumn = byColumn;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            CategoryDataset ds = getPlot().getDataset();
            String rowKey = (String) ds.getRowKey(row);
            String colKey = (String) ds.getColumnKey(column);
            Color base = byColumn ? theme.series(colours.get(colKey)) : (Color) super.getItemPaint(row, column);
            return barPaint(points.get(rowKey + "\u0000" + colKey), base, theme);
        }
    }

    /** Stacked bars carry the same marks as grouped ones. */
    private static final class QualifiedStackedBarRenderer extends StackedBarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, ChartData.Point> points;
        private final transient ChartTheme theme;

        QualifiedStackedBarRenderer(Map<String, ChartData.Point> points, ChartTheme theme) {
            this.points = points;
            this.theme = theme;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            CategoryDataset ds = getPlot().getDataset();
            return barPaint(points.get(ds.getRowKey(row) + "\u0000" + ds.getColumnKey(column)), (Color) super.getItemPaint(row, column), theme);
        }
    }

    /** Lines on categories (indexed charts): hollow points where not exact, diamonds where derived. */
    private static final class QualifiedCategoryLineRenderer extends LineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, ChartData.Point> points;
        private final transient Color background;

        QualifiedCategoryLineRenderer(Map<String, ChartData.Point> points, ChartTheme theme) {
            super(true, true);
            this.points = points;
            this.background = theme.background();
            setUseFillPaint(true);
        }

        private ChartData.Point point(int row, int column) {
            CategoryDataset ds = getPlot().getDataset();
            return points.get(ds.getRowKey(row) + "\u0000" + ds.getColumnKey(column));
        }

        @Override
        public Paint getItemFillPaint(int row, int column) {
            ChartData.Point p = point(row, column);
            return p == null || p.exact() ? lookupSeriesPaint(row) : background;
        }

        @Override
        public Shape getItemShape(int row, int column) {
            ChartData.Point p = point(row, column);
            return p != null && p.derived() ? diamond(6) : super.getItemShape(row, column);
        }
    }

    /** Lines draw hollow points where a figure is not exact, and a thin dashed segment across a gap ({@link SeriesGaps}). */
    private static final class QualifiedLineRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private static final transient BasicStroke GAP = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {4f, 4f}, 0f);
        private final transient List<ChartData.Series> series;
        private final transient List<boolean[]> gaps;
        private final transient Color background;

        QualifiedLineRenderer(ChartData data, ChartTheme theme) {
            super(true, true);
            this.series = data.series();
            this.gaps = data.series().stream().map(SeriesGaps::gaps).toList();
            this.background = theme.background();
            setUseFillPaint(true);
        }

        @Override
        public java.awt.Stroke getItemStroke(int row, int column) {
            return gaps.get(row)[column] ? GAP : super.getItemStroke(row, column);
        }

        @Override
        public Paint getItemFillPaint(int row, int column) {
            return series.get(row).points().get(column).exact() ? lookupSeriesPaint(row) : background;
        }

        @Override
        public Shape getItemShape(int row, int column) {
            return series.get(row).points().get(column).derived() ? diamond(6) : super.getItemShape(row, column);
        }
    }

    static Color lighter(Color c, ChartTheme theme) {
        Color bg = theme.background();
        return new Color((c.getRed() + bg.getRed()) / 2, (c.getGreen() + bg.getGreen()) / 2, (c.getBlue() + bg.getBlue()) / 2);
    }
}
