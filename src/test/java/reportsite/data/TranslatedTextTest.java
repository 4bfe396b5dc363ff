package reportsite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.source.SourceFile;

/** Texts of the metrics file written once or per language, read into one dataset per edition. */
class TranslatedTextTest {

    @TempDir
    Path dir;

    /** {@link MiniData#BASE} with a Chinese edition: the capex label translated, the users label not. */
    static final String TWO = MiniData.BASE
            .replace("  reporting_currency: USD\n", "  reporting_currency: USD\n  languages: [en, zh]\n")
            .replace("label: Capital expenditure", "label: {en: Capital expenditure, zh: 资本开支}")
            .replace("name: Acme Corp", "name: {en: Acme Corp, zh: 阿克米公司}")
            .replace("title: \"Capex\"", "title: {en: \"Capex\", zh: \"资本开支\"}")
            .replace("title: \"Mini report\"", "title: {en: \"Mini report\", zh: \"小报告\"}")
            .replace("    confidence: high\n", """
                        confidence: high
                        note:
                          en: "Record quarter: {{ acme.capex@FY2026-Q1 }}."
                          zh: "创纪录的季度：{{ acme.capex@FY2026-Q1 }}。"
                    """);

    private Map<Language, Dataset> editions(String yaml, Diagnostics d) throws IOException {
        Path file = dir.resolve("metrics.yaml");
        Files.writeString(file, yaml);
        return MetricsLoader.loadEditions(new SourceFile("metrics.yaml", "content/metrics.yaml", file, yaml), d);
    }

    private Dataset load(String yaml, Diagnostics d) {
        return MiniData.load(dir, yaml, d);
    }

    /** Where {@code fragment} starts in {@code yaml}, 1-based, as the loader reports it. */
    private static Position at(String yaml, String fragment) {
        int i = yaml.indexOf(fragment);
        assertTrue(i >= 0, fragment);
        String before = yaml.substring(0, i);
        return new Position("content/metrics.yaml", (int) before.chars().filter(c -> c == '\n').count() + 1,
                i - before.lastIndexOf('\n'));
    }

    private static List<String> messages(Diagnostics d) {
        return d.all().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aMapIsReadPerEdition() throws IOException {
        Diagnostics d = new Diagnostics();
        Map<Language, Dataset> e = editions(TWO, d);
        assertEquals(List.of(Language.EN, Language.ZH), List.copyOf(e.keySet()));
        Dataset en = e.get(Language.EN);
        Dataset zh = e.get(Language.ZH);
        assertEquals(List.of(Language.EN, Language.ZH), en.site().languages());
        assertEquals("Capital expenditure", en.metric("capex").orElseThrow().label());
        assertEquals("资本开支", zh.metric("capex").orElseThrow().label());
        assertEquals("阿克米公司", zh.entity("acme").orElseThrow().name());
        assertEquals("阿克米公司", zh.entity("acme").orElseThrow().shortName(), "short defaults to the edition's name");
        assertEquals("资本开支", zh.chart("capex-chart").orElseThrow().title());
        assertEquals("小报告", zh.site().title());
        assertEquals("zh", zh.site().language());
        assertEquals("en", en.site().language());
        // Directives inside a text are kept as written, for the page compiler to expand per edition.
        assertEquals("创纪录的季度：{{ acme.capex@FY2026-Q1 }}。", zh.observation("acme", "capex", "FY2026-Q1").orElseThrow().note());
        assertEquals("Record quarter: {{ acme.capex@FY2026-Q1 }}.", en.observation("acme", "capex", "FY2026-Q1").orElseThrow().note());
    }

    /** A derived figure's explanation names its inputs as the edition writes figures: 386.8亿元, never a bare 38.68. */
    @Test
    void aDerivationStatesItsInputsInTheEditionsUnits() throws IOException {
        String yaml = TWO.replace("charts:\n", """
                  - entity: acme
                    metric: capex
                    period: FY2025-Q1
                    value: {derived: {base: FY2026-Q1, growth_pct: 220}}
                    sources: [1]
                    confidence: medium
                derived:
                  - {id: capex_yoy, label: {en: Capex growth, zh: 资本开支同比增长}, op: yoy, metric: capex}
                charts:
                """);
        Diagnostics d = new Diagnostics();
        Map<Language, Dataset> e = editions(yaml, d);
        assertFalse(d.hasErrors(), () -> messages(d).toString());
        Dataset zh = e.get(Language.ZH);
        assertEquals("按2026财年第一季度386.8亿元及公布的增幅220%倒推",
                zh.observation("acme", "capex", "FY2025-Q1").orElseThrow().derivation());
        assertEquals("资本开支2026财年第一季度（386.8亿元）对比2025财年第一季度（120.9亿元）",
                zh.observation("acme", "capex_yoy", "FY2026-Q1").orElseThrow().derivation());
        assertEquals("Capital expenditure FY2026 Q1 (CN¥38.68 bn) against FY2025 Q1 (CN¥12.09 bn)",
                e.get(Language.EN).observation("acme", "capex_yoy", "FY2026-Q1").orElseThrow().derivation());
    }

    @Test
    void aPlainStringServesBothEditionsAndWarnsForTheOther() throws IOException {
        Diagnostics d = new Diagnostics();
        Map<Language, Dataset> e = editions(TWO, d);
        assertEquals("Users", e.get(Language.EN).metric("users").orElseThrow().label());
        assertEquals("Users", e.get(Language.ZH).metric("users").orElseThrow().label());
        Diagnostic w = d.all().stream().filter(x -> x.message().equals("no Chinese text for 'label' of metric 'users'"))
                .findFirst().orElseThrow(() -> new AssertionError(messages(d)));
        assertTrue(!w.isError());
        assertEquals(at(TWO, "Users"), w.position());
        assertEquals("write `{en: …, zh: …}`", w.hint());
    }

    @Test
    void aMapWithoutTheEditionWarnsAtTheMap() throws IOException {
        String yaml = TWO.replace("label: Users", "label: {en: Users}");
        Diagnostics d = new Diagnostics();
        Map<Language, Dataset> e = editions(yaml, d);
        assertEquals("Users", e.get(Language.ZH).metric("users").orElseThrow().label());
        List<Diagnostic> about = d.all().stream().filter(x -> x.message().contains("'label' of metric 'users'")).toList();
        assertEquals(1, about.size(), messages(d).toString());
        assertEquals(at(yaml, "{en: Users}"), about.get(0).position());
    }

    @Test
    void oneEditionWarnsAboutNothing() throws IOException {
        Diagnostics d = new Diagnostics();
        Map<Language, Dataset> e = editions(MiniData.BASE, d);
        assertEquals(List.of(Language.EN), List.copyOf(e.keySet()));
        assertEquals(List.of(Language.EN), e.get(Language.EN).site().languages());
        assertEquals(List.of(), messages(d));
    }

    @Test
    void anUnknownLanguageKeyIsAnErrorWithASuggestion() throws IOException {
        String yaml = TWO.replace("zh: 资本开支}", "zn: 资本开支}");
        Diagnostics d = new Diagnostics();
        editions(yaml, d);
        List<Diagnostic> errors = d.errors();
        assertEquals(1, errors.size(), messages(d).toString());
        assertEquals("unknown language 'zn' in the text of 'label'", errors.get(0).message());
        assertEquals("did you mean 'zh'?", errors.get(0).hint());
        assertEquals(at(yaml, "zn: 资本开支"), errors.get(0).position());
    }

    /** A site may stop (or not yet start) building an edition without deleting its translations. */
    @Test
    void aTextForAnEditionTheSiteDoesNotBuildIsKeptQuietly() {
        String yaml = MiniData.BASE.replace("label: Capital expenditure", "label: {en: Capital expenditure, zh: 资本开支}");
        Diagnostics d = new Diagnostics();
        Dataset data = load(yaml, d);
        assertEquals(List.of(), messages(d));
        assertEquals("Capital expenditure", data.metric("capex").orElseThrow().label());
    }

    @Test
    void aMapWithoutTheDefaultLanguageIsAnError() throws IOException {
        String yaml = TWO.replace("{en: Capital expenditure, zh: 资本开支}", "{zh: 资本开支}");
        Diagnostics d = new Diagnostics();
        editions(yaml, d);
        List<Diagnostic> errors = d.errors();
        assertEquals(1, errors.size(), messages(d).toString());
        assertEquals("the text of 'label' has no 'en' entry, the default language's", errors.get(0).message());
        assertEquals(at(yaml, "{zh: 资本开支}"), errors.get(0).position());
    }

    @Test
    void anEmptyTextIsAnError() throws IOException {
        String yaml = TWO.replace("zh: 资本开支}", "zh: \"\"}");
        Diagnostics d = new Diagnostics();
        Map<Language, Dataset> e = editions(yaml, d);
        assertEquals(List.of("empty Chinese text for 'label'"), d.errors().stream().map(Diagnostic::message).toList());
        assertEquals(at(yaml, "\"\"}"), d.errors().get(0).position());
        assertEquals("Capital expenditure", e.get(Language.ZH).metric("capex").orElseThrow().label());
    }

    @Test
    void anUnknownLanguageInSiteLanguagesIsAnError() throws IOException {
        String yaml = TWO.replace("languages: [en, zh]", "languages: [en, zj]");
        Diagnostics d = new Diagnostics();
        Map<Language, Dataset> e = editions(yaml, d);
        List<Diagnostic> errors = d.errors();
        assertEquals("unknown language 'zj' in site.languages", errors.get(0).message());
        assertEquals("did you mean 'zh'?", errors.get(0).hint());
        assertEquals(at(yaml, "zj]"), errors.get(0).position());
        assertEquals(List.of(Language.EN), List.copyOf(e.keySet()));
    }

    @Test
    void siteLanguageMustBeTheFirstOfSiteLanguages() throws IOException {
        String yaml = TWO.replace("  languages: [en, zh]\n", "  language: zh\n  languages: [en, zh]\n");
        Diagnostics d = new Diagnostics();
        editions(yaml, d);
        assertEquals(List.of("site.language is 'zh' but the default edition, the first of site.languages, is 'en'"),
                d.errors().stream().map(Diagnostic::message).toList());
        assertEquals(at(yaml, "zh\n  languages"), d.errors().get(0).position());
    }

    @Test
    void chineseCanBeTheDefault() throws IOException {
        String yaml = TWO.replace("languages: [en, zh]", "languages: [zh, en]");
        Diagnostics d = new Diagnostics();
        Map<Language, Dataset> e = editions(yaml, d);
        assertEquals(List.of(Language.ZH, Language.EN), List.copyOf(e.keySet()));
        assertEquals("资本开支", e.get(Language.ZH).metric("capex").orElseThrow().label());
        // A plain string is the default language's text: here it is taken for Chinese, and English lacks one.
        assertTrue(d.all().stream().anyMatch(x -> x.message().equals("no English text for 'label' of metric 'users'")),
                messages(d).toString());
    }

    @Test
    void aFindingPointsIntoItsOwnLanguage() throws IOException {
        String yaml = TWO + """
                fact_checks:
                  - id: acme-capex
                    claim: {en: "Acme spent a lot.", zh: "阿克米花了很多钱。"}
                    verdict: imprecise
                    finding:
                      en: "It spent {{ acme.capex@FY2026-Q1 }}."
                      zh: "它花了{{ acme.capex@FY2026-Q1 }}。"
                    sources: [1]
                """;
        Map<Language, Dataset> e = editions(yaml, new Diagnostics());
        FactCheck zh = e.get(Language.ZH).factCheck("acme-capex").orElseThrow();
        FactCheck en = e.get(Language.EN).factCheck("acme-capex").orElseThrow();
        assertEquals("它花了{{ acme.capex@FY2026-Q1 }}。", zh.finding());
        assertEquals("阿克米花了很多钱。", zh.claim());
        // After the opening quote, so that a directive's column inside the text is the file's column.
        Position quote = at(yaml, "\"它花了");
        assertEquals(new Position(quote.file(), quote.line(), quote.column() + 1), zh.position());
        assertEquals("      zh: \"它花了{{ acme.capex@FY2026-Q1 }}。\"", zh.findingLine());
        assertEquals(at(yaml, "\"It spent").line(), en.position().line());
    }

    @Test
    void theDefaultEditionIsWhatLoadReturns() throws IOException {
        Diagnostics d = new Diagnostics();
        Dataset en = editions(TWO, d).get(Language.EN);
        Dataset loaded = load(TWO, new Diagnostics());
        assertEquals(loaded.site(), en.site());
        assertEquals(loaded.entities(), en.entities());
        assertEquals(loaded.metrics(), en.metrics());
        assertEquals(loaded.sources(), en.sources());
        assertEquals(loaded.fxRates(), en.fxRates());
        assertEquals(loaded.observations(), en.observations());
        assertEquals(loaded.factChecks(), en.factChecks());
        assertEquals(loaded.charts(), en.charts());
    }

    @Test
    void eachMistakeIsReportedOnce() throws IOException {
        // A structural error, a text-form error and a stale figure: the Chinese edition reads the
        // file again, but adds only its missing translations.
        String yaml = TWO.replace("  - id: globex\n", "  - id: globex\n    colr: \"#000000\"\n")
                .replace("zh: 资本开支}", "zn: 资本开支}")
                .replace("  reporting_currency: USD\n", "  reporting_currency: USD\n  as_of: 2026-01-01\n")
                .replace("    value: 22.4\n", "    value: 22.4\n    next_update: 2025-10-01\n");
        Diagnostics once = new Diagnostics();
        load(yaml, once);
        Diagnostics both = new Diagnostics();
        editions(yaml, both);
        List<Diagnostic> added = both.all().stream().filter(x -> !once.all().contains(x)).toList();
        assertTrue(added.stream().allMatch(x -> x.message().startsWith("no Chinese text for ")), added.toString());
        assertEquals(3, once.all().size(), messages(once).toString());
        assertEquals(once.all().size() + added.size(), both.all().size());
        assertTrue(added.stream().anyMatch(x -> x.message().equals("no Chinese text for 'label' of metric 'capex'")),
                "a map whose only other key is unknown lacks Chinese: " + added);
    }
}
