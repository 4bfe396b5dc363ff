package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;
import reportsite.data.Dataset;
import reportsite.data.MiniData;
import reportsite.updates.DataChanges;
import reportsite.updates.FigureChange;
import reportsite.updates.FigureSnapshot;

/**
 * The change report of a data update modelled on the report's first real one, between two
 * metrics files kept as fixtures ({@code data-update/metrics-before.yaml} and
 * {@code metrics-after.yaml}): later quarters, a new metric, a figure given with its
 * arithmetic, and one figure revised (a stated number that a better source gives as a lower bound).
 */
class DataUpdateFixtureTest {

    @TempDir
    Path root;

    private static String fixture(String name) {
        try (InputStream in = DataUpdateFixtureTest.class.getResourceAsStream("/data-update/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** By figure key; the derived quarter is worked out in the after file with its arithmetic. */
    private static final List<String> EXPECTED = List.of(
            "Alibaba, Cloud revenue, FY2026 Q3: new, CN¥43.3 bn",
            "Alibaba, Cloud revenue, FY2026 Q4: new, CN¥41.6 bn",
            "Alibaba, Cloud revenue growth, year on year, FY2026 Q3: new, 36%",
            "Alibaba, Cloud revenue growth, year on year, FY2026 Q4: new, 38%",
            "Google, Capital expenditure, Q4 2025: new, US$27.9 bn",
            "Google, Capital expenditure, Q1 2026: new, US$35.7 bn",
            "Google, Capital expenditure, full year, 2025: new, US$91.45 bn",
            "Google, Capex guidance for 2026, 4 Feb 2026: new, US$175–185 bn",
            "Google, Capex guidance for 2026, 29 Apr 2026: new, US$180–190 bn",
            "Google, Cloud revenue growth, year on year, Q4 2025: new, 48%",
            "Google, Cloud revenue growth, year on year, Q1 2026: new, 63%",
            "Google, Tokens processed per month, May 2026: revised, 3,200 trillion tokens → > 3,200 trillion tokens");

    @Test
    void theChangeReportListsExactlyTheFiguresThatChanged() throws IOException {
        Files.createDirectories(root.resolve("a"));
        Files.createDirectories(root.resolve("b"));
        Dataset before = MiniData.loadValid(root.resolve("a"), fixture("metrics-before.yaml"));
        Dataset after = MiniData.loadValid(root.resolve("b"), fixture("metrics-after.yaml"));
        DataChanges changes = DataChanges.between(FigureSnapshot.of(root, before, Map.of()), FigureSnapshot.of(root, after, Map.of()));
        assertEquals(EXPECTED, changes.figures().stream().map(FigureChange::describe).toList());
        assertEquals(11, changes.figures().stream().filter(c -> c.kind() == FigureChange.Kind.NEW).count());
        assertEquals(List.of("google.monthly_tokens@2026-05"), changes.figures().stream()
                .filter(c -> c.kind() == FigureChange.Kind.REVISED).map(FigureChange::figure).toList());
    }

    @Test
    void publishingRecordsTheUpdateAndItsPageSaysWhereTheFiguresShow() throws IOException {
        MiniSite site = new MiniSite(root).write("content/metrics.yaml", fixture("metrics-before.yaml"))
                .write("content/index.md", """
                        ---
                        title: Home
                        ---
                        Google processes {{ google.monthly_tokens@latest }} a month [36].

                        {{ chart capex-recent }}
                        """);
        assertEquals(List.of(), DataUpdatesTest.publish(site).warnings());
        site.write("content/metrics.yaml", fixture("metrics-after.yaml"));
        BuildResult result = DataUpdatesTest.publish(site);

        assertEquals(List.of(), result.warnings());
        assertEquals(EXPECTED, result.changes().figures().stream().map(FigureChange::describe).toList());
        assertEquals(EXPECTED, result.recorded().figures().stream().map(FigureChange::describe).toList());
        Document page = Jsoup.parse(Files.readString(site.out().resolve("data-updates.html")));
        assertEquals(List.of("Data as of 20 May 2026"), page.select("main h2").eachText());
        assertEquals("11 new, 1 revised.", page.selectFirst("main .update-counts").text());
        assertEquals(List.of("Revised Google Tokens processed per month May 2026 3,200 trillion tokens > 3,200 trillion tokens"),
                page.select("main tbody tr.revised").eachText());
        // The chart shows the two newest quarters, which are the new Google ones; the home page
        // shows the revised token figure and embeds that chart.
        assertEquals(List.of("index.html#capex-recent"), page.select("main .shown-on").get(1).select("a").eachAttr("href"));
        assertEquals(List.of("Home", "Side by side", "Alibaba Group Holding", "Alphabet (Google)", "Sources"),
                page.select("main .shown-on").get(0).select("a").eachText());
    }

    @Test
    void theCompanyPageSaysWhichFigureIsStillToCome() throws IOException {
        MiniSite site = new MiniSite(root).write("content/metrics.yaml", fixture("metrics-after.yaml")
                .replace("period: 2026-Q1, value: 35.7, sources: [57, 56], confidence: high}",
                        "period: 2026-Q1, value: 35.7, sources: [57, 56], confidence: high, next_update: 2026-07-23}")
                .replace("period: FY2026-Q4, value: 38, sources: [69], confidence: high}",
                        "period: FY2026-Q4, value: 38, sources: [69], confidence: high, next_update: 2026-08-15}"))
                .write("content/index.md", "---\ntitle: Home\n---\nSee [36].\n\n{{ chart capex-recent }}\n");
        new SiteBuilder(new BuildConfig(site.content(), Path.of("templates"), site.out(), false, false, true)).build();
        Document google = Jsoup.parse(Files.readString(site.out().resolve("company-google.html")));
        assertEquals(List.of("Not in this report's data: the figure for Q2 2026, due 23 Jul 2026."), google.select("#capex ~ .next-update").eachText());
        Document alibaba = Jsoup.parse(Files.readString(site.out().resolve("company-alibaba.html")));
        assertEquals(List.of("Not in this report's data: the figure for FY2027 Q1 (Apr–Jun 2026), due 15 Aug 2026."),
                alibaba.select(".next-update").eachText());
    }
}
