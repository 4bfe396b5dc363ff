package reportsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import reportsite.build.MiniSite;
import reportsite.data.MiniData;

/** The search index of a small site: pages, headings, figures and sources, Chinese text, escaping. */
class SearchIndexTest {

    private static final String PREFIX = "window.reportSiteSearchIndex = ";

    @SuppressWarnings("unchecked")
    static Map<String, List<List<Object>>> read(byte[] script) {
        return (Map<String, List<List<Object>>>) (Map<String, ?>) readAll(script);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readAll(byte[] script) {
        String text = new String(script, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(PREFIX) && text.endsWith(";\n"), "a script that assigns one global");
        // JSON is YAML 1.2: the YAML reader the build uses parses it.
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(text.substring(PREFIX.length(), text.length() - 2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesHeadingsFiguresAndSourcesWithTheirAddresses(@TempDir Path tmp) {
        MiniSite site = new MiniSite(tmp).write("content/cn.md", """
                ---
                title: 资本支出 "quoted" </script>
                slug: zh
                ---
                ## 云计算收入

                Text.
                """).write("content/metrics.yaml", MiniData.BASE.replace("site:\n", "site:\n  description: The site's own.\n"));
        Map<String, List<List<Object>>> index = read(site.build().files().get(SearchIndex.PATH));

        List<List<Object>> pages = index.get("pages");
        assertFalse(pages.stream().anyMatch(p -> p.get(0).equals("404.html")), "the 404 page is no result");
        int zh = indexOf(pages, "zh.html");
        assertEquals("资本支出 \"quoted\" </script>", pages.get(zh).get(1));
        List<Object> headings = (List<Object>) pages.get(zh).get(3);
        assertEquals(2, headings.size(), "anchor and text of the one heading: " + headings);
        assertEquals("云计算收入", headings.get(1));
        assertFalse(headings.get(0).toString().isEmpty(), "the heading's anchor");
        assertEquals("", pages.get(zh).get(2), "the site's own description is not repeated");
        assertEquals("The home page.", pages.get(indexOf(pages, "index.html")).get(2));
        List<List<Object>> docs = index.get("docs");
        int acme = indexOf(pages, "company-acme.html");
        assertTrue(docs.stream().anyMatch(d -> d.get(0).equals(2) && d.get(1).equals(acme) && d.get(2).equals("capex")
                && d.get(3).toString().startsWith("Acme Corp · Capital expenditure · FY2026 Q1")), docs.toString());
        int sources = indexOf(pages, "sources.html");
        assertTrue(docs.contains(List.of(3, sources, "source-2", "Globex results", "[2] Globex, Globex results, Jul 2025.")), docs.toString());
    }

    @Test
    void theBoxsWordsComeWithTheIndexAndNotWithEveryPage(@TempDir Path tmp) {
        MiniSite site = new MiniSite(tmp).write("content/metrics.yaml", MiniData.BASE);
        Map<String, byte[]> files = site.build().files();
        Map<String, Object> words = (Map<String, Object>) readAll(files.get(SearchIndex.PATH)).get("words");
        // the edition's interface strings (templates/i18n/en.yaml), under the names search.js reads
        assertEquals(Map.of("kinds", "Page|Section|Figure|Source", "kindSep", ": ", "none", "No results", "one", "{n} result",
                "many", "{n} results", "first", "The first {n} of {total} results", "for", " for “{query}”"), words);
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(new String(files.get("index.html"), StandardCharsets.UTF_8))
                .selectFirst("form.site-search");
        assertEquals(List.of("class", "role", "hidden", "data-index", "data-unavailable"),
                form.attributes().asList().stream().map(org.jsoup.nodes.Attribute::getKey).toList(),
                "the page keeps only what the box says when the index cannot load");
        assertEquals("Search is not available.", form.attr("data-unavailable"));
    }

    @Test
    void aPageIsReadAsABrowserReadsIt() {
        SearchIndex.PageText text = SearchIndex.PageText.of(org.jsoup.Jsoup.parse("<html><head><META NAME=description content='Two\n  lines &amp; more'>"
                + "</head><body><h1><em>R&amp;D</em> &lt;b&gt;\n &#8216;x&#x2019; &#20013;</h1><h2 ID=first>One <a href=#first>#</a></h2>"
                + "<h2>No anchor</h2><h3 id=''>Empty anchor</h3><h2 id=references>References</h2><h3 id=last>Last</h3></body></html>"));
        assertEquals("R&D <b> ‘x’ 中", text.title());
        assertEquals("Two lines & more", text.description());
        assertEquals(List.of("first", "One #", "last", "Last"), text.headings());
        assertEquals("[\"p.html\",\"p.html\",\"\",[]]", SearchIndex.entry("p.html", new SearchIndex.PageText("", "Site", List.of()), "Site"),
                "no title: the path; the site's own description: none");
        assertEquals("\"\\u003c/script>\\u2028\"", SearchIndex.json("</script>\u2028"));
    }

    private static int indexOf(List<List<Object>> pages, String path) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).get(0).equals(path)) {
                return i;
            }
        }
        throw new AssertionError(path + " not in " + pages);
    }
}
