package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Font;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.data.MiniData;
import reportsite.data.ThreeYears;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceReader;
import reportsite.i18n.UiStrings;
import reportsite.data.Language;
import reportsite.data.Metric;
import reportsite.data.PeriodParser;
import reportsite.data.Scale;
import reportsite.data.Value;
import reportsite.data.ValueFormatter;

/** The Chinese charts draw every character with the bundled font: no glyph missing, no system fallback. */
class CjkFontTest {

    private static final Font ZH = ChartTheme.LIGHT.in(Language.ZH).font(12f);

    @Test
    void theSubsetHasEveryCharacterTheChineseChartsUse() throws IOException {
        assertDrawable(ChartCharacters.all(Path.of("")), "the characters of ChartCharacters");
    }

    /** Keeps ChartCharacters.FORMAT_WORDS in step with what the formatter writes. */
    @Test
    void everythingTheChineseFormatterWritesIsInTheSubset() throws IOException {
        String known = ChartCharacters.all(Path.of(""));
        List<String> samples = new ArrayList<>();
        String[] currencies = {"USD", "CNY", "EUR", "GBP", "JPY", "HKD", "KRW", "INR"};
        for (Scale scale : Scale.values()) {
            for (Metric.Unit unit : Metric.Unit.values()) {
                Metric m = new Metric("m", "M", unit, "", scale, 1, Metric.Kind.DERIVED, "", "");
                for (String c : currencies) {
                    for (Value v : List.of(new Value.Exact(new BigDecimal("-12345.6")), new Value.About(BigDecimal.TEN),
                            new Value.MoreThan(BigDecimal.ONE), new Value.LessThan(BigDecimal.ONE),
                            new Value.Range(BigDecimal.ONE, new BigDecimal("99999")))) {
                        for (ValueFormatter.Style style : ValueFormatter.Style.values()) {
                            samples.add(ValueFormatter.format(Language.ZH, m, v, c, false, style));
                        }
                        samples.add(ValueFormatter.compact(Language.ZH, m, v, true));
                    }
                    samples.add(ValueFormatter.unitLabel(Language.ZH, m, c));
                }
            }
        }
        for (String label : List.of("2025", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025-06", "2025-07-23",
                "FY2026", "FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4")) {
            samples.add(ValueFormatter.periodWithSpan(Language.ZH, PeriodParser.parse(label, 4).orElseThrow()));
        }
        samples.add(ValueFormatter.date(Language.ZH, LocalDate.of(2025, 12, 31)));
        String missing = samples.stream().flatMapToInt(String::codePoints).filter(c -> known.indexOf(c) < 0).distinct()
                .mapToObj(CjkFontTest::describe).collect(Collectors.joining(", "));
        assertEquals("", missing, "the Chinese formatter writes characters missing from ChartCharacters.FORMAT_WORDS");
    }

    /**
     * Every text a Chinese chart draws (categories, series, value labels, axis unit, legend,
     * month ticks), for the charts of the example and of the test fixtures: the subset has it.
     * A translated label in metrics.yaml with a new character fails here, named.
     */
    @Test
    void everyTextTheChineseChartsDrawIsInTheSubset(@TempDir Path dir) throws IOException {
        UiStrings zh = ChineseChartsTest.strings(Language.ZH);
        Diagnostics d = new Diagnostics();
        List<Dataset> datasets = List.of(
                MetricsLoader.load(SourceReader.readFile(Path.of("content"), Path.of("content/metrics.yaml"), d).orElseThrow(), d),
                MiniData.loadValid(Files.createDirectories(dir.resolve("mini")), ChartRenderingTest.YAML),
                MiniData.loadValid(Files.createDirectories(dir.resolve("three")), ThreeYears.YAML));
        StringBuilder drawn = new StringBuilder(ChartRenderer.monthFormat(Language.ZH).format(new java.util.Date(0)));
        for (Dataset data : datasets) {
            for (ChartData c : new ChartPlanner(data, Language.ZH, zh).planAll().values()) {
                drawn.append(c.unit()).append(String.join("", c.categories()));
                c.series().forEach(s -> {
                    drawn.append(s.name());
                    s.points().forEach(p -> drawn.append(p.label()));
                });
                ChineseChartsTest.legend(ChartRenderer.build(c, ChartTheme.LIGHT)).forEach(drawn::append);
            }
        }
        assertDrawable(drawn.toString(), "the texts of the Chinese charts");
    }

    @Test
    void englishChartsKeepDejaVuAndChineseChartsUseTheBundledFont() {
        assertEquals("DejaVu Sans", ChartTheme.LIGHT.font(12f).getFamily(java.util.Locale.ROOT));
        assertEquals("DejaVu Sans", ChartTheme.DARK.bold(12f).getFamily(java.util.Locale.ROOT));
        assertEquals("Noto Sans SC", ZH.getFamily(java.util.Locale.ROOT), "a font created from the jar, not a system font");
        assertEquals(ChartTheme.DARK.series("#E8590C"), ChartTheme.DARK.in(Language.ZH).series("#E8590C"),
                "an edition keeps its theme's colours");
        assertNotEquals(ChartTheme.LIGHT, ChartTheme.LIGHT.in(Language.ZH));
    }

    @Test
    void aMissingCharacterIsNamed() {
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> assertDrawable("亿元龘", "a test string"));
        assertTrue(e.getMessage().contains("U+9F98 '龘'"), e.getMessage());
    }

    private static void assertDrawable(String text, String what) {
        if (ZH.canDisplayUpTo(text) == -1) {
            return;
        }
        String missing = text.codePoints().filter(c -> !ZH.canDisplay(c)).distinct().mapToObj(CjkFontTest::describe)
                .collect(Collectors.joining(", "));
        fail("the Chinese chart font lacks " + missing + " of " + what
                + "; add their source to ChartCharacters and run tools/cjk-font.sh");
    }

    private static String describe(int c) {
        return String.format("U+%04X '%s'", c, Character.toString(c));
    }
}
