package reportsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.data.MiniData;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.Severity;
import reportsite.diag.SourceText;
import reportsite.i18n.UiStrings;

/**
 * Direction, size and time words judged against the figures of their sentence, in both
 * editions, each error at its word. Data: globex capex US$11.0 bn (2024-Q2), 17.2 (2025-Q1),
 * 22.4 (2025-Q2), so 2025-Q1 → 2025-Q2 is +30.23% over a quarter and 2024-Q2 → 2025-Q2 is
 * +103.6% over a year; acme CN¥38.68 bn (Apr–Jun 2025, US$5.40 bn); growth −5% (globex) and
 * +12% (acme).
 */
class JudgedWordsTest {

    static final String YAML = MiniData.BASE.replace("observations:\n", """
              - id: revenue_growth
                label: Revenue growth
                unit: percent
            observations:
              - {entity: globex, metric: capex, period: 2024-Q2, value: 11.0, sources: [2], confidence: high}
              - {entity: globex, metric: capex, period: 2025-Q1, value: 17.2, sources: [2], confidence: high}
              - {entity: globex, metric: revenue_growth, period: 2025-Q2, value: -5, sources: [2], confidence: high}
              - {entity: acme, metric: revenue_growth, period: FY2026-Q1, value: 12, sources: [1], confidence: high}
              - {entity: globex, metric: users, period: 2024-05, value: 100, sources: [2], confidence: high}
              - {entity: globex, metric: revenue_growth, period: 2024-Q4, value: 10, sources: [2], confidence: high}
              - {entity: globex, metric: revenue_growth, period: 2025-Q1, value: 12, sources: [2], confidence: high}
              - {entity: acme, metric: revenue_growth, period: FY2025-Q3, value: 5, sources: [1], confidence: high}
              - {entity: acme, metric: revenue_growth, period: FY2025-Q4, value: 12, sources: [1], confidence: high}
            """);

    private static final String FILE = "content/page.md";
    private static final String QUARTER = "{{ globex.capex@2025-Q1 -> globex.capex@2025-Q2 }}";
    private static final String YEAR = "{{ globex.capex@2024-Q2 -> globex.capex@2025-Q2 }}";

    @TempDir
    Path dir;

    private Dataset data;

    @BeforeEach
    void load() {
        data = MiniData.loadValid(dir, YAML);
    }

    private List<Diagnostic> check(String body, Language language) {
        Diagnostics d = new Diagnostics();
        Document document = new MarkdownRenderer(false).parse(body);
        DirectiveFinder.Found found = DirectiveFinder.find(document, new SourceText(FILE, body), 1, 1, d);
        ClaimSentences.check(document, found, data, d, language,
                UiStrings.load(Path.of("templates"), language, new Diagnostics()).orElseThrow());
        return d.all();
    }

    private static void assertErrorAt(List<Diagnostic> all, String word, int column, String value) {
        assertEquals(1, all.size(), all.toString());
        Diagnostic e = all.get(0);
        assertEquals(Severity.ERROR, e.severity());
        assertTrue(e.message().startsWith("'" + word + "' says "), e.message());
        assertTrue(e.message().contains(value), e.message());
        assertEquals(new Position(FILE, 1, column), e.position());
        assertTrue(!e.hint().isBlank());
    }

    @Test
    void aDirectionWordAgainstTheSignOfItsChangeIsAnErrorAtTheWord() {
        assertErrorAt(check("Globex's capex fell " + QUARTER + " on the quarter before.\n", Language.EN), "fell", 16, "+30.23%");
        assertEquals(List.of(), check("Globex's capex rose " + QUARTER + " on the quarter before.\n", Language.EN));
        assertErrorAt(check("Globex的资本开支环比下降" + QUARTER + "。\n", Language.ZH), "下降", 14, "+30.23%");
        assertEquals(List.of(), check("Globex的资本开支环比增长" + QUARTER + "。\n", Language.ZH));
    }

    @Test
    void aGrowthFigureAndTwoFiguresOfOneSeriesAreGovernedToo() {
        assertErrorAt(check("Globex revenue grew {{ globex.revenue_growth@2025-Q2 }}.\n", Language.EN), "grew", 16, "−5%");
        assertErrorAt(check("Capex fell from {{ globex.capex@2025-Q1 }} to {{ globex.capex@2025-Q2 }}.\n", Language.EN),
                "fell", 7, "+30.23%");
        assertEquals(List.of(), check("Capex climbed from {{ globex.capex@2025-Q1 }} to {{ globex.capex@2025-Q2 }}.\n", Language.EN));
        assertErrorAt(check("Globex收入增长{{ globex.revenue_growth@2025-Q2 }}。\n", Language.ZH), "增长", 9, "−5%");
    }

    @Test
    void sizeWordsAreJudgedAgainstTheirBounds() {
        assertEquals(List.of(), check("Capex doubled, " + YEAR + ".\n", Language.EN));
        assertErrorAt(check("Capex tripled, " + YEAR + ".\n", Language.EN), "tripled", 7, "+103.6%");
        assertErrorAt(check("Capex doubled, " + QUARTER + ".\n", Language.EN), "doubled", 7, "+30.23%");
        String ratio = "{{ globex.capex@2025-Q2 / acme.capex@FY2026-Q1 }}";
        assertEquals(List.of(), check("Globex spends far more, " + ratio + " Acme's.\n", Language.EN));
        assertErrorAt(check("Globex spends roughly the same, " + ratio + " Acme's.\n", Language.EN), "roughly the same", 15, "4.146×");
        assertErrorAt(check("资本开支翻倍，" + QUARTER + "。\n", Language.ZH), "翻倍", 5, "+30.23%");
        assertEquals(List.of(), check("Globex的投入远超Acme，是其" + ratio + "。\n", Language.ZH));
    }

    @Test
    void aSimilarPaceComparesTheTwoChangesOfItsSentence() {
        assertErrorAt(check("Both grew at a similar pace, " + QUARTER + " and " + YEAR + ".\n", Language.EN),
                "a similar pace", 14, "+103.6%");
        assertErrorAt(check("两者增速相近：" + QUARTER + "和" + YEAR + "。\n", Language.ZH), "相近", 5, "+103.6%");
    }

    @Test
    void aTimeWordWithoutAChangeInItsSentenceIsLeftUnjudged() {
        // One figure: the word refers to a figure outside the sentence, which the build cannot see.
        assertEquals(List.of(), check("Two years earlier Globex's capex was {{ globex.capex@2025-Q1 }}.\n", Language.EN));
        assertEquals(List.of(), check("Capex was {{ globex.capex@2025-Q1 }} and {{ globex.capex@2025-Q2 }}, a year earlier.\n", Language.EN),
                "two figures merely named are not a change that the word dates");
        assertEquals(List.of(), check("两年前Globex的资本开支为{{ globex.capex@2025-Q1 }}。\n", Language.ZH));
    }

    @Test
    void everyQuarterButOneIsJudgedOverEveryQuarterTheSeriesShare() {
        // Globex 10, 12, −5 against Acme 5, 12, 12 (Oct–Dec 2024 to Apr–Jun 2025): Globex is above in two of three.
        String figures = "{{ globex.revenue_growth@2024-Q4 }} against {{ acme.revenue_growth@FY2025-Q3 }}";
        List<Diagnostic> all = check("Globex grew faster in every quarter but one{{ claim globex.revenue_growth@2024-Q4 > "
                + "acme.revenue_growth@FY2025-Q3 }}, " + figures + ".\n", Language.EN);
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).message().startsWith("'in every quarter but one' says globex.revenue_growth was above acme.revenue_growth"),
                all.get(0).message());
        assertTrue(all.get(0).message().contains("1 of the 3 periods the series share; not in: Jan–Mar 2025, Apr–Jun 2025"),
                all.get(0).message());
        assertEquals(new Position(FILE, 1, 20), all.get(0).position());
        assertTrue(!all.get(0).hint().isBlank());
        List<Diagnostic> zh = check("除一个季度外，Globex的增速均高于Acme{{ claim globex.revenue_growth@2024-Q4 > acme.revenue_growth@FY2025-Q3 }}："
                + figures + "。\n", Language.ZH);
        assertEquals(1, zh.size(), zh.toString());
        assertTrue(zh.get(0).message().startsWith("'除一个季度外' says "), zh.get(0).message());
        assertEquals(new Position(FILE, 1, 1), zh.get(0).position());
    }

    @Test
    void everyQuarterButOneHoldsWithExactlyOneException() {
        data = MiniData.loadValid(dir, YAML.replace("period: 2025-Q2, value: -5", "period: 2025-Q2, value: 15"));
        String figures = "{{ globex.revenue_growth@2024-Q4 }} against {{ acme.revenue_growth@FY2025-Q3 }}";
        assertEquals(List.of(), check("Globex grew faster in every quarter but one{{ claim globex.revenue_growth@2024-Q4 > "
                + "acme.revenue_growth@FY2025-Q3 }}, " + figures + ".\n", Language.EN));
        assertEquals(List.of(), check("除一个季度外，Globex的增速均高于Acme{{ claim globex.revenue_growth@2024-Q4 > "
                + "acme.revenue_growth@FY2025-Q3 }}：" + figures + "。\n", Language.ZH));
    }

    @Test
    void theLatestQuarterBothHaveReportedIsFalseWhenOneHasReportedALaterOne() {
        // Globex has reported Apr–Jun 2025 (capex 22.4): Jan–Mar 2025 is not the latest it has reported.
        List<Diagnostic> all = check("Globex spent {{ globex.capex@2025-Q1 }} in the latest quarter both have reported.\n", Language.EN);
        assertEquals(1, all.size(), all.toString());
        assertEquals("'the latest quarter both have reported' says no entity has reported a later period than Jan–Mar 2025, "
                + "but globex has reported Apr–Jun 2025 (globex.capex@2025-Q2)", all.get(0).message());
        assertEquals(new Position(FILE, 1, 44), all.get(0).position());
        assertTrue(!all.get(0).hint().isBlank());
        List<Diagnostic> zh = check("在两家公司都已公布的最近一个季度，Globex支出{{ globex.capex@2025-Q1 }}。\n", Language.ZH);
        assertEquals(1, zh.size(), zh.toString());
        assertTrue(zh.get(0).message().startsWith("'都已公布的最近一个' says no entity has reported a later period"), zh.get(0).message());
        assertEquals(new Position(FILE, 1, 6), zh.get(0).position());
        assertEquals(List.of(), check("Globex spent {{ globex.capex@2025-Q2 }} and Acme {{ acme.capex@FY2026-Q1 }} in the latest quarter "
                + "both have reported.\n", Language.EN));
    }

    @Test
    void theLatestQuarterBothHaveReportedReadsWhatTheDataSaysIsStillToCome() {
        // Acme's next figure was due by 31 Jul 2025, the as-of date: it has reported a later quarter we lack.
        data = MiniData.loadValid(dir, YAML.replace("  reporting_currency: USD\n", "  reporting_currency: USD\n  as_of: 2025-07-31\n")
                .replace("- {entity: acme, metric: revenue_growth, period: FY2026-Q1, value: 12, sources: [1], confidence: high}",
                        "- {entity: acme, metric: revenue_growth, period: FY2026-Q1, value: 12, sources: [1], confidence: high, next_update: 2025-07-31}"));
        List<Diagnostic> all = check("Globex spent {{ globex.capex@2025-Q2 }} and Acme {{ acme.capex@FY2026-Q1 }} in the latest quarter "
                + "both have reported.\n", Language.EN);
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).message().endsWith("but acme was due to report a later period by 31 Jul 2025 (acme.revenue_growth@FY2026-Q1)"),
                all.get(0).message());
    }

    @Test
    void timeWordsAreJudgedAgainstTheMonthsOfTheChange() {
        assertErrorAt(check("Capex rose " + QUARTER + " on a year earlier.\n", Language.EN), "a year earlier", 66, "3 months apart");
        assertEquals(List.of(), check("Capex rose " + YEAR + " on a year earlier and " + QUARTER + " on the quarter before.\n",
                Language.EN));
        assertErrorAt(check("Capex rose " + YEAR + " in two years.\n", Language.EN), "in two years", 63, "12 months apart");
        assertErrorAt(check("资本开支同比" + QUARTER + "。\n", Language.ZH), "同比", 5, "3 months apart");
        assertEquals(List.of(), check("资本开支同比" + YEAR + "，环比" + QUARTER + "。\n", Language.ZH));
    }

    @Test
    void aJudgedWordNeedsNoClaimAndClaimNoneSilencesIt() {
        // "doubled" is on the list of words that need a claim; judged against the change, it needs none.
        assertEquals(List.of(), check("Capex doubled, " + YEAR + ".\n", Language.EN));
        assertEquals(List.of(), check("Capex fell{{ claim none }} " + QUARTER + ".\n", Language.EN));
        // Without a figure to govern, a word is not judged (and "doubled" then asks for a claim).
        List<Diagnostic> all = check("Capex doubled to {{ globex.capex@2025-Q2 }}.\n", Language.EN);
        assertEquals(1, all.size(), all.toString());
        assertEquals(Severity.WARNING, all.get(0).severity());
    }

    /** The text of the one derived figure a page body shows, compiled in the language of {@code yaml}'s site. */
    private String shown(String yaml, String body) throws java.io.IOException {
        Dataset d = MiniData.loadValid(dir, yaml);
        Diagnostics diagnostics = new Diagnostics();
        String text = "---\ntitle: T\n---\n" + body;
        java.nio.file.Files.writeString(dir.resolve("page.md"), text);
        UiStrings ui = UiStrings.load(Path.of("templates"), d.language(), new Diagnostics()).orElseThrow();
        PageCompiler compiler = Compiling.compiler(d, new reportsite.chart.ChartPlanner(d).planAll(),
                new reportsite.render.TemplateEmbeds(new reportsite.render.TemplateEngine(Path.of("templates")), d, ui, diagnostics), false);
        Page page = Compiling.compile(compiler, new reportsite.source.SourceFile("page.md", FILE, dir.resolve("page.md"), text),
                diagnostics).orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        assertEquals(List.of(), diagnostics.all());
        return org.jsoup.Jsoup.parseBodyFragment(page.html()).selectFirst("span.fig.derived").text();
    }

    @Test
    void theChangeDirectiveWritesItsVerbInTheEditionsWords() throws java.io.IOException {
        assertEquals("rose 30%", shown(YAML, "Capex {{ change globex.capex@2025-Q1 -> globex.capex@2025-Q2 }}.\n"));
        assertEquals("fell 23%", shown(YAML, "Capex {{ change globex.capex@2025-Q2 -> globex.capex@2025-Q1 }}.\n"));
        String zh = YAML.replace("title: \"Mini report\"\n", "title: \"Mini report\"\n  language: zh\n");
        assertEquals("增长30%", shown(zh, "资本开支环比{{ change globex.capex@2025-Q1 -> globex.capex@2025-Q2 }}。\n"));
        assertEquals("下降23%", shown(zh, "资本开支{{ change globex.capex@2025-Q2 -> globex.capex@2025-Q1 }}。\n"));
    }

    @Test
    void aMalformedChangeDirectiveIsAnErrorAtTheDirective() throws java.io.IOException {
        Dataset d = MiniData.loadValid(dir, YAML);
        Diagnostics diagnostics = new Diagnostics();
        String text = "---\ntitle: T\n---\nCapex {{ change globex.capex@2025-Q1 globex.capex@2025-Q2 }}.\n";
        java.nio.file.Files.writeString(dir.resolve("page.md"), text);
        PageCompiler compiler = Compiling.compiler(d, new reportsite.chart.ChartPlanner(d).planAll(),
                new reportsite.render.TemplateEmbeds(new reportsite.render.TemplateEngine(Path.of("templates")), d, diagnostics), false);
        Compiling.compile(compiler, new reportsite.source.SourceFile("page.md", FILE, dir.resolve("page.md"), text), diagnostics);
        assertEquals(1, diagnostics.all().size(), diagnostics.all().toString());
        assertEquals(new Position(FILE, 4, 7), diagnostics.all().get(0).position());
        assertTrue(diagnostics.all().get(0).hint().contains("{{ change "), diagnostics.all().get(0).hint());
    }

    @Test
    void aChangeFromOrToABoundIsABoundItself() throws java.io.IOException {
        // 100 million users, then more than 400 million: the change is more than +300%, not "about".
        assertEquals("> +300%", shown(YAML, "Users {{ globex.users@2024-05 -> globex.users@2025-05 }}.\n"));
        assertEquals("rose more than 300%", shown(YAML, "Users {{ change globex.users@2024-05 -> globex.users@2025-05 }}.\n"));
        assertEquals("fell more than 75%", shown(YAML, "Users {{ change globex.users@2025-05 -> globex.users@2024-05 }}.\n"));
        assertEquals("> 4.0×", shown(YAML, "Users were {{ globex.users@2025-05 / globex.users@2024-05 }} those of a year before.\n"));
        String zh = YAML.replace("title: \"Mini report\"\n", "title: \"Mini report\"\n  language: zh\n");
        assertEquals("增长超过300%", shown(zh, "用户{{ change globex.users@2024-05 -> globex.users@2025-05 }}。\n"));
    }

    @Test
    void aQualifierBeforeAFigureThatWritesItsOwnIsAWarningAtTheWord() {
        List<Diagnostic> en = check("Users were about {{ globex.users@2025-05 }}.\n", Language.EN);
        assertEquals(1, en.size(), en.toString());
        assertEquals(Severity.WARNING, en.get(0).severity());
        assertEquals(new Position(FILE, 1, 12), en.get(0).position());
        assertTrue(en.get(0).message().startsWith("'about' stands before"), en.get(0).message());
        List<Diagnostic> zh = check("用户约{{ globex.users@2025-05 }}。\n", Language.ZH);
        assertEquals(1, zh.size(), zh.toString());
        assertEquals(new Position(FILE, 1, 3), zh.get(0).position());
        // An exact figure writes no qualifier, so the word is the author's own.
        assertEquals(List.of(), check("Users were about {{ globex.users@2024-05 }}.\n", Language.EN));
    }
}
