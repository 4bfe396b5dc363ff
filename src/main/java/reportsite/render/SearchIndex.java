package reportsite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.Metric;
import reportsite.data.Observation;
import reportsite.data.Source;
import reportsite.source.UiStrings;

/**
 * What the search box searches: every page (title, description), every heading with an anchor,
 * every figure (entity, metric, period, value) and every source, written as a script that
 * assigns a global, since a page opened from disk may load a script but not fetch a JSON file.
 *
 * <p>The file holds the documents, not an inverted index: the browser indexes them with the
 * vendored MiniSearch when the reader first uses the box. Documents are smaller than a
 * serialized index, and their format is ours, not one library version's. A page holds its
 * headings; figures and sources name their page by its number in {@code pages}, so that paths
 * and titles are written once.
 *
 * <pre>window.reportSiteSearchIndex = {"pages": [[path, title, description, [anchor, heading, …]], …],
 *   "docs": [[kind, page, anchor, title, context], …]}</pre>
 * with kind 2 for a figure and 3 for a source (0 and 1, page and heading, are made by the browser).
 */
public final class SearchIndex {

    /** Where the index is written, at the root of the site. */
    public static final String PATH = "search-index.js";


    private SearchIndex() {
    }

    /**
     * The index of one edition from its parts; a build may keep each part from its last run
     * under a key of what it is made from ({@link Parts}).
     *
     * @param files an edition's output so far, by path within the edition: its HTML pages are read
     *     for titles and headings
     * @param prefix the edition's folder in the site, which the index's paths start with
     * @return the script's bytes
     */
    public static byte[] of(Map<String, byte[]> files, String prefix, Parts parts) {
        List<String> paths = files.keySet().stream().filter(p -> p.endsWith(".html") && !p.equals("404.html")).sorted().toList();
        List<String> pages = paths.stream().map(path -> parts.page(prefix + path, files.get(path))).toList();
        String script = "window.reportSiteSearchIndex = {\"pages\": [\n" + String.join(",\n", pages) + "\n], \"docs\": [\n"
                + String.join(",\n", parts.docs(paths)) + "\n]};\n";
        return script.getBytes(StandardCharsets.UTF_8);
    }

    /** As {@link #of(Map, String, Parts)}, every part made now. */
    public static byte[] of(Map<String, byte[]> files, String prefix, Dataset data) {
        return of(files, prefix, parts(data, UiStrings.shipped()));
    }

    /**
     * The two parts of an index: each page's entry, made from the page alone, and the figures and
     * sources, made from the data and the list of pages (they name their page by its number).
     */
    public interface Parts {
        String page(String path, byte[] html);

        List<String> docs(List<String> paths);
    }

    /** The parts made from {@code data}, in its edition's words ({@code ui}). */
    public static Parts parts(Dataset data, UiStrings ui) {
        return new Parts() {
            @Override
            public String page(String path, byte[] html) {
                return entry(path, PageText.of(Jsoup.parse(new String(html, StandardCharsets.UTF_8))), data.site().description());
            }

            @Override
            public List<String> docs(List<String> paths) {
                return SearchIndex.docs(data, ui, paths);
            }
        };
    }

    /** What the index takes from a page: its title (first h1), description, and anchored headings (anchor, text, …). */
    public record PageText(String title, String description, List<String> headings) {

        /** Read from the page as a browser parses it: tags dropped, character references read, white space collapsed. */
        public static PageText of(Document page) {
            Element h1 = page.selectFirst("h1");
            Element description = page.selectFirst("meta[name=description]");
            List<String> headings = new ArrayList<>();
            for (Element h : page.select("h2[id], h3[id]")) {
                // The references list is on every page and names nothing of its own.
                if (!h.id().isEmpty() && !h.id().equals("references")) {
                    headings.add(h.id());
                    headings.add(h.text());
                }
            }
            return new PageText(h1 == null ? "" : h1.text(),
                    description == null ? "" : description.attr("content").strip().replaceAll("\\s+", " "), headings);
        }
    }

    /** One page's entry: path, title (or the path), description (unless it is the site's), and its anchored headings. */
    public static String entry(String path, PageText text, String siteDescription) {
        // A page without a description of its own repeats the site's: no help in telling pages apart.
        return array(json(path), json(text.title().isEmpty() ? path : text.title()),
                json(text.description().equals(siteDescription) ? "" : text.description()),
                array(text.headings().stream().map(SearchIndex::json).toArray(String[]::new)));
    }

    /** The figures (on their company's page) and the sources (on the sources page), given the edition's pages in order. */
    static List<String> docs(Dataset data, UiStrings ui, List<String> paths) {
        Map<String, Integer> pageNumbers = new HashMap<>();
        paths.forEach(p -> pageNumbers.put(p, pageNumbers.size()));
        List<String> docs = new ArrayList<>();
        DataViews views = new DataViews(data, ui);
        for (Observation o : data.observations()) {
            Optional<Entity> entity = data.entity(o.entity());
            Optional<Metric> metric = data.metric(o.metric());
            Integer page = entity.map(e -> pageNumbers.get(views.entity(e).get("href"))).orElse(null);
            if (page == null || metric.isEmpty()) {
                continue;
            }
            Map<String, Object> figure = views.figure(o, Optional.empty());
            docs.add(array("2", String.valueOf(page), json(o.metric()),
                    json(entity.get().name() + " · " + metric.get().label() + " · " + figure.get("periodFull")),
                    json(figure.get("text") + " · " + figure.get("period"))));
        }
        Integer sourcesPage = pageNumbers.get("sources.html");
        if (sourcesPage != null) {
            for (Source s : data.sources()) {
                docs.add(array("3", String.valueOf(sourcesPage), json("source-" + s.id()), json(s.title()),
                        json("[" + s.id() + "] " + s.publisher() + (s.date().isEmpty() ? "" : ", " + s.date()))));
            }
        }
        return docs;
    }

    private static String array(String... items) {
        return "[" + String.join(",", items) + "]";
    }

    /** A JSON string, safe in a script too (U+2028 and U+2029 end a line in older JavaScript). */
    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
