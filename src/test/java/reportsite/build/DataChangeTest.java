package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;

/**
 * Edits a copy of the example's metrics file and checks that the change reaches every place a
 * number is shown: prose, tables, chart alt text, CSV; and that a company added to the data
 * only appears in every comparison without any code change.
 */
class DataChangeTest {

    @TempDir
    Path tmp;

    private Map<String, byte[]> buildWith(String from, String to) throws IOException {
        Path content = tmp.resolve("content");
        PathUtils.copyDirectory(Path.of("content"), content);
        Path metrics = content.resolve("metrics.yaml");
        String yaml = Files.readString(metrics);
        assertTrue(yaml.contains(from), "the example has changed: " + from);
        Files.writeString(metrics, yaml.replace(from, to));
        return new SiteBuilder(new BuildConfig(content, Path.of("templates"), tmp.resolve("out"), false, false, true)).check().files();
    }

    private static Document page(Map<String, byte[]> files, String path) {
        return Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
    }

    @Test
    void oneChangedFigureReachesProseTableAltTextAndCsv() throws IOException {
        Map<String, byte[]> files = buildWith(
                "{entity: google, metric: capex, period: 2025-Q3, value: 24.0,",
                // Small enough that the example's words still hold: its growth stays within 10% of Alibaba's +80% ("a similar pace").
                "{entity: google, metric: capex, period: 2025-Q3, value: 24.35,");
        assertTrue(page(files, "investment.html").select(".prose a.fig").eachText().contains("US$24.35 bn"), "prose");
        assertTrue(page(files, "compare.html").select("td").text().contains("US$24.35 bn"), "comparison table");
        List<String> alts = page(files, "investment.html").select("figure#capex-quarterly img").eachAttr("alt");
        assertEquals(1, alts.size());
        assertTrue(alts.get(0).contains("Q3 2025 US$24.35 bn"), alts.get(0));
        String csv = new String(files.get("charts/capex-quarterly.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",2025-Q3,24.35,"), csv);
        assertFalse(page(files, "compare.html").text().contains("US$24 bn Q3 2025"), "the old figure is gone");
    }

    @Test
    void aThirdCompanyAppearsInEveryComparisonWithoutCodeChanges() throws IOException {
        String third = """
                  - id: tencent
                    name: Tencent Holdings
                    short: Tencent
                    colour: "#2E7D32"
                    currency: CNY
                    fiscal_year_start: 1

                """;
        String observations = """
                  - {entity: tencent, metric: capex, period: 2025-Q2, value: 19.11, sources: [3], confidence: medium}
                  - {entity: tencent, metric: capex, period: 2025-Q3, value: 13.0, sources: [3], confidence: medium}
                  - {entity: tencent, metric: cloud_revenue_growth, period: 2025-Q3, value: 15, sources: [3], confidence: low}
                """;
        Path content = tmp.resolve("content");
        PathUtils.copyDirectory(Path.of("content"), content);
        Path metrics = content.resolve("metrics.yaml");
        String yaml = Files.readString(metrics)
                .replace("  - id: google\n", third + "  - id: google\n")
                .replace("observations:\n", "observations:\n" + observations);
        Files.writeString(metrics, yaml);
        Map<String, byte[]> files = new SiteBuilder(new BuildConfig(content, Path.of("templates"), tmp.resolve("out"),
                false, false, true)).check().files();

        Document compare = page(files, "compare.html");
        assertEquals(List.of("Metric", "Alibaba", "Tencent", "Google"), compare.select("table.compare-table thead th").eachText());
        assertTrue(files.containsKey("company-tencent.html"), "a page per company");
        Document home = page(files, "index.html");
        assertTrue(home.select(".key-figures .entity-name").eachText().contains("Tencent"), "key figures");
        Element chart = page(files, "investment.html").selectFirst("figure#capex-quarterly");
        assertTrue(chart.selectFirst("img").attr("alt").contains("Tencent: Q2 2025"), "chart alt text");
        assertTrue(chart.select("details thead th").eachText().contains("Tencent"), "chart data table");
        String csv = new String(files.get("charts/capex-quarterly.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Tencent,Q3 2025,Q3 2025,2025-Q3,"), "chart CSV");
    }
}
