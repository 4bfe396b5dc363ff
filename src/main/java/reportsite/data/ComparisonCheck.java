package reportsite.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import reportsite.diag.Position;

/**
 * Checks what the charts will need of the data: money in several currencies needs a rate to
 * the chart's currency, a chart needs at least one figure it can plot, and an indexed chart a
 * period all its series share (its base).
 */
final class ComparisonCheck {

    /** More figures than this in one chart cannot be read, and take long to draw. */
    static final int MAX_CHART_FIGURES = 2_000;

    private final NodeReader in;
    private final Dataset data;

    ComparisonCheck(NodeReader in, Dataset data) {
        this.in = in;
        this.data = data;
    }

    /** Checks every chart, and reports every chart's mistakes, not only the first chart's. */
    void checkCharts() {
        for (ChartSpec chart : data.charts()) {
            checkChart(chart);
        }
    }

    /** Checks one chart; after its first mistake about money the figure counts mean nothing, so it stops there. */
    private void checkChart(ChartSpec chart) {
        Predicate<Period> window = chart.window(data);
        int plotted = 0;
        for (String metricId : chart.metrics()) {
            Metric metric = data.metric(metricId).orElseThrow();
            for (String entity : chart.entities()) {
                for (Observation o : data.series(entity, metricId)) {
                    if (!window.test(o.period())) {
                        continue;
                    }
                    if (metric.unit() == Metric.Unit.MONEY && data.valueIn(o, chart.currency()).isEmpty()) {
                        String target = chart.currency().orElse(data.currencyOf(o));
                        error(chart.position(), "chart '" + chart.id() + "' needs an FX rate from "
                                + data.currencyOf(o) + " to " + target + " (for " + o.key() + ")",
                                "add an fx entry with base/quote " + target + "/" + data.currencyOf(o));
                        return;
                    }
                    if (o.value().number().isPresent()) {
                        plotted++;
                    }
                }
            }
            if (metric.unit() == Metric.Unit.MONEY && chart.currency().isEmpty()) {
                long currencies = chart.entities().stream().map(e -> data.entity(e).orElseThrow().currency()).distinct().count();
                if (currencies > 1 && chart.entities().stream().filter(e -> !data.series(e, metricId).isEmpty()).count() > 1) {
                    error(chart.position(), "chart '" + chart.id() + "' compares money in " + currencies
                            + " currencies without converting", "add 'currency: " + data.site().reportingCurrency() + "'");
                    return;
                }
            }
        }
        if (chart.kind() == ChartSpec.ChartKind.INDEXED && !firstFiguresAreNotZero(chart, window)) {
            return;
        }
        if (plotted > MAX_CHART_FIGURES) {
            error(chart.position(), "chart '" + chart.id() + "' plots " + plotted + " figures (the limit is "
                    + MAX_CHART_FIGURES + ")", "narrow it with last:, from:, to: or entities:, or split it into several charts");
        }
        if (plotted == 0) {
            error(chart.position(), "chart '" + chart.id() + "' has no figure it can plot",
                    "check its metric, entities and range; words such as 'triple-digit' cannot be charted");
        }
    }

    /**
     * An indexed chart divides each series by its figure at the first period all series have,
     * so there must be such a period, and no figure there may be zero. Every such series is reported.
     */
    private boolean firstFiguresAreNotZero(ChartSpec chart, Predicate<Period> window) {
        List<List<Observation>> series = new ArrayList<>();
        for (String entity : chart.entities()) {
            List<Observation> s = data.series(entity, chart.metrics().get(0)).stream()
                    .filter(o -> window.test(o.period()) && o.value().number().isPresent()).toList();
            if (!s.isEmpty()) {
                series.add(s);
            }
        }
        Optional<Period> base = Alignment.firstCommon(series);
        if (base.isEmpty() && series.size() > 1) {
            error(chart.position(), "chart '" + chart.id() + "' is indexed to the first period all its series have, and they share none",
                    "widen its range with 'last:' or 'from:'/'to:', add figures for the same months, or choose another kind of chart");
            return false;
        }
        boolean ok = true;
        for (List<Observation> s : series) {
            Observation o = base.flatMap(b -> Alignment.at(s, b)).orElse(s.get(0));
            if (o.value().number().get().signum() == 0) {
                error(chart.position(), "chart '" + chart.id() + "' is indexed to " + o.period().calendarSpan() + " = 100, and "
                        + o.key() + " is zero", "start the chart after it with 'from:', or choose another kind of chart");
                ok = false;
            }
        }
        return ok;
    }

    private void error(Position at, String message, String hint) {
        in.error(at, message, hint);
    }
}
