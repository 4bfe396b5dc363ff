package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
            assertTrue(row.text().contains("so 24 > ") && row.text().contains("it would flip if the left side fell by"), row.text());
            // A word the data judges is listed too, with the change it governs.
            assertTrue(claims.select("table.ledger td code").stream().anyMatch(c -> c.text().contains("says the two changes")),
                    prefix + "claims.html lists no judged word");
            assertEquals(0, claims.select("table.ledger td strong").stream()
                    .filter(s -> s.text().equals(prefix.isEmpty() ? "Does not hold" : "不成立")).count(), "the example holds throughout");
            assertEquals(1, page(prefix + "methodology.html").select("main a[href=claims.html]").size(), prefix + "methodology links it");
        }
    }
}
