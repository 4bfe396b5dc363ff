package reportsite.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import reportsite.data.AsOf;
import reportsite.data.ChartSpec.ChartKind;
import reportsite.data.Dataset;
import reportsite.data.FxRate;
import reportsite.data.Observation;
import reportsite.data.Period;
import reportsite.data.Value;
import reportsite.data.ValueFormatter;

/**
 * The facts of a chart's data, in words, generated so that they never drift from what is drawn:
 * which points are derived, approximate, bounds or ranges (and how each is drawn), which
 * periods are missing, which FX rate applies to which points, the base of an index, periods that
 * differ between bars, and figures after the as-of date. An author's caption adds the reading.
 * The sentences are in the chart's language ({@link ChartData#words()}).
 */
public final class ChartFacts {

    private ChartFacts() {
    }

    public static List<String> sentences(ChartData d, Dataset data) {
        ChartWords w = d.words();
        List<String> out = new ArrayList<>();
        boolean lines = d.timeAxis() || d.spec().kind() == ChartKind.INDEXED;
        if (d.spec().kind() == ChartKind.INDEXED && !d.categories().isEmpty()) {
            out.add(w.format(d.series().size() > 1 ? "chart.facts.rebased_many" : "chart.facts.rebased_one",
                    "base", d.categories().get(0)));
        }
        if (d.spec().kind() == ChartKind.HBAR) {
            Set<String> spans = new LinkedHashSet<>();
            d.series().forEach(s -> s.points().forEach(p -> p.observation().ifPresent(o -> spans.add(span(d, o.period())))));
            if (spans.size() > 1) {
                out.add(w.format("chart.facts.months_differ", "list", list(d, p -> true, true)));
            } else if (spans.size() == 1 && d.series().size() > 1) {
                out.add(w.format("chart.facts.months_same", "span", spans.iterator().next()));
            }
        }
        String drawnLighter = w.get(lines ? "chart.facts.hollow_points" : "chart.facts.lighter_bars");
        add(out, w, w.format("chart.facts.derived", "mark", w.get(lines ? "chart.facts.diamond_points" : "chart.facts.striped_bars")),
                list(d, ChartData.Point::derived, false));
        add(out, w, w.format("chart.facts.approximate", "mark", drawnLighter),
                list(d, p -> value(p) instanceof Value.About, false));
        add(out, w, w.format("chart.facts.lower_bounds", "mark", drawnLighter),
                list(d, p -> value(p) instanceof Value.MoreThan, false));
        add(out, w, w.format("chart.facts.upper_bounds", "mark", drawnLighter),
                list(d, p -> value(p) instanceof Value.LessThan, false));
        add(out, w, w.get("chart.facts.ranges"), list(d, p -> value(p) instanceof Value.Range, false));
        add(out, w, w.get("chart.facts.year_only"), d.timeAxis() ? list(d, ChartFacts::yearOnly, false) : "");
        if (d.spec().kind() == ChartKind.GROUPED_BAR || d.spec().kind() == ChartKind.INDEXED) {
            add(out, w, w.get("chart.facts.no_figure"), missing(d));
        }
        if (d.timeAxis()) {
            add(out, w, w.get("chart.facts.gaps"), gaps(d));
        }
        add(out, w, w.get("chart.facts.events"), d.spec().events().stream()
                .map(e -> w.format("chart.facts.event", "label", e.label(), "date", ValueFormatter.date(d.language(), e.date())))
                .collect(Collectors.joining(w.get("chart.separator.list"))));
        add(out, w, w.format("chart.facts.after_as_of", "date",
                        data.site().asOf().map(a -> AsOf.date(d.language(), a)).orElse("")),
                list(d, p -> p.observation().map(o -> AsOf.isAfter(data, o)).orElse(false), false));
        String rates = ratesByPoint(d);
        if (!rates.isEmpty()) {
            out.add(rates);
        }
        return out;
    }

    /** "Converted at 7.17 CNY per USD, 24 Feb 2025 (Alibaba: Q2 2024, Q3 2024); 7.119 … (Alibaba: Q3 2025)." */
    static String ratesByPoint(ChartData d) {
        Map<String, List<ChartData.Point>> byRate = new LinkedHashMap<>();
        Map<ChartData.Point, String> seriesOf = new LinkedHashMap<>();
        for (FxRate r : d.ratesUsed()) {
            byRate.put(ChartDescription.rate(d, r), new ArrayList<>());
        }
        for (ChartData.Series s : d.series()) {
            for (ChartData.Point p : s.points()) {
                p.rate().ifPresent(r -> byRate.computeIfAbsent(ChartDescription.rate(d, r), k -> new ArrayList<>()).add(p));
                seriesOf.put(p, s.name());
            }
        }
        byRate.values().removeIf(List::isEmpty);
        if (byRate.isEmpty()) {
            return "";
        }
        ChartWords w = d.words();
        if (byRate.size() == 1) {
            return w.format("chart.facts.converted", "rates", byRate.keySet().iterator().next());
        }
        return w.format("chart.facts.converted", "rates", byRate.entrySet().stream()
                .map(e -> w.format("chart.rate_points", "rate", e.getKey(), "points", grouped(e.getValue(), seriesOf, d)))
                .collect(Collectors.joining(w.get("chart.separator.group"))));
    }

    private static void add(List<String> out, ChartWords w, String what, String points) {
        if (!points.isEmpty()) {
            out.add(w.format("chart.facts.fact", "what", what, "points", points));
        }
    }

    private static String span(ChartData d, Period p) {
        return ValueFormatter.calendarSpan(d.language(), p);
    }

    private static Value value(ChartData.Point p) {
        return p.observation().map(Observation::value).orElse(new Value.Text(""));
    }

    private static boolean yearOnly(ChartData.Point p) {
        return p.observation().map(o -> o.period().kind() == Period.Kind.YEAR).orElse(false);
    }

    /** The points that pass {@code test}, grouped by series: "Alibaba: Q2 2024, Q1 2025; Google: Q3 2024". */
    private static String list(ChartData d, Predicate<ChartData.Point> test, boolean withSpan) {
        Map<ChartData.Point, String> seriesOf = new LinkedHashMap<>();
        List<ChartData.Point> picked = new ArrayList<>();
        for (ChartData.Series s : d.series()) {
            for (ChartData.Point p : s.points()) {
                if (test.test(p)) {
                    picked.add(p);
                    seriesOf.put(p, s.name());
                }
            }
        }
        if (withSpan) {
            return picked.stream().map(p -> d.words().format("chart.facts.bar_months", "name", seriesOf.get(p),
                            "span", p.observation().map(o -> span(d, o.period())).orElse("")))
                    .collect(Collectors.joining(d.words().get("chart.separator.list")));
        }
        return grouped(picked, seriesOf, d);
    }

    private static String grouped(List<ChartData.Point> points, Map<ChartData.Point, String> seriesOf, ChartData d) {
        Map<String, List<String>> bySeries = new LinkedHashMap<>();
        for (ChartData.Point p : points) {
            String name = seriesOf.get(p);
            String where = p.category().equals(name)
                    ? p.observation().map(o -> ValueFormatter.period(d.language(), o.period())).orElse("") : p.category();
            bySeries.computeIfAbsent(name, k -> new ArrayList<>()).add(where);
        }
        return named(d, List.copyOf(bySeries.entrySet()));
    }

    /** "Alibaba: Q2 2024, Q1 2025; Google: Q3 2024", or without the names when the chart has one series. */
    private static String named(ChartData d, List<Map.Entry<String, List<String>>> bySeries) {
        ChartWords w = d.words();
        boolean oneSeries = d.series().size() == 1;
        return bySeries.stream().map(e -> {
            String items = String.join(w.get("chart.separator.list"), e.getValue());
            return oneSeries ? items : w.format("chart.named", "name", e.getKey(), "items", items);
        }).collect(Collectors.joining(w.get("chart.separator.group")));
    }

    /** The stretches a line crosses without figures ({@link SeriesGaps}): "Apr 2024 to May 2025". */
    private static String gaps(ChartData d) {
        List<Map.Entry<String, List<String>>> bySeries = new ArrayList<>();
        for (ChartData.Series s : d.series()) {
            boolean[] gap = SeriesGaps.gaps(s);
            List<String> spans = new ArrayList<>();
            for (int i = 1; i < gap.length; i++) {
                if (gap[i]) {
                    spans.add(d.words().format("chart.facts.gap_span", "from", s.points().get(i - 1).category(),
                            "to", s.points().get(i).category()));
                }
            }
            if (!spans.isEmpty()) {
                bySeries.add(Map.entry(s.name(), spans));
            }
        }
        return named(d, bySeries);
    }

    /** Categories of the chart where a series has no figure. */
    private static String missing(ChartData d) {
        List<Map.Entry<String, List<String>>> bySeries = new ArrayList<>();
        for (ChartData.Series s : d.series()) {
            Set<String> has = s.points().stream().map(ChartData.Point::category).collect(Collectors.toSet());
            List<String> gaps = d.categories().stream().filter(c -> !has.contains(c)).toList();
            if (!gaps.isEmpty()) {
                bySeries.add(Map.entry(s.name(), gaps));
            }
        }
        return named(d, bySeries);
    }
}
