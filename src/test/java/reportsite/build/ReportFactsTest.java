package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reportsite.config.BuildConfig;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.data.Observation;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceReader;

/** The shipped report: every fact of the seed analysis is on the site, sourced, and typed by no one. */
class ReportFactsTest {

    @TempDir
    static Path tmp;
    static String siteText;
    static Map<String, byte[]> files;
    static Dataset data;

    @BeforeAll
    static void build() throws IOException {
        BuildConfig config = new BuildConfig(Path.of("content"), Path.of("templates"), tmp.resolve("out"), false, false, true);
        files = new SiteBuilder(config).check().files();
        StringBuilder sb = new StringBuilder();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                sb.append(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).text()).append('\n');
            }
        });
        siteText = sb.toString();
        Diagnostics d = new Diagnostics();
        data = MetricsLoader.load(SourceReader.readFile(Path.of("content"), Path.of("content/metrics.yaml"), d).orElseThrow(), d);
        assertFalse(d.hasErrors(), () -> d.all().toString());
    }

    /** The figures of the seed analysis, as corrected by the checked figures, as the site must show them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "CN¥38.68 bn",                  // record quarterly capex, FY2026 Q1 (the seed's 38.6 corrected)
        "more than CN¥100 bn",          // AI and cloud investment over four quarters
        "more than CN¥380 bn",          // three-year infrastructure plan
        "26%",                          // cloud revenue growth, FY2026 Q1
        "triple-digit",                 // AI product revenue growth
        "more than 20%",                // AI share of external cloud revenue
        "more than 140,000 models",     // Qwen derivative models
        "more than 400 million downloads",
        "US$75 bn", "US$85 bn",         // Alphabet's 2025 capex guidance, raised
        "480 trillion tokens", "980 trillion tokens",
        "more than 7 million developers", "about 13 million developers",  // Gemini, as Google reported it
    })
    void everySeedFigureIsOnTheSite(String figure) {
        assertTrue(siteText.contains(figure), "missing on the site: " + figure);
    }

    @Test
    void theUnsupportedDeveloperClaimIsFlagged() {
        assertTrue(siteText.contains("100 million developers"), "the seed's claim is quoted");
        assertTrue(siteText.contains("Not supported"), "and marked as not supported");
    }

    @Test
    void everyFactCheckRendersItsClaimBesideItsFinding() {
        var page = Jsoup.parse(new String(files.get("fact-check.html"), StandardCharsets.UTF_8));
        var asides = page.select("aside.factcheck");
        assertEquals(data.factChecks().size(), asides.size(), "one box per fact check");
        for (var fc : data.factChecks()) {
            var box = page.selectFirst("aside#check-" + fc.id());
            assertTrue(box != null, fc.id());
            assertTrue(box.selectFirst(".claim").text().contains(fc.claim()), fc.id() + " shows the claim");
            assertFalse(box.selectFirst(".finding").text().isBlank(), fc.id() + " shows the finding next to it");
            assertEquals(reportsite.i18n.UiStrings.shipped().get("verdict." + fc.verdict().key()), box.selectFirst(".verdict-label").text());
        }
    }

    @Test
    void everyObservationCitesAnExistingSource() {
        for (Observation o : data.observations()) {
            assertFalse(o.sources().isEmpty(), o.key());
            o.sources().forEach(id -> assertTrue(data.source(id).isPresent(), o.key() + " cites " + id));
        }
    }

    /** Numbers that the data holds must come from directives, never be typed into the prose. */
    @Test
    void noDataNumberIsTypedInTheProse() throws IOException {
        Set<String> dataNumbers = new HashSet<>();
        for (Observation o : data.observations()) {
            if (!o.isDerived()) {
                o.value().number().ifPresent(n -> dataNumbers.add(n.stripTrailingZeros().toPlainString()));
            }
        }
        // Quoting the analysis's own (wrong) claims is allowed: they are not our figures.
        Set<String> claimed = new HashSet<>();
        Pattern number = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
        data.factChecks().forEach(fc -> number.matcher(fc.claim()).results()
                .forEach(r -> claimed.add(new BigDecimal(r.group().replace(",", "")).stripTrailingZeros().toPlainString())));
        dataNumbers.removeAll(claimed);
        Pattern strip = Pattern.compile("\\{\\{.*?}}|\\[\\d+]|\\]\\([^)]*\\)|`[^`]*`|\\d{4}-\\d{2}(-\\d{2})?|\\b(19|20)\\d{2}\\b"
                + "|\\b\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\\b"
                + "|\\d{4}年(\\d{1,2}(–\\d{1,2})?月)?(\\d{1,2}日)?|\\d{1,2}(–\\d{1,2})?月(\\d{1,2}日)?|\\d{1,2}日");
        List<String> typed = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("content"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(p);
                String body = text.substring(text.indexOf("\n---\n", 3) + 5);
                int lineNo = 0;
                for (String line : body.split("\n")) {
                    lineNo++;
                    Matcher m = number.matcher(strip.matcher(line).replaceAll(" "));
                    while (m.find()) {
                        String n = new BigDecimal(m.group().replace(",", "")).stripTrailingZeros().toPlainString();
                        if (dataNumbers.contains(n) && new BigDecimal(n).compareTo(BigDecimal.TEN) > 0) {
                            typed.add(p + " body line " + lineNo + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), typed);
    }

    private static org.jsoup.nodes.Document page(String path) {
        return Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
    }

    /**
     * Every ratio between the two companies names the rate it was converted at (fact check 3.1, 3.7, 3.11, 3.19).
     * A ratio of two figures of one company (in one currency) needs no rate, so only converted ones are held to it.
     */
    @Test
    void everyRatioShowsItsRate() {
        int ratios = 0;
        for (String path : files.keySet().stream().filter(f -> f.endsWith(".html")).toList()) {
            for (org.jsoup.nodes.Element r : page(path).select("span.fig.derived")) {
                if (r.text().endsWith("×") && r.attr("title").contains(", both in ")) {
                    ratios++;
                    org.jsoup.nodes.Element next = r.nextElementSibling();
                    assertTrue(next != null && next.hasClass("fx-note") && next.text().matches("\\(at [0-9.]+ CNY per USD, \\d+ \\w+ \\d{4}\\)"),
                            path + ": " + r.text() + " has no rate beside it");
                }
            }
        }
        assertTrue(ratios >= 5, "ratios found: " + ratios);
    }

    /** Growth rates side by side cover the same months (fact check 2.39, 5.11). */
    @Test
    void theCompareRowsSetTheSameMonthsSideBySide() {
        org.jsoup.nodes.Element yoy = page("compare.html").select("table.compare-table tbody tr").stream()
                .filter(e -> e.selectFirst("th").text().startsWith("Capex growth, year on year")).findFirst().orElseThrow();
        assertEquals(List.of("FY2026 Q2 (Jul–Sep 2025)", "Q3 2025"), yoy.select("td .period").eachText());
        assertEquals(List.of("+80%", "≈ +84%"), yoy.select("td .fig").eachText());
    }

    /** The indexed chart starts both companies at the same quarter and says which (fact check 2.29, 5.5). */
    @Test
    void theIndexedChartHasOneBase() {
        org.jsoup.nodes.Element fig = page("investment.html").getElementById("capex-indexed");
        assertTrue(fig.selectFirst("p.chart-facts").text().startsWith("Each series is rebased to 100 at Q2 2024"), fig.text());
        org.jsoup.nodes.Element last = fig.select("table.data tbody tr").last();
        assertEquals("Q1 2026", last.selectFirst("th").text());
        assertTrue(last.select("td").get(1).text().startsWith("270 ("), last.text());
    }

    /**
     * Derived and later-dated figures are marked where they are drawn (fact check 5.6, 6.1, 6.3). Since the 2026
     * update, as_of is the date of the newest source used, so no figure is later than it and none carries the mark.
     */
    @Test
    void derivedAndLaterFiguresAreMarked() {
        assertTrue(page("investment.html").getElementById("capex-quarterly").selectFirst("p.chart-facts").text()
                .contains("Derived from other figures, not reported (striped bars): Alibaba: Q2 2024, Q1 2025."));
        assertTrue(page("investment.html").getElementById("cloud-revenue-quarterly").selectFirst("p.chart-facts").text()
                .contains("Derived from other figures, not reported (striped bars): Alibaba: Q1 2025, Q4 2025."));
        for (String path : files.keySet().stream().filter(f -> f.endsWith(".html")).toList()) {
            assertEquals(List.of(), page(path).select("span.after-as-of").eachText(), path);
        }
    }
}
