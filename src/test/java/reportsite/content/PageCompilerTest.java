package reportsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reportsite.chart.ChartData;
import reportsite.chart.ChartPlanner;
import reportsite.data.Dataset;
import reportsite.data.MiniData;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.render.TemplateEmbeds;
import reportsite.render.TemplateEngine;
import reportsite.source.SourceFile;

/**
 * Pages compiled directly (front matter, directives, citations, Markdown) against the small
 * dataset of {@link MiniData} and the repository's templates.
 */
class PageCompilerTest {

    /** The mini dataset plus a second Globex quarter (for changes) and a fact check. */
    static final String YAML = MiniData.BASE.replace("charts:\n", """
              - {entity: globex, metric: capex, period: 2025-Q1, value: 17.2, sources: [2], confidence: high}
            charts:
            """) + """
            fact_checks:
              - id: acme-capex
                claim: "Acme spent 40 billion."
                verdict: corrected
                finding: "It spent {{ acme.capex@FY2026-Q1 }} in {{ period acme FY2026-Q1 }} [1]."
                sources: [1]
            """;

    @TempDir
    Path dir;

    private Dataset data;
    private Diagnostics diagnostics;

    @BeforeEach
    void load() {
        data = MiniData.loadValid(dir, YAML);
        diagnostics = new Diagnostics();
    }

    private Optional<Page> compile(String text, boolean safe) {
        try {
            Path file = dir.resolve("page.md");
            Files.writeString(file, text);
            Map<String, ChartData> charts = new ChartPlanner(data).planAll();
            TemplateEngine engine = new TemplateEngine(Path.of("templates"));
            PageCompiler compiler = Compiling.compiler(data, charts, new TemplateEmbeds(engine, data, diagnostics), safe);
            return Compiling.compile(compiler, new SourceFile("page.md", "content/page.md", file, text), diagnostics);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Compiles a page that must have no problems; returns its body as a jsoup document. */
    private Document body(String markdown) {
        Page page = compile("---\ntitle: T\n---\n" + markdown, false).orElseThrow(
                () -> new AssertionError(diagnostics.all().toString()));
        assertTrue(diagnostics.all().isEmpty(), () -> diagnostics.all().stream().map(Diagnostic::format).toList().toString());
        return Jsoup.parseBodyFragment(page.html());
    }

    @Test
    void valueDirectiveLinksTheFormattedValueToItsSource() {
        Element a = body("Capex was {{ acme.capex@FY2026-Q1 }}.\n").selectFirst("p > a.fig");
        assertEquals("CN¥38.68 bn", a.text());
        assertEquals("sources.html#source-1", a.attr("href"));
        assertTrue(a.hasClass("conf-high"));
        assertTrue(a.attr("title").contains("FY2026 Q1 (Apr–Jun 2025)"), a.attr("title"));
        assertEquals("more than 400 million users", body("{{ globex.users@2025-05 }}").selectFirst("a.fig").text());
        assertEquals("US$22.4 bn", body("{{ globex.capex@latest }}").selectFirst("a.fig").text(), "@latest");
    }

    @Test
    void conversionShowsTheRate() {
        Document doc = body("That is {{ acme.capex@FY2026-Q1 in USD }}.\n");
        assertEquals("US$5.4 bn", doc.selectFirst("a.fig").text(), "38.68 / 7.16, rounded to the metric's decimals");
        assertEquals("(converted at 7.16 CNY per USD, 30 Jun 2025)", doc.selectFirst("span.fx-note").text());
    }

    @Test
    void ratioAndChange() {
        // 22.4 / (38.68 / 7.16) = 4.146…, both in the reporting currency.
        assertEquals("4.1×", body("{{ globex.capex@2025-Q2 / acme.capex@FY2026-Q1 }}").selectFirst("span.fig.derived").text());
        // 17.2 → 22.4 is +30.2%.
        assertEquals("+30%", body("{{ globex.capex@2025-Q1 -> globex.capex@2025-Q2 }}").selectFirst("span.fig.derived").text());
        assertEquals("−23%", body("{{ globex.capex@2025-Q2 -> globex.capex@2025-Q1 }}").selectFirst("span.fig.derived").text());
    }

    @Test
    void periodDirectiveGivesTheCalendarMonths() {
        assertEquals("The quarter ran Apr–Jun 2025.",
                body("The quarter ran {{ period acme FY2026-Q1 }}.").selectFirst("p").text());
    }

    @Test
    void citationsBecomeSuperscriptLinksWithBacklinks() {
        Page page = compile("---\ntitle: T\n---\nOne [1] and two [1][2].\n", false).orElseThrow();
        Document doc = Jsoup.parseBodyFragment(page.html());
        Elements sups = doc.select("sup.cite");
        assertEquals(2, sups.size());
        assertEquals(List.of("#ref-1"), sups.get(0).select("a").eachAttr("href"));
        assertEquals(List.of("cite-1-1"), sups.get(0).select("a").eachAttr("id"));
        assertEquals(List.of("#ref-1", "#ref-2"), sups.get(1).select("a").eachAttr("href"));
        assertEquals(List.of("cite-1-2", "cite-2-1"), sups.get(1).select("a").eachAttr("id"));
        assertEquals("[1][2]", sups.get(1).text().replace(" ", ""));
        assertEquals(List.of(new Page.Reference(1, List.of("cite-1-1", "cite-1-2")), new Page.Reference(2, List.of("cite-2-1"))),
                page.references());
    }

    @Test
    void linksAndFootnotesAreNotCitations() {
        Document doc = body("A [link][1] and [text](https://example.com) and ![img](x.png).\n\n[1]: https://example.com/a\n");
        assertTrue(doc.select("sup.cite").isEmpty());
        assertEquals("https://example.com/a", doc.selectFirst("a").attr("href"));
    }

    @Test
    void aCitationBeforeAColonInRunningTextIsACitation() {
        Document doc = body("It spent more in 2025 [1]: about twice as much.\n\n[2]: https://example.com/b\n");
        assertEquals(1, doc.select("sup.cite").size(), doc.body().html());
        assertEquals("[1]", doc.selectFirst("sup.cite").text());
    }

    /** Compiles a page as an edition that writes a citation right after a word (Chinese: Gemini[58]). */
    private Optional<Page> compileCitingAfterLetter(String text) {
        try {
            Path file = dir.resolve("page.md");
            Files.writeString(file, text);
            TemplateEngine engine = new TemplateEngine(Path.of("templates"));
            PageCompiler compiler = new PageCompiler(data, new ChartPlanner(data).planAll(), new TemplateEmbeds(engine, data, diagnostics),
                    new MarkdownRenderer(false, true));
            return Compiling.compile(compiler, new SourceFile("page.md", "content/zh/page.md", file, text), diagnostics);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCitationRightAfterALatinWordIsACitationWhereTheLanguageWritesItSo() {
        Page page = compileCitingAfterLetter("---\ntitle: T\n---\n谷歌的下载量只针对Gemma模型，而非Gemini[1][2]。Qwen[1]也是。\n").orElseThrow();
        assertTrue(diagnostics.all().isEmpty(), () -> diagnostics.all().stream().map(Diagnostic::format).toList().toString());
        Document doc = Jsoup.parseBodyFragment(page.html());
        Elements sups = doc.select("sup.cite");
        assertEquals(2, sups.size(), doc.body().html());
        assertEquals(List.of("#ref-1", "#ref-2"), sups.get(0).select("a").eachAttr("href"));
        assertEquals("谷歌的下载量只针对Gemma模型，而非Gemini[1][2]。Qwen[1]也是。", doc.selectFirst("p").text().replace(" ", ""));
        assertEquals(List.of(new Page.Reference(1, List.of("cite-1-1", "cite-1-2")), new Page.Reference(2, List.of("cite-2-1"))),
                page.references());
    }

    @Test
    void aWordBeforeBracketsIsNotACitationInEnglish() {
        Document doc = body("An index a[1] and x[2] stay text.\n");
        assertTrue(doc.select("sup.cite").isEmpty(), doc.body().html());
        assertEquals("An index a[1] and x[2] stay text.", doc.selectFirst("p").text());
    }

    @Test
    void linksAndFootnotesAfterALatinWordAreNotCitationsEither() {
        Page page = compileCitingAfterLetter("---\ntitle: T\n---\n见Gemini[1](https://example.com/g)与Qwen[说明][1]，及脚注[^1]。\n\n"
                + "[1]: https://example.com/a\n[^1]: 注释。\n").orElseThrow();
        assertTrue(diagnostics.all().isEmpty(), () -> diagnostics.all().stream().map(Diagnostic::format).toList().toString());
        Document doc = Jsoup.parseBodyFragment(page.html());
        assertTrue(doc.select("sup.cite").isEmpty(), doc.body().html());
        assertEquals("https://example.com/g", doc.select("p a").get(0).attr("href"));
        assertEquals("https://example.com/a", doc.select("p a").get(1).attr("href"));
        assertEquals(1, doc.select("sup[id^=fnref] a, sup.footnote-ref, a.footnote-ref").size(), doc.body().html());
    }

    @Test
    void anUnknownCitationAfterALatinWordIsAnErrorAtItsColumn() {
        compileCitingAfterLetter("---\ntitle: T\n---\n而非Gemini[7]。\n");
        List<Diagnostic> errors = diagnostics.all();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("citation [7] is not in the sources list of the metrics file", errors.get(0).message());
        assertEquals(4, errors.get(0).position().line());
        assertEquals(9, errors.get(0).position().column(), "at the '[' after the Latin word");
        assertTrue(errors.get(0).format().startsWith("content/zh/page.md:4:9: error:"), errors.get(0).format());
    }

    @Test
    void directivesInCodeAreNotExpanded() {
        Document doc = body("""
                Inline `{{ acme.capex@FY2026-Q1 }}` and `[1]` stay.

                ```
                {{ nope.nothing@never }} and [9]
                ```

                ~~~~yaml
                {{ chart nothing }}
                ~~~~
                """);
        assertEquals("{{ acme.capex@FY2026-Q1 }}", doc.select("p code").get(0).text());
        assertEquals("[1]", doc.select("p code").get(1).text());
        assertEquals(List.of("{{ nope.nothing@never }} and [9]", "{{ chart nothing }}"),
                doc.select("pre code").eachText());
        assertTrue(doc.select("a.fig, sup.cite").isEmpty());
    }

    /** The review's case: a fence indented inside a list item, and indented code after it. */
    @Test
    void codeInsideListItemsIsNotExpanded() {
        Document doc = body("""
                1. Step one:

                    ```
                    {{ not.a@directive }} [9]
                    ```

                        {{ also.not@directive }}

                2. Step two costs {{ acme.capex@FY2026-Q1 }} [1].
                """);
        assertEquals(List.of("{{ not.a@directive }} [9]", "{{ also.not@directive }}"), doc.select("li pre code").eachText());
        assertEquals(1, doc.select("li a.fig").size());
        assertEquals(1, doc.select("li sup.cite").size());
    }

    @Test
    void indentedCodeAndCodeSpansAreNotExpanded() {
        Document doc = body("""
                Text first.

                    {{ chart nothing }}
                    {{ nope.nothing@never }}

                A span ``{{ x }} `with` [1]`` and `{{ chart nothing }}` stay.
                """);
        assertEquals("{{ chart nothing }}\n{{ nope.nothing@never }}", doc.selectFirst("pre code").wholeText().strip());
        assertEquals(List.of("{{ x }} `with` [1]", "{{ chart nothing }}"), doc.select("p code").eachText());
        assertTrue(doc.select("a.fig, sup.cite, figure").isEmpty());
    }

    @Test
    void directivesInNestedListsAndQuotesAreExpanded() {
        Document doc = body("""
                - Outer {{ acme.capex@FY2026-Q1 }}
                  - Inner {{ globex.capex@2025-Q2 }} [2]
                    > Quoted {{ period acme FY2026-Q1 }}
                """);
        assertEquals(List.of("CN¥38.68 bn", "US$22.4 bn"), doc.select("li a.fig").eachText());
        assertEquals("Quoted Apr–Jun 2025", doc.selectFirst("li li blockquote p").text());
        assertEquals(1, doc.select("li li sup.cite").size());
    }

    @Test
    void aBlockDirectiveEndsTheParagraphBeforeIt() {
        Document doc = body("""
                Some text just above.
                {{ chart capex-chart }}
                """);
        assertEquals("Some text just above.", doc.selectFirst("p").text());
        assertTrue(doc.select("p figure").isEmpty(), "a figure is never inside a paragraph");
        assertEquals(1, doc.select("body > figure.chart").size());
    }

    @Test
    void aLoneBacktickDoesNotHideADirective() {
        Document doc = body("A lone ` backtick, then {{ acme.capex@FY2026-Q1 }}.\n");
        assertEquals("CN¥38.68 bn", doc.selectFirst("a.fig").text());
    }

    @Test
    void anEscapedDirectiveStaysLiteral() {
        assertEquals("Write {{ x }} literally.", body("Write \\{{ x }} literally.").selectFirst("p").text());
    }

    @Test
    void blockDirectivesInsertFiguresAndFactChecks() {
        Document doc = body("""
                See {{ ref capex-chart }}.

                {{ chart capex-chart }}

                {{ factcheck acme-capex }}
                """);
        Element figure = doc.selectFirst("figure.chart#capex-chart");
        assertEquals("Figure 1. Capex", figure.selectFirst("figcaption").text());
        assertEquals("charts/capex-chart.png", figure.selectFirst("img").attr("src"));
        assertEquals("#capex-chart", doc.selectFirst("a.xref").attr("href"));
        assertEquals("Figure 1", doc.selectFirst("a.xref").text());
        assertTrue(doc.select("p > figure").isEmpty(), "a block is not wrapped in a paragraph");
        Element check = doc.selectFirst("aside.factcheck#check-acme-capex");
        assertTrue(check.selectFirst("p.claim").text().contains("Acme spent 40 billion."));
        assertEquals("CN¥38.68 bn", check.selectFirst("p.finding a.fig").text());
        assertTrue(check.selectFirst("p.finding").text().contains("in Apr–Jun 2025"), check.text());
        assertEquals("sources.html#source-1", check.selectFirst("p.finding sup.cite a").attr("href"));
    }

    // ------------------------------------------------------------ errors, at their line and column

    static Stream<Arguments> directiveErrors() {
        return Stream.of(
                Arguments.of("Text {{ acme.capx@FY2026-Q1 }} here.", "unknown metric 'capx'", "did you mean 'capex'?", 6),
                Arguments.of("Text {{ acm.capex@FY2026-Q1 }} here.", "unknown entity 'acm'", "did you mean 'acme'?", 6),
                Arguments.of("Text {{ acme.capex@FY2027-Q1 }} here.", "no figure for acme.capex@FY2027-Q1",
                        "periods with data: FY2026-Q1", 6),
                Arguments.of("Text {{ acme.capex@2025-Q2 }} here.", "no figure for acme.capex@2025-Q2",
                        "the data has Apr–Jun 2025 as FY2026-Q1: write acme.capex@FY2026-Q1", 6),
                Arguments.of("Text {{ acme.capex@2025Q2 }} here.", "malformed period '2025Q2' in acme.capex@2025Q2", "write 2025", 6),
                Arguments.of("In {{ period acme FY2026-Q9 }}.", "malformed period 'FY2026-Q9'", "write 2025", 4),
                Arguments.of("In {{ period acne FY2026-Q1 }}.", "unknown entity 'acne'", "did you mean 'acme'?", 4),
                Arguments.of("{{ chart capex-chrt }}", "unknown chart 'capex-chrt'", "did you mean 'capex-chart'?", 1),
                Arguments.of("{{ factcheck acme-capx }}", "unknown fact check 'acme-capx'", "did you mean 'acme-capex'?", 1),
                Arguments.of("{{ table capx }}", "unknown metric 'capx'", "did you mean 'capex'?", 1),
                Arguments.of("See {{ ref capex-chart }}.", "cross-reference to 'capex-chart', which is not a figure or table on this page",
                        "embed it with {{ chart capex-chart }} first", 5),
                Arguments.of("As said [1][7].", "citation [7] is not in the sources list of the metrics file", "", 9),
                Arguments.of("See {{ chart capex-chart }} here.", "'chart' must stand alone on its line", "", 5),
                Arguments.of("Text {{ acme.capex@FY2026-Q1 here", "directive is not closed: '{{' without '}}'", "", 6),
                Arguments.of("Bad {{ }}", "empty directive '{{ }}'", "", 5),
                Arguments.of("Bad {{ acme capex FY2026 Q1 }}", "malformed directive '{{ acme capex FY2026 Q1 }}'", "", 5),
                Arguments.of("In {{ acme.capex@FY2026-Q1 in usd }}", "'usd' is not a currency code", "", 4),
                Arguments.of("In {{ acme.capex@FY2026-Q1 in EUR }}", "no FX rate from CNY to EUR", "", 4),
                Arguments.of("{{ keyfigures all }}", "'keyfigures' takes no arguments", "", 1));
    }

    /** The directive sits on line 9, after a fenced block, so line counting is exercised too. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("directiveErrors")
    void directiveErrorsAtTheirLineAndColumn(String line, String message, String hint, int column) {
        String text = """
                ---
                title: T
                ---
                Intro {{ acme.capex@FY2026-Q1 }} [1].

                ```
                {{ not.a@directive }}
                ```
                """ + line + "\n";
        compile(text, false);
        List<Diagnostic> errors = diagnostics.errors();
        assertEquals(1, errors.size(), () -> errors.stream().map(Diagnostic::format).toList().toString());
        Diagnostic d = errors.get(0);
        assertEquals(message, d.message());
        assertTrue(d.hint().contains(hint), d.hint());
        assertEquals(new Position("content/page.md", 9, column), d.position());
        assertEquals(line, d.sourceLine());
    }

    /** flexmark strips list and quote markers; positions still count from the file's line start. */
    @Test
    void errorsInsideListsAndQuotesKeepTheirFileColumn() {
        compile("""
                ---
                title: T
                ---
                - item

                    ```
                    {{ no.such@thing }}
                    ```
                  - inner {{ acm.capex@FY2026-Q1 }}
                > quoted `{{ x }}` then {{ acme.capx@FY2026-Q1 }}
                """, false);
        assertEquals(List.of(new Position("content/page.md", 9, 11), new Position("content/page.md", 10, 25)),
                diagnostics.errors().stream().map(Diagnostic::position).toList(),
                () -> diagnostics.errors().stream().map(Diagnostic::format).toList().toString());
    }

    @Test
    void errorsInAFactCheckFindingPointIntoTheMetricsFile() {
        String yaml = YAML.replace("{{ acme.capex@FY2026-Q1 }}", "{{ acme.capx@FY2026-Q1 }}");
        data = MiniData.loadValid(dir, yaml);
        compile("---\ntitle: T\n---\n{{ factcheck acme-capex }}\n", false);
        Diagnostic d = diagnostics.errors().get(0);
        assertEquals("unknown metric 'capx'", d.message());
        assertEquals("content/metrics.yaml", d.position().file());
        assertEquals(72, d.position().line(), d.format());
    }

    @Test
    void errorsInAFactCheckFindingHaveTheFileColumn() {
        data = MiniData.loadValid(dir, YAML.replace("{{ acme.capex@FY2026-Q1 }}", "{{ acme.capx@FY2026-Q1 }}"));
        compile("---\ntitle: T\n---\n{{ factcheck acme-capex }}\n", false);
        Diagnostic d = diagnostics.errors().get(0);
        assertEquals(new Position("content/metrics.yaml", 72, 24), d.position());
        assertTrue(d.sourceLine().startsWith("    finding: \"It spent"), d.sourceLine());
    }

    // ------------------------------------------------------------ front matter

    static Stream<Arguments> frontMatterErrors() {
        return Stream.of(
                Arguments.of("# No front matter\n", "missing front matter", 1, 1),
                Arguments.of("---\ntitle: T\nBody\n", "front matter is not closed", 1, 1),
                Arguments.of("---\n---\nBody\n", "front matter is empty", 2, 1),
                Arguments.of("---\ntitle: T\nslug: Bad Slug\n---\n", "invalid slug 'Bad Slug'", 3, 7),
                Arguments.of("---\ntitle: T\nslug: sources\n---\n", "invalid slug 'sources'", 3, 7),
                Arguments.of("---\ntitle: T\nauthor: me\n---\n", "unknown key 'author' in the front matter", 3, 1),
                Arguments.of("---\nslug: x\n---\n", "missing required field 'title' in the front matter", 2, 1),
                Arguments.of("---\ntitle: a: b\n---\n", "YAML syntax: mapping values are not allowed here", 2, 9),
                Arguments.of("---\ntitle: T\ndraft: maybe\n---\n", "'draft' must be true or false", 3, 8),
                Arguments.of("---\ntitle: T\norder: first\n---\n", "'order' must be a number, found text 'first'", 3, 8));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("frontMatterErrors")
    void frontMatterErrorsAtTheirLineAndColumn(String text, String message, int line, int column) {
        compile(text, false);
        List<Diagnostic> errors = diagnostics.errors();
        assertEquals(1, errors.size(), () -> errors.stream().map(Diagnostic::format).toList().toString());
        assertTrue(errors.get(0).message().startsWith(message), errors.get(0).message());
        assertEquals(new Position("content/page.md", line, column), errors.get(0).position());
    }

    @Test
    void frontMatterFields() {
        Page page = compile("---\ntitle: \"A: title\"\ndescription: D\norder: 3\nslug: my-page\nsummary: S\n---\nBody\n",
                false).orElseThrow();
        assertEquals(new PageMeta("A: title", "D", 3, "my-page", Optional.empty(), false, "S"), page.meta());
        assertEquals("my-page.html", page.outputPath());
        assertEquals("notes-q2-2025", FrontMatterParser.defaultSlug("Notes/Q2 2025.md"));
    }

    @Test
    void safeModeDropsRawHtml() {
        String text = "---\ntitle: T\n---\nHello\n\n<script>alert(1)</script>\n\n<div onclick=\"x()\">hi</div>\n";
        Document unsafe = Jsoup.parseBodyFragment(compile(text, false).orElseThrow().html());
        assertFalse(unsafe.select("script").isEmpty(), "raw HTML passes without --safe");
        Document safe = Jsoup.parseBodyFragment(compile(text, true).orElseThrow().html());
        assertTrue(safe.select("script").isEmpty());
        assertTrue(safe.select("[onclick]").isEmpty());
        assertEquals("Hello", safe.selectFirst("p").text());
    }

    @Test
    void tableOfContentsFromHeadings() {
        Page page = compile("---\ntitle: T\n---\n## One\n\n### Two *b*\n\n#### Four\n", false).orElseThrow();
        assertEquals(List.of(new Page.Heading(2, "one", "One"), new Page.Heading(3, "two-b", "Two b")), page.toc());
    }

    @Test
    void aPageListsTheFiguresItsDirectivesShow() {
        // A value, a change (two figures), a table (the newest figure of each series), a fact
        // check (the figures of its finding); charts are listed apart, and a period shows no figure.
        Page page = compile("---\ntitle: T\n---\n{{ globex.users@latest }} and {{ globex.capex@2025-Q1 -> globex.capex@2025-Q2 }}"
                + " in {{ period acme FY2026-Q1 }}.\n\n{{ table capex }}\n\n{{ factcheck acme-capex }}\n\n{{ chart capex-chart }}\n",
                false).orElseThrow();
        assertTrue(diagnostics.all().isEmpty(), diagnostics.all()::toString);
        assertEquals(List.of("acme.capex@FY2026-Q1", "globex.capex@2025-Q1", "globex.capex@2025-Q2", "globex.users@2025-05"),
                page.figures());
        assertEquals(List.of("capex-chart"), page.charts());
    }
}
