package reportsite.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one tick rule of every chart's value axis, and the one number of decimals of its labels. */
class AxisTicksTest {

    @Test
    void capexQuarterlyHasFiveGridlinesNotTwenty() {
        // c783d8b drew 0, 2, 4 … 38: twenty ticks for figures up to 35.7 with headroom.
        AxisTicks t = AxisTicks.of(0, 35.7 * 1.12, 1);
        assertEquals("0 10 20 30 40", ticks(t));
    }

    @Test
    void nearSixGridlinesWinsAndTheLargerStepOnATie() {
        assertEquals("0 20 40 60 80 100", ticks(AxisTicks.of(0, 100, 0)));
        assertEquals("0 500 1000 1500 2000", ticks(AxisTicks.of(0, 1900, 0)));
        assertEquals("80 100 120 140 160 180 200", ticks(AxisTicks.of(85, 195, 0)));
        assertEquals("0 2 4 6 8 10 12", ticks(AxisTicks.of(0, 10.35, 1)));
    }

    @Test
    void aStepHasNoMoreDecimalsThanTheLabels() {
        // From 0 to 1.2 a step of 0.2 would fit, but the labels show whole numbers: 0 1 2 3.
        AxisTicks whole = AxisTicks.of(0, 1.2, 0);
        assertEquals("0 1 2 3", ticks(whole));
        assertEquals(0, whole.decimals());
        AxisTicks tenths = AxisTicks.of(0, 1.2, 1);
        assertEquals("0 0.2 0.4 0.6 0.8 1 1.2", ticks(tenths));
        assertEquals(1, tenths.decimals());
    }

    @Test
    void aRangeAwayFromZeroAndBelowIt() {
        assertEquals("-20 -10 0 10 20 30", ticks(AxisTicks.of(-15, 26, 0)));
        assertEquals("0 1 2 3", ticks(AxisTicks.of(0, 0, 0)));
        assertEquals("0 2 4 6 8 10", ticks(AxisTicks.of(9.7, 9.7, 1)));
    }

    /** The property of the rule: any range, any decimals, 4–7 gridlines that cover it, on whole steps. */
    @Test
    void randomRangesAlwaysGetFourToSevenGridlinesCoveringThem() {
        Random random = new Random(27);
        for (int i = 0; i < 20_000; i++) {
            double scale = Math.pow(10, random.nextInt(12) - 4);
            double a = (random.nextDouble() * 2 - (random.nextInt(4) == 0 ? 1 : 0)) * scale;
            double b = random.nextInt(5) == 0 ? 0 : a + random.nextDouble() * scale * (random.nextBoolean() ? 1 : 0.01);
            int decimals = random.nextInt(4);
            AxisTicks t = AxisTicks.of(a, b, decimals);
            String what = a + " to " + b + " at " + decimals + " decimals: " + ticks(t);
            assertTrue(t.count() >= AxisTicks.MIN && t.count() <= AxisTicks.MAX, what);
            assertTrue(t.lower().doubleValue() <= Math.min(a, b) && t.upper().doubleValue() >= Math.max(a, b), what);
            assertTrue(t.decimals() <= decimals, what);
            assertEquals(0, t.lower().remainder(t.step()).signum(), what);
            BigDecimal m = t.step().movePointRight(t.step().scale()).stripTrailingZeros();
            BigDecimal mantissa = m.movePointLeft(m.precision() - 1);
            assertTrue(List.of("1", "2", "2.5", "5").contains(mantissa.stripTrailingZeros().toPlainString()), what);
        }
    }

    @Test
    void decimalsAreTheMetricsTrimmedOfZerosEveryFigureHas() {
        assertEquals(1, ChartPrecision.decimals(decimals("12.01", "13.2", "13.06", "24", "35.7"), 1));
        assertEquals(1, ChartPrecision.decimals(decimals("9", "4.5", "6.5"), 2));
        assertEquals(0, ChartPrecision.decimals(decimals("480", "980", "1300", "3200"), 1));
        assertEquals(0, ChartPrecision.decimals(decimals("26", "34"), 0));
    }

    @Test
    void convertedFiguresReadAtTheMetricsDecimals() {
        // Alibaba's yuan converted to dollars: 4.421 and 4.425 both read 4.4, as the metric says.
        assertEquals(1, ChartPrecision.decimals(decimals("1.686", "4.421", "4.425", "35.7"), 1));
    }

    @Test
    void decimalsInAnAxisUnit() {
        assertEquals(0, ChartPrecision.inAxisUnit(1, BigDecimal.TEN));
        assertEquals(2, ChartPrecision.inAxisUnit(0, new BigDecimal("0.01")));
        assertEquals(1, ChartPrecision.inAxisUnit(1, BigDecimal.ONE));
    }

    private static List<BigDecimal> decimals(String... xs) {
        return java.util.Arrays.stream(xs).map(BigDecimal::new).toList();
    }

    private static String ticks(AxisTicks t) {
        StringBuilder sb = new StringBuilder();
        for (BigDecimal v = t.lower(); v.compareTo(t.upper()) <= 0; v = v.add(t.step())) {
            sb.append(sb.length() == 0 ? "" : " ").append(v.stripTrailingZeros().toPlainString());
        }
        return sb.toString();
    }
}
