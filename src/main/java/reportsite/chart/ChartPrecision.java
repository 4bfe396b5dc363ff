package reportsite.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One number of decimals per chart, for its value labels and its ticks: the metric's
 * {@code decimals} in the axis unit, less the trailing decimals that are zero in every figure
 * (Gemini's 4.5 and 9亿 read 4.5 and 9.0, not 4.50 and 9.00), and more, up to two, when two
 * different figures would otherwise read the same (13.2 and 13.06 at no decimal).
 */
final class ChartPrecision {

    /** How many decimals beyond the metric's a chart may show to tell its figures apart. */
    static final int EXTRA = 2;

    private ChartPrecision() {
    }

    /**
     * @param values every figure the chart draws, in its axis unit (both ends of a range)
     * @param preferred the metric's decimals in the axis unit
     */
    static int decimals(Collection<BigDecimal> values, int preferred) {
        int d = Math.max(0, preferred);
        while (d > 0 && allFitIn(values, preferred, d - 1)) {
            d--;
        }
        while (d < preferred + EXTRA && !apart(values, d)) {
            d++;
        }
        return d;
    }

    /** True if every value, rounded at {@code at} decimals, has no more than {@code fewer}. */
    private static boolean allFitIn(Collection<BigDecimal> values, int at, int fewer) {
        return values.stream().allMatch(v -> Math.max(0, v.setScale(at, RoundingMode.HALF_UP).stripTrailingZeros().scale()) <= fewer);
    }

    /** True if no two different values read the same at {@code d} decimals. */
    private static boolean apart(Collection<BigDecimal> values, int d) {
        Map<BigDecimal, BigDecimal> seen = new HashMap<>();
        for (BigDecimal v : values) {
            BigDecimal shown = v.setScale(d, RoundingMode.HALF_UP);
            BigDecimal before = seen.putIfAbsent(shown, v);
            if (before != null && before.compareTo(v) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The decimals of the metric's precision in an axis unit {@code factor} times its own (10 for bn on a 亿 axis). */
    static int inAxisUnit(int metricDecimals, BigDecimal factor) {
        BigDecimal f = factor.stripTrailingZeros();
        int log10 = f.precision() - f.scale() - 1;
        return Math.max(0, metricDecimals - log10);
    }

    static int max(List<Integer> decimals) {
        return decimals.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
