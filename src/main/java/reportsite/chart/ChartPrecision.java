package reportsite.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * One number of decimals per chart, for its value labels and its ticks: the metric's
 * {@code decimals} in the axis unit, less the trailing decimals that are zero in every figure
 * at that precision (Gemini's 4.5亿 and 9亿 read 4.5 and 9.0, not 4.50 and 9.00): the fewest
 * that tell the figures apart as the metric states them. Figures stated more precisely than
 * the metric (12.01 on a one-decimal axis) are rounded on the chart; the data table under it
 * keeps them as their source gave them.
 */
final class ChartPrecision {

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
        return d;
    }

    /** True if every value, rounded at {@code at} decimals, has no more than {@code fewer}. */
    private static boolean allFitIn(Collection<BigDecimal> values, int at, int fewer) {
        return values.stream().allMatch(v -> Math.max(0, v.setScale(at, RoundingMode.HALF_UP).stripTrailingZeros().scale()) <= fewer);
    }

    /** The decimals of the metric's precision in an axis unit {@code factor} times its own (10 for bn on a 亿 axis). */
    static int inAxisUnit(int metricDecimals, BigDecimal factor) {
        BigDecimal f = factor.stripTrailingZeros();
        int log10 = f.precision() - f.scale() - 1;
        return Math.max(0, metricDecimals - log10);
    }
}
