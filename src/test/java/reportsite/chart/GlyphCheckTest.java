package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.SiteBuilder;
import reportsite.config.BuildConfig;
import reportsite.diag.Diagnostic;
import reportsite.diag.UserError;

/** A Chinese chart text outside the bundled font is an error at the chart, not boxes in the image. */
class GlyphCheckTest {

    @TempDir
    Path root;

    @Test
    void aCharacterTheChineseChartFontLacksIsAnErrorAtTheChart() throws Exception {
        Path content = root.resolve("content");
        PathUtils.copyDirectory(Path.of("src/test/resources/golden/site/content"), content);
        Path metrics = content.resolve("metrics.yaml");
        // 鑫 is not among the characters of the subset font (tools/cjk-font.sh).
        assertTrue(!ChartTheme.LIGHT.in(reportsite.data.Language.ZH).font(12f).canDisplay('鑫'), "the fixture's premise");
        String text = Files.readString(metrics);
        assertTrue(text.contains("zh: 高点公司"), "the fixture names Acme in Chinese");
        Files.writeString(metrics, text.replace("zh: 高点公司", "zh: 高鑫公司"));
        UserError e = assertThrows(UserError.class, () -> new SiteBuilder(new BuildConfig(content, Path.of("templates"),
                root.resolve("site"), false, false, true)).check());
        Diagnostic d = e.diagnostics().stream().filter(x -> x.message().contains("'鑫' (U+946B)")).findFirst().orElseThrow(() ->
                new AssertionError(e.diagnostics().toString()));
        assertTrue(d.message().startsWith("chart 'capex-chart' draws '高鑫公司'"), d.message());
        assertEquals(76, d.position().line(), "the chart's declaration in metrics.yaml");
        assertTrue(d.hint().contains("tools/cjk-font.sh"), d.hint());
    }

    @Test
    void theEnglishFontDrawsEveryTextOfTheEnglishCharts() {
        assertEquals("", GlyphCheck.missing(ChartTheme.LIGHT.font(12f), "US$ bn – ≈ > 12.5 †"));
    }
}
