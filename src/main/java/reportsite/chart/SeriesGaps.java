package reportsite.chart;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import reportsite.data.Observation;
import reportsite.data.Period;

/**
 * Where a line on a time axis has periods without figures. Two neighbouring figures are apart
 * when there is time between their periods that neither covers, and that time is at least twice
 * the series' usual spacing (the median distance between its figures): a quarterly series
 * missing one quarter, or a monthly count stated in April 2024 and next in May 2025 among
 * figures a few months apart. Such a segment is drawn dashed and named in the chart's note, so
 * that a straight line never stands for figures no one published.
 */
final class SeriesGaps {

    private SeriesGaps() {
    }

    /** For each point after the first: true when the segment reaching it crosses a gap. */
    static boolean[] gaps(ChartData.Series s) {
        List<ChartData.Point> points = s.points();
        boolean[] out = new boolean[points.size()];
        if (points.size() < 3) {
            return out;
        }
        List<Long> spacings = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            spacings.add(ChronoUnit.DAYS.between(points.get(i - 1).when(), points.get(i).when()));
        }
        List<Long> sorted = spacings.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
        for (int i = 1; i < points.size(); i++) {
            out[i] = spacings.get(i - 1) >= 2 * median && !adjacent(points.get(i - 1), points.get(i));
        }
        return out;
    }

    /** True when the later figure's period starts no later than the day after the earlier one's ends. */
    private static boolean adjacent(ChartData.Point a, ChartData.Point b) {
        Period pa = a.observation().map(Observation::period).orElse(null);
        Period pb = b.observation().map(Observation::period).orElse(null);
        return pa == null || pb == null || !pb.start().isAfter(pa.end().plusDays(1));
    }
}
