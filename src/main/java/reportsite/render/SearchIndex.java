package reportsite.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\">");
    private static final Pattern HEADING = Pattern.compile("<h([23])\\s[^>]*?\\bid=\"([^\"]+)\"[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

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
        // In parallel (on the caller's pool: the build's one executor), in the paths' order.
        List<String> pages = paths.parallelStream().map(path -> parts.page(prefix + path, files.get(path))).toList();
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
                return SearchIndex.page(path, new String(html, StandardCharsets.UTF_8), data.site().description());
            }

            @Override
            public List<String> docs(List<String> paths) {
                return SearchIndex.docs(data, ui, paths);
            }
        };
    }

    /** One page's entry: path, title, description (unless it is the site's), and its anchored headings. */
    static String page(String path, String html, String siteDescription) {
        Matcher h1 = H1.matcher(html);
        String title = h1.find() ? text(h1.group(1)) : path;
        Matcher d = DESCRIPTION.matcher(html);
        // A page without a description of its own repeats the site's: no help in telling pages apart.
        String description = d.find() ? text(d.group(1)) : "";
        List<String> headings = new ArrayList<>();
        Matcher h = HEADING.matcher(html);
        while (h.find()) {
            // The references list is on every page and names nothing of its own.
            if (!h.group(2).equals("references")) {
                headings.add(json(h.group(2)));
                headings.add(json(text(h.group(3))));
            }
        }
        return array(json(path), json(title), json(description.equals(siteDescription) ? "" : description),
                array(headings.toArray(String[]::new)));
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

    /** The text of an HTML fragment: tags dropped, character references read, white space collapsed. */
    static String text(String html) {
        Matcher m = ENTITY.matcher(TAG.matcher(html).replaceAll(""));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String c = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    long code = name.startsWith("#x") ? Long.parseLong(name.substring(2), 16) : Long.parseLong(name.substring(1));
                    yield code <= Character.MAX_CODE_POINT ? new String(Character.toChars((int) code)) : m.group();
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").trim();
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
