package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;

/**
 * Structural accessibility checks on every page of the example and of the golden fixture site
 * (a page without a home page of its own, sub-folder pages): each rule lists every page and
 * element that breaks it.
 */
class AccessibilityTest {

    static final Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void build(@TempDir Path unused) {
        add("example/", new SiteBuilder(new BuildConfig(Path.of("content"), Path.of("templates"), unused.resolve("a"),
                false, false, false)).check().files());
        add("golden/", new SiteBuilder(new BuildConfig(GoldenSiteTest.FIXTURE, Path.of("templates"), unused.resolve("b"),
                false, false, false)).check().files());
    }

    private static void add(String prefix, Map<String, byte[]> files) {
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                pages.put(prefix + path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
            }
        });
    }

    /** Applies a rule to every page; the rule adds a line per problem. */
    private static void everyPage(String rule, java.util.function.BiConsumer<Document, List<String>> check) {
        List<String> problems = new ArrayList<>();
        pages.forEach((path, doc) -> {
            List<String> found = new ArrayList<>();
            check.accept(doc, found);
            found.forEach(p -> problems.add(path + ": " + p));
        });
        assertTrue(problems.isEmpty(), () -> rule + ":\n" + String.join("\n", problems));
    }

    private static String brief(Element e) {
        String html = e.outerHtml().replaceAll("\\s+", " ");
        return html.length() > 120 ? html.substring(0, 120) + "…" : html;
    }

    @Test
    void theLanguageIsDeclared() {
        everyPage("<html lang>", (doc, out) -> {
            if (doc.selectFirst("html").attr("lang").isBlank()) {
                out.add("no lang attribute");
            }
        });
    }

    @Test
    void everyPageHasATitleAndOneH1() {
        everyPage("title and h1", (doc, out) -> {
            if (doc.title().isBlank()) {
                out.add("empty <title>");
            }
            if (doc.select("h1").size() != 1) {
                out.add(doc.select("h1").size() + " h1 elements");
            }
            Element h1 = doc.selectFirst("h1");
            if (h1 != null && h1.text().isBlank()) {
                out.add("empty h1");
            }
        });
    }

    @Test
    void headingsDescendWithoutSkippingALevel() {
        everyPage("heading order", (doc, out) -> {
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (previous == 0 && level != 1) {
                    out.add("the first heading is " + brief(h));
                } else if (level > previous + 1 && previous > 0) {
                    out.add("h" + previous + " then " + brief(h));
                }
                previous = level;
            }
        });
    }

    @Test
    void landmarksAreThereOnce() {
        everyPage("landmarks", (doc, out) -> {
            for (String landmark : List.of("body > header", "body > nav, body > header nav", "body > main", "body > footer")) {
                if (doc.select(landmark).size() != 1) {
                    out.add(doc.select(landmark).size() + " × " + landmark);
                }
            }
            if (doc.select("main").size() != 1) {
                out.add(doc.select("main").size() + " main elements");
            }
            for (Element nav : doc.select("nav")) {
                if (doc.select("nav").size() > 1 && nav.attr("aria-label").isBlank() && nav.attr("aria-labelledby").isBlank()) {
                    out.add("one of several navigation landmarks has no name: " + brief(nav));
                }
            }
        });
    }

    @Test
    void everyImageHasAnAlternative() {
        everyPage("img alt", (doc, out) -> {
            for (Element img : doc.select("img")) {
                if (!img.hasAttr("alt")) {
                    out.add("no alt: " + brief(img));
                }
            }
            for (Element svg : doc.select("svg")) {
                if (!svg.attr("aria-hidden").equals("true") && svg.attr("role").isEmpty()) {
                    out.add("inline svg neither hidden nor named: " + brief(svg));
                }
            }
        });
    }

    @Test
    void everyTableHasHeaderCellsWithScope() {
        everyPage("table headers", (doc, out) -> {
            for (Element table : doc.select("table")) {
                if (table.select("th").isEmpty()) {
                    out.add("table without th: " + brief(table));
                }
                for (Element th : table.select("th")) {
                    if (!Set.of("col", "row", "colgroup", "rowgroup").contains(th.attr("scope"))) {
                        out.add("th without scope: " + brief(th));
                    }
                }
            }
        });
    }

    @Test
    void theSkipLinkComesFirstAndLeadsToMain() {
        everyPage("skip link", (doc, out) -> {
            Element first = doc.body().selectFirst("a[href]");
            if (first == null || !first.attr("href").startsWith("#")) {
                out.add("the first link is not a skip link: " + (first == null ? "none" : brief(first)));
                return;
            }
            Element target = doc.getElementById(first.attr("href").substring(1));
            if (target == null || !target.tagName().equals("main")) {
                out.add("the skip link " + first.attr("href") + " does not lead to <main>");
            }
        });
    }

    @Test
    void everyIdIsUniqueAndEveryLinkHasText() {
        everyPage("ids and link names", (doc, out) -> {
            Set<String> seen = new java.util.HashSet<>();
            for (Element e : doc.select("[id]")) {
                if (!seen.add(e.id())) {
                    out.add("duplicate id '" + e.id() + "'");
                }
            }
            for (Element a : doc.select("a[href]")) {
                boolean named = !a.text().isBlank() || !a.attr("aria-label").isBlank() || !a.select("img[alt~=.]").isEmpty();
                if (!named) {
                    out.add("link without text: " + brief(a));
                }
            }
        });
    }
}
