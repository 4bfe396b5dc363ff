package reportsite.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import reportsite.chart.ChartData;

/**
 * Where this build shows each figure: the charts that plot it and the Markdown pages whose
 * directives resolve it or embed one of those charts. It is worked out from the build's own
 * content and data, never from the cache, so that a fresh clone lists the same pages.
 *
 * @param pages by figure key, the output paths of the Markdown pages showing it
 * @param charts by figure key, the ids of the charts plotting it
 * @param chartPages by chart id, the output paths of the pages embedding it
 */
public record FigureUses(SortedMap<String, List<String>> pages, SortedMap<String, List<String>> charts,
                         SortedMap<String, List<String>> chartPages) {

    /** What one Markdown page shows: the figures its directives resolved and the charts it embeds. */
    public record PageFigures(String path, List<String> figures, List<String> charts) {
    }

    public static FigureUses none() {
        return new FigureUses(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    /**
     * @param charts the planned charts the site draws, by id
     * @param pages what each Markdown page shows
     */
    public static FigureUses of(Map<String, ChartData> charts, Collection<PageFigures> pages) {
        SortedMap<String, SortedSet<String>> byChart = new TreeMap<>();
        charts.forEach((id, c) -> c.series().forEach(s -> s.points().forEach(p -> p.observation()
                .ifPresent(o -> byChart.computeIfAbsent(o.key(), k -> new TreeSet<>()).add(id)))));
        SortedMap<String, SortedSet<String>> plotted = new TreeMap<>();
        byChart.forEach((figure, ids) -> ids.forEach(id -> plotted.computeIfAbsent(id, k -> new TreeSet<>()).add(figure)));
        SortedMap<String, SortedSet<String>> byPage = new TreeMap<>();
        SortedMap<String, SortedSet<String>> chartPages = new TreeMap<>();
        for (PageFigures p : pages) {
            p.figures().forEach(f -> byPage.computeIfAbsent(f, k -> new TreeSet<>()).add(p.path()));
            for (String chart : p.charts()) {
                chartPages.computeIfAbsent(chart, k -> new TreeSet<>()).add(p.path());
                plotted.getOrDefault(chart, new TreeSet<>()).forEach(f -> byPage.computeIfAbsent(f, k -> new TreeSet<>()).add(p.path()));
            }
        }
        return new FigureUses(lists(byPage), lists(byChart), lists(chartPages));
    }

    private static SortedMap<String, List<String>> lists(SortedMap<String, SortedSet<String>> sets) {
        SortedMap<String, List<String>> out = new TreeMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The Markdown pages showing any of {@code figures}, sorted. */
    public List<String> pagesOf(Collection<String> figures) {
        return union(pages, figures);
    }

    /** The charts plotting any of {@code figures}, sorted. */
    public List<String> chartsOf(Collection<String> figures) {
        return union(charts, figures);
    }

    private static List<String> union(SortedMap<String, List<String>> index, Collection<String> figures) {
        SortedSet<String> out = new TreeSet<>();
        figures.forEach(f -> out.addAll(index.getOrDefault(f, List.of())));
        return new ArrayList<>(out);
    }
}
