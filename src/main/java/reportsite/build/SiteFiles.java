package reportsite.build;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import reportsite.chart.ChartData;
import reportsite.chart.ChartFiles;
import reportsite.chart.ChartImage;
import reportsite.diag.Diagnostics;
import reportsite.publish.PageLinks;
import reportsite.render.HostingFiles;
import reportsite.render.SearchIndex;
import reportsite.source.Theme;
import reportsite.updates.FigureSnapshot;
import reportsite.updates.FiguresFile;

/**
 * The output assembly: every edition's files under its folder, the assets, the search indexes
 * and the files for hosting, each page read once for its search entry and its links.
 */
final class SiteFiles {

    private SiteFiles() {
    }

    /** The files of the site, and the ids and links of each page, for the link check. */
    record Written(SortedMap<String, byte[]> files, Map<String, PageLinks> links, Set<String> notDrawn) {
    }

    static Written assemble(List<EditionOutput> made, Theme templates, Steps steps, Diagnostics d) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Set<String> notDrawn = new TreeSet<>();
        Map<EditionOutput, SortedMap<String, byte[]>> byEdition = new LinkedHashMap<>();
        for (EditionOutput m : made) {
            SortedMap<String, byte[]> own = new TreeMap<>();
            Map<String, byte[]> csv = steps.run(Steps.CHART_CSV, new Steps.PlannedCharts(m.context().inputs().charts())).value();
            m.pages().forEach(p -> own.put(p.path(), p.html().orElseThrow()));
            for (String id : m.used()) {
                ChartImage img = m.drawn().get(id);
                Map<String, byte[]> images = new LinkedHashMap<>();
                images.put(ChartFiles.png(id), img.png1x());
                images.put(ChartFiles.png2x(id), img.png2x());
                images.put(ChartFiles.dark(id), img.dark1x());
                images.put(ChartFiles.dark2x(id), img.dark2x());
                images.put(ChartFiles.narrow2x(id), img.narrow().light2x());
                images.put(ChartFiles.narrowDark2x(id), img.narrow().dark2x());
                images.put(ChartFiles.share(id), img.share());
                own.putAll(images);
                if (img.png1x().length == 0) {
                    images.keySet().forEach(path -> notDrawn.add(m.context().edition().prefix() + path));
                }
                own.put(ChartFiles.csv(id), csv.get(id));
            }
            own.putAll(m.dataPages().files());
            String prefix = m.context().edition().prefix();
            own.forEach((path, bytes) -> files.put(prefix + path, bytes));
            files.putAll(m.previews());
            byEdition.put(m, own);
        }
        files.putAll(templates.files("assets", "assets/"));
        // every figure with its sources, in the default edition's words: a download, and what the next publish compares with
        files.put(FiguresFile.PATH, steps.run(Steps.FIGURES_FILE, new Steps.FiguresIn(made.get(0).context().inputs().data())).value());
        Map<String, Steps.ReadPage> read = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().filter(f -> f.getKey().endsWith(".html"))
                .forEach(f -> read.put(f.getKey(), steps.run(Steps.READ, new Steps.ReadIn(f.getValue())).value()));
        byEdition.forEach((m, own) -> files.put(m.context().edition().prefix() + SearchIndex.PATH, searchIndex(m, own.keySet(), read, steps)));
        files.putAll(HostingFiles.of(List.copyOf(files.keySet()), made.get(0).context().data().site(), alternates(made)));
        Map<String, PageLinks> links = new HashMap<>();
        read.forEach((path, page) -> links.put(path, page.links()));
        return new Written(files, links, Collections.unmodifiableSet(notDrawn));
    }

    /** An edition's search index: its pages as read, and its figures and sources, kept while its data and pages are unchanged. */
    private static byte[] searchIndex(EditionOutput m, Set<String> files, Map<String, Steps.ReadPage> read, Steps steps) {
        List<String> paths = SearchIndex.pages(files);
        String prefix = m.context().edition().prefix();
        List<String> pages = paths.stream()
                .map(p -> SearchIndex.entry(prefix + p, read.get(prefix + p).text(), m.context().data().site().description())).toList();
        return SearchIndex.of(m.context().edition().ui(), pages, steps.run(Steps.SEARCH_DOCS, new Steps.SearchDocsIn(m.edition(), paths)).value());
    }

    /** For the change report: by page or chart, a hash of what it shows (its body, not its layout). */
    static Map<String, String> shows(EditionOutput m) {
        Map<String, String> shows = new TreeMap<>();
        m.pages().forEach(p -> shows.put(FigureSnapshot.pageUnit(p.path()), p.shows()));
        m.dataPages().shows().forEach((path, hash) -> shows.put(FigureSnapshot.pageUnit(path), hash));
        Map<String, Keyed<ChartData>> charts = m.context().inputs().charts().value();
        m.used().forEach(id -> shows.put(FigureSnapshot.chartUnit(id), charts.get(id).key()));
        return shows;
    }

    /**
     * For the sitemap: each page of an edition with its pair in every edition, by {@code hreflang}
     * (pairs share a file name under their edition's folder; the pages made from the data share
     * their path). Empty with one edition.
     */
    private static Map<String, Map<String, String>> alternates(List<EditionOutput> made) {
        if (made.size() < 2) {
            return Map.of();
        }
        Map<String, Map<String, String>> groups = new TreeMap<>();
        for (EditionOutput m : made) {
            String lang = m.context().edition().language().htmlLang();
            String prefix = m.context().edition().prefix();
            m.pairs().forEach((file, path) -> groups.computeIfAbsent("page:" + file, k -> new TreeMap<>()).put(lang, prefix + path));
            m.dataPages().files().keySet().forEach(path -> groups.computeIfAbsent("data:" + path, k -> new TreeMap<>())
                    .put(lang, prefix + path));
        }
        Map<String, Map<String, String>> byPath = new TreeMap<>();
        groups.values().forEach(group -> group.values().forEach(path -> byPath.put(path, group)));
        return byPath;
    }
}
