package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reportsite.data.ChartSpec;
import reportsite.data.ChartSpec.ChartKind;
import reportsite.data.Dataset;
import reportsite.data.MiniData;

/** Every kind of chart, planned from a small dataset and drawn. */
class ChartRenderingTest {

    /** The mini dataset with one more Globex quarter and a chart of every kind. */
    static final String YAML = MiniData.BASE.replace("charts:\n", """
              - {entity: globex, metric: capex, period: 2025-Q1, value: 17.2, sources: [2], confidence: high}
              - {entity: acme, metric: capex, period: FY2026-Q2, value: 31.5, sources: [1], confidence: medium}
              - {entity: globex, metric: users, period: 2025-07, value: 450, sources: [2], confidence: medium}
            charts:
            """) + """
              - {id: k-line, kind: line, metric: users, title: Users}
              - {id: k-hbar, kind: hbar, metric: capex, currency: USD, title: Newest capex}
              - {id: k-stacked, kind: stacked_bar, metric: capex, currency: USD, title: Stacked}
              - {id: k-indexed, kind: indexed, metric: capex, currency: USD, title: Indexed}
              - {id: k-plan, kind: planned_vs_actual, metric: capex, entities: [acme], title: Acme capex}
              - {id: acme-only, kind: grouped_bar, metric: capex, entities: [acme], title: Acme in yuan}
            """;

    @TempDir
    static Path dir;

    static Dataset data;
    static Map<String, ChartData> planned = new HashMap<>();
    static Map<String, ChartImage> images = new HashMap<>();

    @BeforeAll
    static void renderAll() {
        data = MiniData.loadValid(dir, YAML);
        ChartPlanner planner = new ChartPlanner(data);
        for (ChartSpec spec : data.charts()) {
            ChartData c = planner.plan(spec);
            planned.put(spec.id(), c);
            images.put(spec.id(), ChartRenderer.render(c));
        }
    }

    private static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertTrue(image != null, "not a PNG");
            return image;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ChartSpec specOf(ChartKind kind) {
        return data.charts().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void everyKindIsCovered() {
        assertEquals(EnumSet.allOf(ChartKind.class), data.charts().stream().map(ChartSpec::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChartKind.class))));
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void rendersEveryKindAtBothSizesAndThemes(ChartKind kind) {
        ChartImage img = images.get(specOf(kind).id());
        for (byte[] png : List.of(img.png1x(), img.dark1x())) {
            BufferedImage i = decode(png);
            assertEquals(720, i.getWidth());
            assertEquals(405, i.getHeight());
        }
        for (byte[] png : List.of(img.png2x(), img.dark2x())) {
            BufferedImage i = decode(png);
            assertEquals(1440, i.getWidth());
            assertEquals(810, i.getHeight());
        }
        assertEquals(0xFFFFFF, decode(img.png1x()).getRGB(2, 2) & 0xFFFFFF, "light background");
        assertEquals(0x161B22, decode(img.dark1x()).getRGB(2, 2) & 0xFFFFFF, "dark background");
        assertTrue(planned.get(specOf(kind).id()).series().stream().mapToInt(s -> s.points().size()).sum() > 0);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void renderingIsDeterministic(ChartKind kind) {
        ChartData c = new ChartPlanner(data).plan(specOf(kind));
        ChartImage again = ChartRenderer.render(c);
        ChartImage first = images.get(c.spec().id());
        assertArrayEquals(first.png1x(), again.png1x());
        assertArrayEquals(first.png2x(), again.png2x());
        assertArrayEquals(first.dark2x(), again.dark2x());
    }

    /** The most frequent saturated (non-grey) colours of an image, most frequent first. */
    private static List<Integer> dominantColours(BufferedImage image, int n) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    counts.merge(rgb, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(n).map(Map.Entry::getKey).toList();
    }

    @Test
    void barsHaveTheEntityColours() {
        Set<Integer> expected = data.entities().stream().map(e -> Integer.parseInt(e.colour().substring(1), 16))
                .collect(Collectors.toSet());
        BufferedImage bars = decode(images.get("capex-chart").png1x());
        assertEquals(expected, Set.copyOf(dominantColours(bars, 2)));
        BufferedImage hbar = decode(images.get("k-hbar").png1x());
        assertEquals(expected, Set.copyOf(dominantColours(hbar, 2)));
    }

    @Test
    void aBarSampledAtItsMiddleHasTheEntityColour() {
        // Acme alone: the colour of the biggest saturated area is Acme's, and some pixel in the middle row of the plot has it.
        BufferedImage image = decode(images.get("acme-only").png1x());
        int acme = Integer.parseInt(data.entity("acme").orElseThrow().colour().substring(1), 16);
        assertEquals(acme, dominantColours(image, 1).get(0));
        long inMiddleRow = Arrays.stream(image.getRGB(0, image.getHeight() / 2, image.getWidth(), 1, null, 0, image.getWidth()))
                .filter(rgb -> (rgb & 0xFFFFFF) == acme).count();
        assertTrue(inMiddleRow >= 20, "a bar crosses the middle of the plot: " + inMiddleRow);
    }

    @Test
    void altTextAndTableStateTheFiguresOfTheData() {
        ChartData acmeOnly = planned.get("acme-only");
        String alt = ChartDescription.altText(acmeOnly);
        assertTrue(alt.startsWith("Bar chart: Acme in yuan (CN¥ bn). "), alt);
        assertTrue(alt.contains("Acme Corp: Q2 2025 CN¥38.68 bn, Q3 2025 CN¥31.5 bn."), alt);
        ChartDescription.Table table = ChartDescription.table(acmeOnly);
        assertEquals(List.of("Acme Corp"), table.columns());
        assertEquals(List.of("Q2 2025", "Q3 2025"), table.rows().stream().map(ChartDescription.Row::category).toList());
        assertEquals(List.of("CN¥38.68 bn", "CN¥31.5 bn"),
                table.rows().stream().map(r -> r.cells().get(0).text()).toList());
        assertEquals(List.of(1), table.rows().get(0).cells().get(0).sources());

        // Converted: 38.68 / 7.16 = 5.40; the rate is stated.
        ChartData usd = planned.get("capex-chart");
        String usdAlt = ChartDescription.altText(usd);
        assertTrue(usdAlt.contains("Globex: Q1 2025 US$17.2 bn, Q2 2025 US$22.4 bn"), usdAlt);
        assertTrue(usdAlt.contains("Acme Corp: Q2 2025 US$5.4 bn"), usdAlt);
        assertTrue(usdAlt.endsWith("Converted at 7.16 CNY per USD, 30 Jun 2025."), usdAlt);
        ChartDescription.Table t = ChartDescription.table(usd);
        assertEquals(List.of("Q1 2025", "Q2 2025", "Q3 2025"), t.rows().stream().map(ChartDescription.Row::category).toList());
    }

    @Test
    void boundsKeepTheirQualifier() {
        String alt = ChartDescription.altText(planned.get("k-line"));
        assertTrue(alt.contains("May 2025 > 400 million users"), alt);
        assertTrue(alt.contains("Jul 2025 450 million users"), alt);
    }

    @Test
    void csvHasAHeaderAndOneLinePerPoint() {
        for (ChartData c : planned.values()) {
            String csv = ChartDescription.csv(c);
            List<String> lines = csv.lines().filter(l -> !l.startsWith("#")).toList();
            assertEquals("\uFEFFseries,category,period,period code,value,label,exact,derived,unit,fx_rate,sources", lines.get(0));
            int points = c.series().stream().mapToInt(s -> s.points().size()).sum();
            assertEquals(points + 1, lines.size(), c.spec().id() + ":\n" + csv);
        }
        String csv = ChartDescription.csv(planned.get("acme-only"));
        assertTrue(csv.contains("\nAcme Corp,Q2 2025,FY2026 Q1 (Apr–Jun 2025),FY2026-Q1,38.68,CN¥38.68 bn,yes,no,CN¥ bn,,1\n"), csv);
        assertTrue(ChartDescription.csv(planned.get("capex-chart")).endsWith("# Converted at 7.16 CNY per USD, 30 Jun 2025.\n"));
    }

    @Test
    void csvFieldsAreQuotedAndSafeForSpreadsheets() {
        assertEquals("\"a, b\"", ChartDescription.csvField("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", ChartDescription.csvField("say \"hi\""));
        assertEquals("'=cmd()", ChartDescription.csvField("=cmd()"));
        assertEquals("-3.5", ChartDescription.csvField("-3.5"));
    }

    @Test
    void fiscalQuartersLandOnCalendarQuarters() {
        ChartData c = planned.get("capex-chart");
        assertEquals(List.of("Q1 2025", "Q2 2025", "Q3 2025"), c.categories());
        ChartData.Series acme = c.series().stream().filter(s -> s.name().equals("Acme Corp")).findFirst().orElseThrow();
        assertEquals("#E8590C", acme.colour());
        assertEquals(List.of("Q2 2025", "Q3 2025"), acme.points().stream().map(ChartData.Point::category).toList(),
                "FY2026-Q1 and -Q2 of an April fiscal year are calendar Q2 and Q3 2025");
        assertEquals("US$ bn", c.unit());
    }

    @Test
    void indexedStartsAt100AndHbarIsSortedDescending() {
        ChartData idx = planned.get("k-indexed");
        for (ChartData.Series s : idx.series()) {
            assertEquals(0, s.points().get(0).value().compareTo(java.math.BigDecimal.valueOf(100)), s.name());
        }
        ChartData hbar = planned.get("k-hbar");
        List<java.math.BigDecimal> values = hbar.series().stream().map(s -> s.points().get(0).value()).toList();
        assertTrue(values.get(0).compareTo(values.get(1)) >= 0, values.toString());
        // Acme's newest is Q3 2025, Globex's Q2 2025: the bars show the latest quarter both have.
        assertEquals(List.of("Globex (Q2 2025)", "Acme Corp (Q2 2025)"), hbar.categories());
    }
}
