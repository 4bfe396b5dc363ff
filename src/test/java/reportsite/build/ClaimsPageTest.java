package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;

/**
 * The claims ledger of the example report, in both editions: every judged sentence with its
 * condition, outcome and deciding values, linked from the methodology page.
 */
class ClaimsPageTest {

    @TempDir
    static Path out;

    private static BuildResult site;

    @BeforeAll
    static void check() {
        site = new SiteBuilder(new BuildConfig(Path.of("content"), Path.of("templates"), out, false, false, false, Optional.empty(), false),
                BuildCache.none()).check();
    }

    private static Document page(String path) {
        return Jsoup.parse(new String(site.files().get(path), StandardCharsets.UTF_8));
    }

    @Test
    void everyEditionListsItsJudgedSentencesWithTheirValues() {
        for (String prefix : new String[] {"", "zh/"}) {
            Document claims = page(prefix + "claims.html");
            Element row = claims.select("table.ledger tr").stream()
                    .filter(r -> r.text().contains("google.capex@latest > 4 * alibaba.capex@latest")).findFirst()
                    .orElseThrow(() -> new AssertionError(prefix + "claims.html lacks the 'far more' claim"));
            // The deciding values in the edition's words, figures as the edition writes them.
            assertTrue(prefix.isEmpty() ? row.text().contains("so US$24 bn > US$17.7 bn") && row.text().contains("it would flip if the left side fell by")
                    : row.text().contains("因此240亿美元 > 177亿美元") && row.text().contains("左侧下降") && row.text().contains("（2025年7–9月）"),
                    row.text());
            // A word the data judges is listed too, with the change it governs.
            assertTrue(claims.select("table.ledger td code").stream().anyMatch(c -> c.text().contains(prefix.isEmpty() ? "says the two changes"
                    : "表示两个变化相差不超过10%")), prefix + "claims.html lists no judged word");
            if (!prefix.isEmpty()) {
                // No English word of the ledger's own is left on the Chinese page (ids of figures aside).
                for (Element cell : claims.select("table.ledger td:nth-child(3)")) {
                    String own = cell.text().replaceAll("[a-z_0-9]+\\.[a-z_0-9]+(@[A-Za-z0-9-]+)?", "");
                    assertFalse(own.matches("(?s).*\\b(so|is|the|would|flip|left|side|says|from|vs|last|yoy|qoq|low|high)\\b.*"), cell.text());
                }
            }
            assertEquals(0, claims.select("table.ledger td strong").stream()
                    .filter(s -> s.text().equals(prefix.isEmpty() ? "Does not hold" : "不成立")).count(), "the example holds throughout");
            assertEquals(1, page(prefix + "methodology.html").select("main a[href=claims.html]").size(), prefix + "methodology links it");
        }
    }

    @Test
    void everyFactCheckFindingIsListedWithItsVerdictAndFigures() {
        for (String prefix : new String[] {"", "zh/"}) {
            Document claims = page(prefix + "claims.html");
            Element row = claims.select("table.ledger tr").stream()
                    .filter(r -> r.select("td code").text().contains("gemini-developers")).findFirst()
                    .orElseThrow(() -> new AssertionError(prefix + "claims.html lacks the finding 'gemini-developers'"));
            assertEquals(prefix.isEmpty() ? "Not supported" : "缺乏依据", row.selectFirst("td strong").text(), "the verdict, in the edition's words");
            assertTrue(row.selectFirst("td").text().contains(prefix.isEmpty() ? "Gemini has drawn more than 100 million developers."
                    : "Gemini已吸引超过1亿名开发者。"), row.text());
            String values = row.select("td").get(2).text();
            assertTrue(values.contains(prefix.isEmpty() ? "google.gemini_api_developers@2025-10 (Oct 2025) = about 13 million developers"
                    : "google.gemini_api_developers@2025-10（2025年10月）= 约1,300万名开发者"), values);
            assertTrue(values.contains("google.gemini_monthly_developers@2026-05"), values);
            // Every fact check of the data has its row, and the claims in a finding are judged rows of their own.
            long findings = claims.select("table.ledger td code").stream().filter(c -> c.text().matches(prefix.isEmpty()
                    ? "the verdict of fact check '.*', and the figures it rests on" : "事实核查“.*”的结论及其依据的数字")).count();
            assertEquals(countFactChecks(), findings, prefix);
            assertTrue(claims.select("table.ledger td code").stream().anyMatch(c -> c.text().equals("alibaba.capex@FY2026-Q1 is a record")),
                    prefix + ": the claim inside the finding 'alibaba-record-capex'");
        }
    }

    /** The fact checks of the example's metrics file: the items of its top-level list fact_checks. */
    private static long countFactChecks() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(Path.of("content/metrics.yaml"));
            int from = lines.indexOf("fact_checks:");
            return lines.subList(from + 1, lines.size()).stream().takeWhile(l -> l.isEmpty() || l.startsWith(" ") || l.startsWith("#"))
                    .filter(l -> l.startsWith("  - id: ")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
