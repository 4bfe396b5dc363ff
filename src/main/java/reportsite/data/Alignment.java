package reportsite.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lines up figures of several entities by calendar months, after each entity's fiscal-period
 * mapping: a comparison only sets side by side figures that cover the same months.
 */
public final class Alignment {

    private Alignment() {
    }

    /** True when both periods cover exactly the same calendar days (FY2026-Q2 of an April year and 2025-Q3). */
    public static boolean sameMonths(Period a, Period b) {
        return a.start().equals(b.start()) && a.end().equals(b.end());
    }

    /**
     * The figures a comparison shows for one metric.
     *
     * @param figures per entity id (in the order asked for), its figure, absent when it has none
     * @param aligned true when every shown figure covers the same months
     * @param note why these figures were picked, or "" when they are simply the newest of all;
     *     generated, so that it stays true when the data changes
     */
    public record Row(Map<String, Optional<Observation>> figures, boolean aligned, Optional<Period> shown,
                      Map<String, Period> newer) {
    }

    /**
     * For each entity, the figure of {@code metric} to compare: the newest of each when they all
     * cover the same months; else the newest period every entity covers, saying which newer
     * figures were left out; else each entity's newest, saying that the periods differ.
     */
    public static Row newest(Dataset data, List<String> entityIds, String metric) {
        Map<String, List<Observation>> series = new LinkedHashMap<>();
        for (String e : entityIds) {
            List<Observation> s = data.series(e, metric);
            if (!s.isEmpty()) {
                series.put(e, s);
            }
        }
        Map<String, Optional<Observation>> out = new LinkedHashMap<>();
        entityIds.forEach(e -> out.put(e, Optional.empty()));
        if (series.size() < 2) {
            series.forEach((e, s) -> out.put(e, Optional.of(s.get(s.size() - 1))));
            return new Row(out, true, Optional.empty(), Map.of());
        }
        Map<String, Observation> newest = new LinkedHashMap<>();
        series.forEach((e, s) -> newest.put(e, s.get(s.size() - 1)));
        if (allSame(newest.values())) {
            newest.forEach((e, o) -> out.put(e, Optional.of(o)));
            return new Row(out, true, Optional.empty(), Map.of());
        }
        Optional<Period> common = latestCommon(series.values());
        if (common.isPresent()) {
            Map<String, Period> later = new LinkedHashMap<>();
            series.forEach((e, s) -> {
                Observation o = at(s, common.get()).orElseThrow();
                out.put(e, Optional.of(o));
                Observation n = newest.get(e);
                if (n != o) {
                    later.put(e, n.period());
                }
            });
            return new Row(out, true, common, later);
        }
        newest.forEach((e, o) -> out.put(e, Optional.of(o)));
        Map<String, Period> differ = new LinkedHashMap<>();
        newest.forEach((e, o) -> differ.put(e, o.period()));
        return new Row(out, false, Optional.empty(), differ);
    }

    /** The newest period (by its calendar days) that every series has a figure for. */
    public static Optional<Period> latestCommon(Collection<List<Observation>> series) {
        return commonPeriods(series).stream().reduce((a, b) -> b);
    }

    /** The oldest period every series has a figure with a number for. */
    public static Optional<Period> firstCommon(Collection<List<Observation>> series) {
        return commonPeriods(series).stream().findFirst();
    }

    /** Periods (calendar spans) present in every series, oldest first, as the first series names them. */
    private static List<Period> commonPeriods(Collection<List<Observation>> series) {
        List<Period> out = new ArrayList<>();
        if (series.isEmpty()) {
            return out;
        }
        List<Set<String>> spans = series.stream().map(s -> s.stream().map(o -> span(o.period()))
                .collect(Collectors.toCollection(HashSet::new))).map(x -> (Set<String>) x).toList();
        for (Observation o : series.iterator().next()) {
            if (spans.stream().allMatch(s -> s.contains(span(o.period())))) {
                out.add(o.period());
            }
        }
        return out;
    }

    /** The figure of a series that covers the same months as {@code p}. */
    public static Optional<Observation> at(List<Observation> series, Period p) {
        return series.stream().filter(o -> sameMonths(o.period(), p)).findFirst();
    }

    private static boolean allSame(Collection<Observation> figures) {
        Period first = figures.iterator().next().period();
        return figures.stream().allMatch(o -> sameMonths(o.period(), first));
    }

    private static String span(Period p) {
        return p.start() + "/" + p.end();
    }
}
