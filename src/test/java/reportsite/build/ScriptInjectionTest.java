package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;

/**
 * Script payloads in every text field a user writes, in the metrics file and in front matter.
 * The site must build, carry no script but its own ({@code assets/theme.js}, {@code assets/search.js}), no event-handler
 * attribute and no {@code javascript:} URL, and show each payload as the text it is.
 */
class ScriptInjectionTest {

    static final Set<String> OWN_SCRIPTS = Set.of("assets/theme.js", "assets/search.js");

    private static final Path BASE = Path.of("src/test/resources/bad-input/_base/content");

    @TempDir
    Path tmp;

    /** The payload of one field, tagged with the field's name so that each can be found. */
    static String payload(String field) {
        return "<script>alert('" + field + "')</script> \"><img src=x onerror=alert('" + field + "')> ' onmouseover='alert(1)"
                + " </title><svg/onload=alert(1)> javascript:alert('" + field + "') {{ acme.capex@FY2026-Q1 }} &amp; " + field;
    }

    /** The part of a payload every field must show as text. */
    static String visible(String field) {
        return "<script>alert('" + field + "')</script> \"><img src=x onerror=alert('" + field + "')>";
    }

    private static String yaml(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Field name → the line of the base it replaces (the value becomes the field's payload). */
    private static final Map<String, String> METRICS_FIELDS = new LinkedHashMap<>();

    static {
        METRICS_FIELDS.put("site-title", "  title: \"Mini report\"");
        METRICS_FIELDS.put("site-description", "  description: \"A small, valid report: the base of the bad-input corpus.\"");
        METRICS_FIELDS.put("entity-name", "    name: Acme Corp");
        METRICS_FIELDS.put("entity-short", "    short: Acme");
        METRICS_FIELDS.put("entity-name-2", "    name: Globex");
        METRICS_FIELDS.put("source-title", "    title: \"Acme results\"");
        METRICS_FIELDS.put("source-publisher", "    publisher: Acme");
        METRICS_FIELDS.put("fx-note", "    note: \"Acme's convenience rate\"");
        METRICS_FIELDS.put("metric-label", "    label: Capital expenditure");
        METRICS_FIELDS.put("metric-description", "    description: \"Cash capital expenditure in the period.\"");
        METRICS_FIELDS.put("metric-noun", "    noun: users");
        METRICS_FIELDS.put("observation-note", "    note: \"Record quarter.\"");
        METRICS_FIELDS.put("factcheck-claim", "    claim: \"Globex has a billion users.\"");
        METRICS_FIELDS.put("chart-title", "    title: \"Capex\"");
        METRICS_FIELDS.put("chart-caption", "    caption: \"Quarterly capital expenditure in US dollars.\"");
    }

    private static final List<String> FRONT_MATTER_FIELDS = List.of("title", "description", "summary", "date");

    private BuildResult buildWithPayloads(boolean safe, String notesBody) throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        String metrics = Files.readString(BASE.resolve("metrics.yaml"));
        for (Map.Entry<String, String> f : METRICS_FIELDS.entrySet()) {
            String line = f.getValue();
            assertEquals(1, metrics.split(java.util.regex.Pattern.quote(line + "\n"), -1).length - 1, "test setup: " + line);
            String key = line.substring(0, line.indexOf(':') + 1);
            metrics = metrics.replace(line + "\n", key + " " + yaml(payload(f.getKey())) + "\n");
        }
        // Fields with a shape of their own: a value in words, a URL, and a finding (Markdown).
        metrics = metrics.replace("    confidence: medium\nfact_checks:", "    confidence: medium\n  - entity: acme\n    metric: users\n"
                        + "    period: 2025-05\n    value: {text: " + yaml(payload("value-text")) + "}\n    sources: [1]\n"
                        + "    confidence: low\nfact_checks:")
                .replace("    url: https://example.com/globex", "    url: \"https://example.com/?q=\\\"><script>alert('url')</script>\"")
                .replace(" [2].\"\n", " [2]. <script>alert('finding')</script><img src=x onerror=alert(1)>"
                        + " [click](javascript:alert('finding'))\"\n");
        Files.writeString(content.resolve("metrics.yaml"), metrics);
        StringBuilder front = new StringBuilder("---\n");
        for (String f : FRONT_MATTER_FIELDS) {
            front.append(f).append(": ").append(yaml(payload("page-" + f))).append('\n');
        }
        String index = Files.readString(BASE.resolve("index.md"));
        Files.writeString(content.resolve("index.md"), front + "order: 1\n---\n" + index.substring(index.indexOf("---\n", 4) + 4));
        Files.writeString(content.resolve("notes.md"), Files.readString(BASE.resolve("notes.md")) + notesBody);
        BuildConfig config = new BuildConfig(content, Path.of("templates"), tmp.resolve("site"), false, safe, false);
        return new SiteBuilder(config).build();
    }

    private static Map<String, Document> pages(BuildResult r) {
        Map<String, Document> out = new LinkedHashMap<>();
        r.files().forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                out.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        return out;
    }

    /** No script but the site's own, no event handler, no javascript: URL, in any page. */
    static List<String> unsafe(Map<String, Document> pages) {
        List<String> problems = new ArrayList<>();
        pages.forEach((path, doc) -> {
            for (Element s : doc.select("script")) {
                if (!OWN_SCRIPTS.contains(s.attr("src")) || !s.data().isBlank()) {
                    problems.add(path + ": script " + s);
                }
            }
            for (Element el : doc.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                        problems.add(path + ": event handler " + a + " on <" + el.tagName() + ">");
                    }
                    if (a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(java.util.Locale.ROOT).startsWith("javascript:")) {
                        problems.add(path + ": javascript: URL in " + a + " on <" + el.tagName() + ">");
                    }
                }
                if (List.of("svg", "iframe", "object", "embed").contains(el.tagName())) {
                    problems.add(path + ": <" + el.tagName() + "> element");
                }
            }
        });
        return problems;
    }

    /** Every piece of text on the site: element text, and attribute values (titles, alt text). */
    private static String allText(Map<String, Document> pages) {
        StringBuilder sb = new StringBuilder();
        pages.values().forEach(doc -> {
            sb.append(doc.title()).append('\n').append(doc.text()).append('\n');
            doc.getAllElements().forEach(el -> el.attributes().forEach(a -> sb.append(a.getValue()).append('\n')));
        });
        return sb.toString();
    }

    @Test
    void payloadsInEveryTextFieldAreShownAsText() throws Exception {
        BuildResult r = buildWithPayloads(false, "");
        Map<String, Document> pages = pages(r);

        assertEquals(List.of(), unsafe(pages));
        String text = allText(pages);
        List<String> missing = new ArrayList<>();
        for (String field : METRICS_FIELDS.keySet()) {
            if (!text.contains(visible(field))) {
                missing.add(field);
            }
        }
        // The date is in the template model, but the repository's templates do not show it.
        for (String field : FRONT_MATTER_FIELDS.subList(0, 3)) {
            if (!text.contains(visible("page-" + field))) {
                missing.add("page-" + field);
            }
        }
        if (!text.contains(visible("value-text"))) {
            missing.add("value-text");
        }
        assertEquals(List.of(), missing, "fields whose payload is not shown as text");
        // A directive in a title is text too: it is not expanded there.
        assertTrue(pages.get("index.html").title().contains("{{ acme.capex@FY2026-Q1 }}"), pages.get("index.html").title());
        assertTrue(text.contains("url')</script>"), "the URL keeps its characters, escaped");
        // The finding is Markdown, rendered without raw HTML: the script is dropped, the text stays.
        Element finding = pages.get("notes.html").selectFirst(".finding");
        assertTrue(finding.text().contains("Globex reported"), finding.outerHtml());
        assertTrue(finding.select("a[href^=javascript]").isEmpty(), finding.outerHtml());
    }

    @Test
    void chartImagesAndTheirTextCarryThePayloadSafely() throws Exception {
        BuildResult r = buildWithPayloads(false, "");
        Document index = pages(r).get("index.html");
        Element figure = index.selectFirst("figure.chart");
        assertTrue(figure.selectFirst("figcaption").text().contains(visible("chart-title")), figure.outerHtml());
        assertTrue(figure.selectFirst("img").attr("alt").contains(visible("chart-title")), figure.selectFirst("img").attr("alt"));
        String csv = new String(r.files().get("charts/capex-chart.csv"), StandardCharsets.UTF_8);
        assertFalse(csv.isEmpty());
    }

    @Test
    void safeModeDropsRawHtmlWrittenInMarkdown() throws Exception {
        String html = """

                <script>alert('body')</script>

                <img src="assets/favicon.svg" onerror="alert('body')">

                <div onclick="alert(1)">block</div>
                """;
        Map<String, Document> unsafeBuild = pages(buildWithPayloads(false, html));
        assertEquals(3, unsafe(unsafeBuild).size(), "without --safe, raw HTML is the author's to write: " + unsafe(unsafeBuild));

        String body = html + """

                Text <b onmouseover="alert(1)">bold</b>, <a href="javascript:alert(1)">a link</a>,
                [a Markdown link](javascript:alert('md')) and <iframe src="https://example.com"></iframe>.

                Schemes spelt otherwise: [mixed](JaVaScRiPt:alert(1)), [entity](&#106;avascript:alert(1)),
                [tab](java&#9;script:alert(1)), [vb](vbscript:msgbox(1)), [page](data:text/html,x).
                """;
        Map<String, Document> pages = pages(buildWithPayloads(true, body));
        assertEquals(List.of(), unsafe(pages));
        Element prose = pages.get("notes.html").selectFirst(".prose");
        assertTrue(prose.text().contains("Text bold, a link, a Markdown link and"), prose.outerHtml());
        assertTrue(prose.text().contains("Schemes spelt otherwise: mixed, entity, tab, vb, page."), prose.outerHtml());
        assertEquals(List.of(), prose.select("a[href*=script], a[href^=data]").eachAttr("href"));
    }
}
