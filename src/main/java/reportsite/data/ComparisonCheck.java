package reportsite.data;

import java.util.function.Predicate;
import reportsite.diag.Position;

/**
 * Checks what the charts will need of the data: money in several currencies needs a rate to
 * the chart's currency, and a chart needs at least one figure it can plot.
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

    void checkCharts() {
        for (ChartSpec chart : data.charts()) {
            Predicate<Period> window = chart.window(data);
            int plotted = 0;
            for (String metricId : chart.metrics()) {
                Metric metric = data.metric(metricId).orElseThrow();
                for (String entity : chart.entities()) {
                    for (Observation o : data.series(entity, metricId)) {
                        if (!window.test(o.period())) {
                            continue;
                        }
                        if (metric.unit() == Metric.Unit.MONEY) {
                            String target = chart.currency().orElse(data.currencyOf(o));
                            if (data.valueIn(o, chart.currency()).isEmpty()) {
                                error(chart.position(), "chart '" + chart.id() + "' needs an FX rate from "
                                        + data.currencyOf(o) + " to " + target + " (for " + o.key() + ")",
                                        "add an fx entry with base/quote " + target + "/" + data.currencyOf(o));
                                return;
                            }
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
                continue;
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
    }

    /** An indexed chart divides each series by its first figure, so that figure must not be zero. */
    private boolean firstFiguresAreNotZero(ChartSpec chart, Predicate<Period> window) {
        for (String entity : chart.entities()) {
            for (Observation o : data.series(entity, chart.metrics().get(0))) {
                if (!window.test(o.period()) || o.value().number().isEmpty()) {
                    continue;
                }
                if (o.value().number().get().signum() == 0) {
                    error(chart.position(), "chart '" + chart.id() + "' is indexed to the first figure of each series, and "
                            + o.key() + " is zero", "start the chart after it with 'from:', or choose another kind of chart");
                    return false;
                }
                break;
            }
        }
        return true;
    }

    private void error(Position at, String message, String hint) {
        in.error(at, message, hint);
    }
}
