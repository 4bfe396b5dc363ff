package reportsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.chart.ChartData;
import reportsite.data.Dataset;
import reportsite.data.FactCheck;
import reportsite.data.Metric;
import reportsite.data.MiniData;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceFile;

/**
 * Pages near the size limit compile, with every directive in place. Directives used to be put in
 * place one by one, each copying the whole page (a 0.5 MB page of 20,000 figures took 90 s),
 * and every '[' searched the rest of its line for a citation; such a regression shows here as a
 * test that runs for minutes. No clock is asserted: the machine may be busy.
 */
class LargePageTest {

    @TempDir
    Path dir;

    private PageCompiler compiler;

    /** Blocks are not needed here: inline figures and citations are what a page has most of. */
    private static final Embeds NO_EMBEDS = new Embeds() {
        public String chart(int number, ChartData chart) {
            return "";
        }

        public String table(int number, String id, List<Metric> metrics) {
            return "";
        }

        public String keyFigures() {
            return "";
        }

        public String factCheck(FactCheck check, String findingHtml) {
            return "";
        }

        public reportsite.i18n.UiStrings ui() {
            return reportsite.i18n.UiStrings.shipped();
        }
    };

    @BeforeEach
    void setUp() {
        Dataset data = MiniData.loadValid(dir, MiniData.BASE);
        compiler = Compiling.compiler(data, Map.of(), NO_EMBEDS, false);
    }

    private String compile(String body) {
        Diagnostics d = new Diagnostics();
        String text = "---\ntitle: Big\n---\n" + body;
        Page page = Compiling.compile(compiler, new SourceFile("big.md", "content/big.md", dir.resolve("big.md"), text), d).orElseThrow();
        assertEquals(List.of(), d.all());
        return page.html();
    }

    @Test
    void twentyThousandFiguresOnOneLine() {
        String html = compile("{{ acme.capex@FY2026-Q1 }} [1] ".repeat(20_000) + "\n");
        assertEquals(20_000, html.split("class=\"fig ", -1).length - 1);
        assertEquals(20_000, html.split("<sup class=\"cite\">", -1).length - 1);
        assertTrue(html.contains("id=\"cite-1-20000\""));
    }

    @Test
    void twentyThousandFiguresOnTheirOwnLines() {
        String html = compile("Acme spent {{ acme.capex@FY2026-Q1 }} [1].\n\n".repeat(20_000));
        assertEquals(20_000, html.split("class=\"fig ", -1).length - 1);
    }

    @Test
    void aLongLineOfBracketsThatAreNotCitations() {
        String html = compile("[a".repeat(200_000) + "\n");
        assertTrue(html.startsWith("<p>[a[a"), html.substring(0, 20));
    }
}
