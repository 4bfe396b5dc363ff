package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.ThreeYears;
import reportsite.diag.Diagnostic;
import reportsite.diag.UserError;

/**
 * Built pages of a site with three fiscal years (January, April, July): comparisons on the same
 * months, rates beside converted figures, generated chart notes and the as-of mark.
 */
class AlignedCaptionsTest {

    @TempDir
    Path root;

    private static final String PAGE = """
            ---
            title: Home
            ---
            Globex spent {{ globex.capex@2025-Q2 / acme.capex@FY2026-Q1 }} as much as Acme.

            Users reached {{ globex.users@2026-05 }}.

            {{ chart capex-indexed }}

            {{ chart capex-bars }}

            {{ chart capex-ranking }}

            {{ table capex capex_yoy }}

            {{ chart users-line }}
            """;

    private MiniSite site(String yaml, String page) {
        return new MiniSite(root).write("content/metrics.yaml", yaml).write("content/index.md", page);
    }

    private static Document html(BuildResult r, String path) {
        return Jsoup.parse(new String(r.files().get(path), StandardCharsets.UTF_8));
    }

    private static String text(BuildResult r, String path) {
        return new String(r.files().get(path), StandardCharsets.UTF_8);
    }

    private BuildResult build() {
        return new SiteBuilder(site(ThreeYears.YAML, PAGE).config(false, false)).check();
    }

    private List<Diagnostic> errors(String yaml, String page) {
        return assertThrows(UserError.class, new SiteBuilder(site(yaml, page).config(false, false))::check)
                .diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void aRatioOfTwoCurrenciesShowsItsRate() {
        Element p = html(build(), "index.html").selectFirst("main p");
        // 22 / (36 / 7.16) = 4.38
        assertEquals("4.4×", p.selectFirst("span.fig.derived").text());
        assertEquals("(at 7.16 CNY per USD, 30 Jun 2025)", p.selectFirst("span.fx-note").text());
    }

    @Test
    void aRatioOfDifferentMonthsIsRefusedAtTheDirective() {
        List<Diagnostic> errors = errors(ThreeYears.YAML,
                "---\ntitle: Home\n---\nGlobex spent {{ globex.capex@2025-Q3 / acme.capex@FY2026-Q1 }} as much.\n");
        assertEquals(1, errors.size(), errors::toString);
        Diagnostic d = errors.get(0);
        assertEquals("'{{ globex.capex@2025-Q3 / acme.capex@FY2026-Q1 }}' compares Jul–Sep 2025 with Apr–Jun 2025:"
                + " figures of two entities must cover the same calendar months", d.message());
        assertEquals("compare with acme.capex@FY2026-Q2, which covers Jul–Sep 2025", d.hint());
        assertEquals(4, d.position().line());
        assertEquals(14, d.position().column());
    }

    @Test
    void theIndexedChartRebasesEverySeriesAtTheFirstPeriodAllHave() {
        BuildResult r = build();
        Element fig = html(r, "index.html").getElementById("capex-indexed");
        assertTrue(fig.selectFirst("p.chart-facts").text().startsWith(
                "Each series is rebased to 100 at Q2 2024, the first period every series has; earlier figures are left out."),
                fig.selectFirst("p.chart-facts").text());
        Element firstRow = fig.selectFirst("table.data tbody tr");
        assertEquals("Q2 2024", firstRow.selectFirst("th").text());
        for (Element td : firstRow.select("td")) {
            assertTrue(td.text().startsWith("100 ("), td.text());
        }
        assertTrue(fig.selectFirst("img").attr("alt").contains("(index, Q2 2024 = 100)"), fig.selectFirst("img").attr("alt"));
        // Globex's Q1 2024 has no common base and is left out.
        assertTrue(text(r, "charts/capex-indexed.csv").lines().noneMatch(l -> l.contains("2024-Q1")));
    }

    @Test
    void derivedFiguresAndRatesAreStatedInTheNoteTableAltTextAndCsv() {
        BuildResult r = build();
        Element fig = html(r, "index.html").getElementById("capex-bars");
        String facts = fig.selectFirst("p.chart-facts").text();
        assertTrue(facts.contains("Derived from other figures, not reported (striped bars): Acme: Q2 2024."), facts);
        assertTrue(facts.contains("No figure: Initech: Q3 2025."), facts);
        assertTrue(facts.contains("Converted at 7.16 CNY per USD, 30 Jun 2025 (Acme: Q2 2024, Q2 2025);"
                + " 7.12 CNY per USD, 30 Sep 2025 (Acme: Q3 2025)."), facts);
        assertTrue(fig.selectFirst("img").attr("alt").contains("Q2 2024 US$2.5 bn (derived)"), fig.selectFirst("img").attr("alt"));
        List<String> rates = fig.select("table.data td span.fx-note").eachText();
        assertEquals(List.of("(at 7.16 CNY per USD, 30 Jun 2025)", "(at 7.16 CNY per USD, 30 Jun 2025)",
                "(at 7.12 CNY per USD, 30 Sep 2025)"), rates);
        assertTrue(text(r, "charts/capex-bars.csv").contains(
                "Acme,Q2 2024,FY2025 Q1 (Apr–Jun 2024),FY2025-Q1,2.513966,US$2.5 bn (derived),yes,yes,US$ bn,\"7.16 CNY per USD, 30 Jun 2025\",1\n"),
                text(r, "charts/capex-bars.csv"));
    }

    @Test
    void rankingBarsShowTheSameMonths() {
        Element fig = html(build(), "index.html").getElementById("capex-ranking");
        assertTrue(fig.selectFirst("p.chart-facts").text().startsWith("All bars cover Apr–Jun 2025."), fig.text());
    }

    @Test
    void comparisonRowsShowTheLatestMonthsEveryCompanyHas() {
        BuildResult r = build();
        Element row = html(r, "index.html").selectFirst("table.compare-table tbody tr");
        assertEquals("Shown: Apr–Jun 2025, the latest months every company has. Newer: Acme Jul–Sep 2025, Globex Jul–Sep 2025.",
                row.selectFirst(".align-note").text());
        assertEquals(List.of("FY2026 Q1 (Apr–Jun 2025)", "Q2 2025", "FY2025 Q4 (Apr–Jun 2025)"), row.select("td .period").eachText());
        Element yoy = html(r, "compare.html").select("table.compare-table tbody tr").stream()
                .filter(e -> e.selectFirst("th").text().startsWith("Capex growth y/y")).findFirst().orElseThrow();
        assertEquals(List.of("+100%", "+100%", "+50%"), yoy.select("td .fig").eachText());
    }

    @Test
    void aFigureAfterTheAsOfDateIsMarkedWhereverItIsShown() {
        BuildResult r = build();
        assertEquals("after the as-of date (28 Nov 2025)", html(r, "index.html").selectFirst("main p span.after-as-of").text());
        Element cell = html(r, "compare.html").select("table.compare-table tbody tr").stream()
                .filter(e -> e.selectFirst("th").text().startsWith("Users")).findFirst().orElseThrow();
        assertEquals("after the as-of date (28 Nov 2025)", cell.selectFirst("span.after-as-of").text());
        assertEquals(List.of("after the as-of date (28 Nov 2025)"), html(r, "company-globex.html").select("td span.after-as-of").eachText());
        assertTrue(text(r, "charts/users-line.csv").contains("300 million users, after the as-of date (28 Nov 2025)"),
                text(r, "charts/users-line.csv"));
        assertEquals("After the as-of date (28 Nov 2025), or reported only after it, labelled †: May 2026.",
                html(r, "index.html").getElementById("users-line").selectFirst("p.chart-facts").text());
    }

    @Test
    void aCaptionThatTypesAFactOfTheDataIsWarnedAbout() {
        String yaml = ThreeYears.YAML.replace("title: \"Capex\"}", "title: \"Capex\", caption: \"One Acme quarter is derived.\"}");
        BuildResult r = new SiteBuilder(site(yaml, PAGE).config(false, false)).check();
        Diagnostic w = r.warnings().stream().filter(d -> d.message().contains("caption")).findFirst().orElseThrow();
        assertEquals("the caption states 'derived', a fact of the data that the chart's generated note already gives", w.message());
        String line = yaml.lines().toList().get(35);
        assertEquals(36, w.position().line());
        assertEquals(line.indexOf("\"One Acme") + 1, w.position().column(), line);
    }

    @Test
    void anIndexedChartWhoseSeriesShareNoPeriodIsAnError() {
        // Initech's figures move to Jan–Mar; from 2025 on, Globex has only Apr–Jun and Jul–Sep.
        String yaml = ThreeYears.YAML.replace("period: FY2025-Q4", "period: FY2025-Q3")
                .replace("{id: capex-indexed, kind: indexed, metric: capex, currency: USD,",
                        "{id: capex-indexed, kind: indexed, metric: capex, currency: USD, entities: [globex, initech], from: 2025-Q1,");
        List<Diagnostic> errors = errors(yaml, PAGE);
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("chart 'capex-indexed' is indexed to the first period all its series have, and they share none",
                errors.get(0).message());
        assertEquals(35, errors.get(0).position().line());
    }
}
