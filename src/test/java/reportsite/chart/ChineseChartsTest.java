package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.Keys;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.data.MiniData;
import reportsite.data.ThreeYears;
import reportsite.diag.Diagnostics;
import reportsite.i18n.UiStrings;

/** The Chinese edition's charts: their texts come from templates/i18n/zh.yaml, their numbers from the Chinese formatter. */
class ChineseChartsTest {

    @TempDir
    static Path dir;

    static UiStrings zh;
    static Dataset mini;
    static Dataset threeYears;

    @BeforeAll
    static void load() {
        zh = strings(Language.ZH);
        mini = MiniData.loadValid(dir.resolve(mkdir("mini")), ChartRenderingTest.YAML);
        threeYears = MiniData.loadValid(dir.resolve(mkdir("three")), ThreeYears.YAML);
    }

    private static String mkdir(String name) {
        dir.resolve(name).toFile().mkdirs();
        return name;
    }

    static UiStrings strings(Language language) {
        Diagnostics d = new Diagnostics();
        return UiStrings.load(Path.of("templates"), language, d)
                .orElseThrow(() -> new AssertionError(d.all().stream().map(x -> x.format()).toList()));
    }

    private static ChartData chinese(Dataset data, String id) {
        return new ChartPlanner(data, Language.ZH, zh).planAll().get(id);
    }

    @Test
    void aGroupedBarChartIsDescribedInChinese() {
        ChartData c = chinese(mini, "capex-chart");
        assertEquals(List.of("2025年第一季度", "2025年第二季度", "2025年第三季度"), c.categories());
        assertEquals("亿美元", c.unit());
        assertEquals("柱状图：Capex（亿美元）。Acme Corp（2025年第二季度：54亿美元，2025年第三季度：44亿美元）；"
                + "Globex（2025年第一季度：172亿美元，2025年第二季度：224亿美元）。换算：2025年6月30日汇率1美元兑7.16元。",
                ChartDescription.altText(c));
        assertEquals(List.of("无数据：Acme Corp（2025年第一季度）；Globex（2025年第三季度）。", "换算：2025年6月30日汇率1美元兑7.16元。"),
                ChartFacts.sentences(c, mini));
        assertEquals("\uFEFF" + """
                系列,类别,期间,期间代码,数值,标签,精确值,推算值,单位,汇率,来源
                Acme Corp,2025年第二季度,2026财年第一季度（2025年4–6月）,FY2026-Q1,54.022346,54亿美元,是,否,亿美元,2025年6月30日汇率1美元兑7.16元,1
                Acme Corp,2025年第三季度,2026财年第二季度（2025年7–9月）,FY2026-Q2,43.994413,44亿美元,是,否,亿美元,2025年6月30日汇率1美元兑7.16元,1
                Globex,2025年第一季度,2025年第一季度,2025-Q1,172,172亿美元,是,否,亿美元,,2
                Globex,2025年第二季度,2025年第二季度,2025-Q2,224,224亿美元,是,否,亿美元,,2
                # 换算：2025年6月30日汇率1美元兑7.16元。
                """, ChartDescription.csv(c), "a BOM for Excel, the edition's words, the period's code kept for programs");
        ChartDescription.Cell acme = ChartDescription.table(c).rows().get(1).cells().get(0);
        assertEquals("54亿美元", acme.text());
        assertEquals("2026财年第一季度（2025年4–6月） · 可信度：高", acme.note());
        assertEquals("2025年6月30日汇率1美元兑7.16元", acme.fx());
    }

    @Test
    void barsPlotTheNumberTheirChineseAxisNames() {
        ChartData c = chinese(mini, "acme-only");
        assertEquals("亿元", c.unit());
        ChartData.Point first = c.series().get(0).points().get(0);
        assertEquals("387", first.label(), "the chart's one decimal of US$ bn is none of 亿元");
        assertEquals(0, first.value().compareTo(new java.math.BigDecimal("386.8")), "CN¥38.68 bn is 386.8 on a 亿元 axis");
        assertEquals("38.68", new ChartPlanner(mini).planAll().get("acme-only").series().get(0).points().get(0).value().toPlainString());
    }

    @Test
    void boundsRankingsAndIndexesAreNotedInChinese() {
        assertEquals(List.of("空心点为下限值：2025年5月。"), ChartFacts.sentences(chinese(mini, "k-line"), mini));
        ChartData line = chinese(mini, "k-line");
        assertEquals("> 4.0", line.series().get(0).points().get(0).label(), "400 million: 4亿, not 40,000万, as precise as 4.5亿");
        assertTrue(line.unit().startsWith("亿"), line.unit());
        ChartData ranking = chinese(mini, "k-hbar");
        assertEquals(List.of("Globex（2025年第二季度）", "Acme Corp（2025年第二季度）"), ranking.categories());
        assertEquals("各柱均涵盖2025年4–6月。", ChartFacts.sentences(ranking, mini).get(0));
        ChartData indexed = chinese(mini, "k-indexed");
        assertEquals("指数，2025年第二季度 = 100", indexed.unit());
        assertEquals("各系列均以2025年第二季度为100，即各系列都有数据的首个期间；此前的数据未列入。", ChartFacts.sentences(indexed, mini).get(0));
        assertEquals("81（44亿美元）", indexed.series().get(0).points().get(1).text());
        assertEquals("Capital expenditure（实际）", chinese(mini, "k-plan").series().get(0).name());
    }

    @Test
    void derivedFiguresAndFiguresAfterTheAsOfDateAreMarkedInChinese() {
        ChartData bars = chinese(threeYears, "capex-bars");
        assertEquals(List.of(
                "条纹柱为推算值（非公司公布）：Acme（2024年第二季度）。",
                "无数据：Initech（2025年第三季度）。",
                "换算：Acme（2024年第二季度、2025年第二季度）按2025年6月30日汇率1美元兑7.16元；Acme（2025年第三季度）按2025年9月30日汇率1美元兑7.12元。"),
                ChartFacts.sentences(bars, threeYears));
        assertEquals("25亿美元（推算）", bars.series().get(0).points().get(0).text());
        ChartData users = chinese(threeYears, "users-line");
        assertEquals("3亿 users，晚于数据截至日（2025年11月28日）", users.series().get(0).points().get(1).text());
        assertEquals("3 †", users.series().get(0).points().get(1).label());
        assertEquals("亿 users", users.unit(), "the chart's figures reach 10,000万: its unit is 亿");
        assertEquals("标有†的数据晚于数据截至日（2025年11月28日）或在其后才公布：2026年5月。", ChartFacts.sentences(users, threeYears).get(0));
        JFreeChart drawn = ChartRenderer.build(bars, ChartTheme.LIGHT);
        assertEquals(List.of("Acme", "Globex", "Initech", "推算"), legend(drawn));
        assertEquals("Noto Sans SC", drawn.getLegend().getItemFont().getFamily(java.util.Locale.ROOT));
    }

    @Test
    void theEditionIsPartOfTheChartsCacheKey() {
        ChartData english = new ChartPlanner(threeYears).planAll().get("capex-ranking");
        ChartData english2 = new ChartPlanner(threeYears, Language.EN, strings(Language.EN)).planAll().get("capex-ranking");
        assertEquals(Keys.sha256(english), Keys.sha256(english2), "English strings from en.yaml plan the same chart");
        assertNotEquals(Keys.sha256(english), Keys.sha256(chinese(threeYears, "capex-ranking")));
    }

    @Test
    void theEnglishWordsAreThoseOfEnYaml() {
        assertEquals(ChartWords.ENGLISH, ChartWords.of(strings(Language.EN)));
        @SuppressWarnings("unchecked")
        Map<String, Object> section = (Map<String, Object>) strings(Language.EN).model().get("chart");
        List<String> keys = new ArrayList<>();
        flatten("chart", section, keys);
        assertEquals(List.of(), keys.stream().filter(k -> !ChartWords.ENGLISH.text().containsKey(k)).toList(),
                "chart strings of en.yaml that no chart uses: add them to ChartWords.ENGLISH");
    }

    @Test
    void stringsOfAnotherLanguageAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ChartPlanner(mini, Language.EN, zh));
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> m, List<String> out) {
        m.forEach((k, v) -> {
            if (v instanceof Map) {
                flatten(prefix + "." + k, (Map<String, Object>) v, out);
            } else {
                out.add(prefix + "." + k);
            }
        });
    }

    static List<String> legend(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        var items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }

    /** Plans-and-actuals legends say a series' kind once (zh review item 9): no 指引（指引）, no two brackets. */
    @Test
    void aSeriesNamesItsKindOnce() {
        ChartPlanner zhPlanner = new ChartPlanner(mini, Language.ZH, zh);
        ChartPlanner enPlanner = new ChartPlanner(mini);
        assertEquals("2025年资本开支指引", zhPlanner.withKind(metric("2025年资本开支指引", reportsite.data.Metric.Kind.GUIDANCE)));
        assertEquals("三年期投资计划", zhPlanner.withKind(metric("三年期投资计划", reportsite.data.Metric.Kind.PLAN)));
        assertEquals("AI与云投入（过去四个季度，实际）",
                zhPlanner.withKind(metric("AI与云投入（过去四个季度）", reportsite.data.Metric.Kind.ACTUAL)));
        assertEquals("全年资本开支（实际）", zhPlanner.withKind(metric("全年资本开支", reportsite.data.Metric.Kind.ACTUAL)));
        assertEquals("Capex guidance for 2025", enPlanner.withKind(metric("Capex guidance for 2025", reportsite.data.Metric.Kind.GUIDANCE)));
        assertEquals("AI investment (trailing four quarters, actual)",
                enPlanner.withKind(metric("AI investment (trailing four quarters)", reportsite.data.Metric.Kind.ACTUAL)));
        assertEquals("Capital expenditure (actual)", enPlanner.withKind(metric("Capital expenditure", reportsite.data.Metric.Kind.ACTUAL)));
    }

    private static reportsite.data.Metric metric(String label, reportsite.data.Metric.Kind kind) {
        reportsite.data.Metric capex = mini.metric("capex").orElseThrow();
        return new reportsite.data.Metric(capex.id(), label, capex.unit(), capex.noun(), capex.scale(), capex.decimals(), kind,
                capex.description(), capex.derivation());
    }
}
