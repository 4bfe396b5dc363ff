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

/**
 * The facts of a chart's data, in words, generated so that they never drift from what is drawn:
 * which points are derived, approximate, bounds or ranges (and how each is drawn), which
 * periods are missing, which FX rate applies to which points, the base of an index, periods that
 * differ between bars, and figures after the as-of date. An author's caption adds the reading.
 */
public final class ChartFacts {

    private ChartFacts() {
    }

    public static List<String> sentences(ChartData d, Dataset data) {
        List<String> out = new ArrayList<>();
        boolean lines = d.timeAxis() || d.spec().kind() == ChartKind.INDEXED;
        if (d.spec().kind() == ChartKind.INDEXED && !d.categories().isEmpty()) {
            out.add("Each series is rebased to 100 at " + d.categories().get(0) + ", the first period every series has"
                    + (d.series().size() > 1 ? "; earlier figures are left out." : "."));
        }
        if (d.spec().kind() == ChartKind.HBAR) {
            Set<String> spans = new LinkedHashSet<>();
            d.series().forEach(s -> s.points().forEach(p -> p.observation().ifPresent(o -> spans.add(o.period().calendarSpan()))));
            if (spans.size() > 1) {
                out.add("The bars cover different months: " + list(d, p -> true, true) + ".");
            } else if (spans.size() == 1 && d.series().size() > 1) {
                out.add("All bars cover " + spans.iterator().next() + ".");
            }
        }
        add(out, "Derived from other figures, not reported (" + (lines ? "diamond points" : "striped bars") + ")",
                list(d, ChartData.Point::derived, false));
        add(out, "Approximate (" + (lines ? "hollow points" : "lighter bars") + ")",
                list(d, p -> value(p) instanceof Value.About, false));
        add(out, "Lower bounds, drawn at the bound (" + (lines ? "hollow points" : "lighter bars") + ")",
                list(d, p -> value(p) instanceof Value.MoreThan, false));
        add(out, "Upper bounds, drawn at the bound (" + (lines ? "hollow points" : "lighter bars") + ")",
                list(d, p -> value(p) instanceof Value.LessThan, false));
        add(out, "Ranges, drawn at their midpoint", list(d, p -> value(p) instanceof Value.Range, false));
        add(out, "Dated only by year, drawn at mid-year", d.timeAxis() ? list(d, ChartFacts::yearOnly, false) : "");
        if (d.spec().kind() == ChartKind.GROUPED_BAR || d.spec().kind() == ChartKind.INDEXED) {
            add(out, "No figure", missing(d));
        }
        add(out, "After the as-of date (" + data.site().asOf().map(Object::toString).orElse("") + "), or reported only after it,"
                        + " labelled †",
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
            byRate.put(ChartDescription.rate(r), new ArrayList<>());
        }
        for (ChartData.Series s : d.series()) {
            for (ChartData.Point p : s.points()) {
                p.rate().ifPresent(r -> byRate.computeIfAbsent(ChartDescription.rate(r), k -> new ArrayList<>()).add(p));
                seriesOf.put(p, s.name());
            }
        }
        byRate.values().removeIf(List::isEmpty);
        if (byRate.isEmpty()) {
            return "";
        }
        if (byRate.size() == 1) {
            return "Converted at " + byRate.keySet().iterator().next() + ".";
        }
        return "Converted at " + byRate.entrySet().stream().map(e -> e.getKey() + " (" + grouped(e.getValue(), seriesOf, d) + ")")
                .collect(Collectors.joining("; ")) + ".";
    }

    private static void add(List<String> out, String what, String points) {
        if (!points.isEmpty()) {
            out.add(what + ": " + points + ".");
        }
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
            return picked.stream().map(p -> seriesOf.get(p) + " " + p.observation().map(o -> o.period().calendarSpan()).orElse(""))
                    .collect(Collectors.joining(", "));
        }
        return grouped(picked, seriesOf, d);
    }

    private static String grouped(List<ChartData.Point> points, Map<ChartData.Point, String> seriesOf, ChartData d) {
        Map<String, List<String>> bySeries = new LinkedHashMap<>();
        for (ChartData.Point p : points) {
            String name = seriesOf.get(p);
            String where = p.category().equals(name) ? p.observation().map(o -> o.period().display()).orElse("") : p.category();
            bySeries.computeIfAbsent(name, k -> new ArrayList<>()).add(where);
        }
        boolean oneSeries = d.series().size() == 1;
        return bySeries.entrySet().stream().map(e -> (oneSeries ? "" : e.getKey() + ": ") + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** Categories of the chart where a series has no figure. */
    private static String missing(ChartData d) {
        List<String> parts = new ArrayList<>();
        for (ChartData.Series s : d.series()) {
            Set<String> has = s.points().stream().map(ChartData.Point::category).collect(Collectors.toSet());
            List<String> gaps = d.categories().stream().filter(c -> !has.contains(c)).toList();
            if (!gaps.isEmpty()) {
                parts.add((d.series().size() == 1 ? "" : s.name() + ": ") + String.join(", ", gaps));
            }
        }
        return String.join("; ", parts);
    }
}
