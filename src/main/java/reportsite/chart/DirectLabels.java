package reportsite.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Line charts name each series at its last point, in the series' colour (as the FT does), so
 * that the eye does not travel to a legend and back. When two names would overlap (last points
 * closer than a line of text), the legend keeps the names instead and nothing is written.
 */
final class DirectLabels {

    /** The font size of a series name beside its last point. */
    static final float SIZE = 12f;
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    /** One name at the last point of its series, {@code x} pixels into the plot. */
    record Label(int series, String text, double value, double x) {
    }

    /**
     * The names to write, or none when the chart has one series (the title names it) or when two
     * would collide on the plot of {@code frame} showing {@code lower} to {@code upper}.
     *
     * @param x where a point is across the plot, from 0 to 1
     */
    static List<Label> of(ChartData data, double lower, double upper, ChartFrame frame, Font font,
                          java.util.function.ToDoubleFunction<ChartData.Point> x) {
        if (data.series().size() < 2) {
            return List.of();
        }
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < data.series().size(); i++) {
            ChartData.Series s = data.series().get(i);
            if (s.points().isEmpty()) {
                return List.of();
            }
            ChartData.Point last = s.points().get(s.points().size() - 1);
            out.add(new Label(i, s.name(), last.value().doubleValue(), x.applyAsDouble(last) * frame.plotWidth()));
        }
        double lineHeight = font.getLineMetrics("Ag", FRC).getHeight();
        for (Label a : out) {
            for (Label b : out) {
                double high = Math.abs(a.value() - b.value()) / (upper - lower) * frame.plotHeight();
                boolean sideBySide = a.x() <= b.x() && b.x() - a.x() < width(a, font);
                if (a != b && sideBySide && high < lineHeight) {
                    return List.of();
                }
            }
        }
        return out;
    }

    /** The room the widest name takes to the right of the plot, as a share of {@code plotWidth}. */
    static double room(List<Label> labels, Font font, double plotWidth) {
        double widest = labels.stream().mapToDouble(l -> width(l, font)).max().orElse(0);
        return labels.isEmpty() ? 0 : widest / plotWidth;
    }

    /** The width a name takes beside its point, the gap before it included. */
    private static double width(Label l, Font font) {
        return font.getStringBounds(l.text(), FRC).getWidth() + 14;
    }
}
