package reportsite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import reportsite.content.FigureText;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.Metric;
import reportsite.data.Observation;
import reportsite.data.Source;
import reportsite.i18n.UiStrings;
import reportsite.updates.Json;

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
 * <pre>window.reportSiteSearchIndex = {"words": {"kinds": "Page|Section|…", "kindSep": …, "none": …, …},
 *   "pages": [[path, title, description, [anchor, heading, …]], …],
 *   "docs": [[kind, page, anchor, title, context], …]}</pre>
 * with kind 2 for a figure and 3 for a source (0 and 1, page and heading, are made by the browser).
 * The words are the box's own (what a result is, how many were found), in the edition's language:
 * the box needs them only with the index, so every page need not carry them. The one it needs
 * when the index cannot load stays with the box.
 */
public final class SearchIndex {

    /** Where the index is written, at the root of the site. */
    public static final String PATH = "search-index.js";
    private static final Pattern SPACES = Pattern.compile("\\s+");


    private SearchIndex() {
    }

    /** The pages of an edition the index lists, by path within the edition: its HTML pages but the 404 page, in order. */
    public static List<String> pages(Collection<String> files) {
        return files.stream().filter(p -> p.endsWith(".html") && !p.equals("404.html")).sorted().toList();
    }

    /** The box's words in the index, by the name search.js reads them under → the interface string's key. */
    private static final Map<String, String> WORDS = wordKeys();

    private static Map<String, String> wordKeys() {
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        keys.put("kinds", "search.kinds");
        keys.put("kindSep", "search.kind_sep");
        keys.put("none", "search.none");
        keys.put("one", "search.one");
        keys.put("many", "search.many");
        keys.put("first", "search.first");
        keys.put("for", "search.for");
        return Collections.unmodifiableMap(keys);
    }

    /**
     * The index of one edition, as the script's bytes.
     *
     * @param ui the edition's interface strings, for the box's words
     * @param pages each page's {@link #entry}, in the order of {@link #pages}
     * @param docs the figures and sources ({@link #docs}), which name their page by its place in that order
     */
    public static byte[] of(UiStrings ui, List<String> pages, List<String> docs) {
        List<String> words = new ArrayList<>();
        WORDS.forEach((name, key) -> words.add(json(name) + ": " + json(ui.get(key))));
        String script = "window.reportSiteSearchIndex = {\"words\": {" + String.join(", ", words) + "},\n\"pages\": [\n"
                + String.join(",\n", pages) + "\n], \"docs\": [\n" + String.join(",\n", docs) + "\n]};\n";
        return script.getBytes(StandardCharsets.UTF_8);
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
                    description == null ? "" : SPACES.matcher(description.attr("content").strip()).replaceAll(" "), headings);
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
    public static List<String> docs(Dataset data, UiStrings ui, List<String> paths) {
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
                        json("[" + s.id() + "] " + ui.format("sources.entry", Map.of("publisher", s.publisher(), "title", s.title(),
                                "date", FigureText.sourceDate(s, data, ui))))));
            }
        }
        return docs;
    }

    private static String array(String... items) {
        return "[" + String.join(",", items) + "]";
    }

    /** A JSON string, safe in a script too ({@link Json#quote}). */
    static String json(String s) {
        return Json.quote(s);
    }
}
