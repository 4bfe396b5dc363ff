package reportsite.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The value axis of every chart kind, chosen by one rule: a "nice" step (1, 2, 2.5 or 5 times a
 * power of ten) that gives between {@value #MIN} and {@value #MAX} gridlines, the bounds on
 * whole steps. Of the steps that fit, the one nearest {@value #PREFERRED} gridlines wins, a
 * step of 2.5 counting as one and a half gridlines further, and the larger step on a tie. A step never has more decimals than the chart's labels, so that a tick
 * never reads more precisely than the figures it measures. When no step fits (a range that
 * small steps would over-divide and the next larger one covers in two or three), the axis is
 * extended by whole steps above until it has {@value #MIN}.
 *
 * @param lower the first gridline (0 for charts that include zero)
 * @param upper the last gridline
 * @param step the distance between gridlines
 * @param decimals the decimals a tick label needs for this step
 */
public record AxisTicks(BigDecimal lower, BigDecimal upper, BigDecimal step, int decimals) {

    public static final int MIN = 4;
    public static final int MAX = 7;
    static final int PREFERRED = 6;
    private static final int[] MANTISSAS_X10 = {10, 20, 25, 50};

    /** The number of gridlines, bounds included. */
    public int count() {
        return upper.subtract(lower).divide(step, 0, RoundingMode.UNNECESSARY).intValueExact() + 1;
    }

    /**
     * The axis for figures between {@code min} and {@code max} (either may be the 0 a bar
     * chart starts from), whose labels show {@code maxDecimals} decimals.
     */
    public static AxisTicks of(double min, double max, int maxDecimals) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("axis over a non-finite range " + min + " to " + max);
        }
        double lo = Math.min(min, max);
        double hi = Math.max(min, max);
        if (hi == lo) {
            // One value (or all zero): an axis from zero to it, or of one unit around zero.
            hi = lo == 0 ? 1 : Math.max(lo, 0);
            lo = Math.min(lo, 0);
            if (hi == lo) {
                hi = lo + Math.abs(lo);
            }
        }
        AxisTicks best = null;
        double span = hi - lo;
        int top = (int) Math.floor(Math.log10(span)) + 1;
        // Steps from a tenth of the span's power of ten up to ten times it: every step that can
        // give 4–7 gridlines lies in between.
        for (int exp = top - 2; exp <= top; exp++) {
            for (int m : MANTISSAS_X10) {
                BigDecimal step = BigDecimal.valueOf(m).scaleByPowerOfTen(exp - 1).stripTrailingZeros();
                if (decimalsOf(step) > maxDecimals) {
                    continue;
                }
                AxisTicks t = covering(lo, hi, step);
                if (t.count() < MIN || t.count() > MAX) {
                    continue;
                }
                if (best == null || score(t) < score(best) || score(t) == score(best) && t.step.compareTo(best.step) > 0) {
                    best = t;
                }
            }
        }
        if (best != null) {
            return best;
        }
        // No step fits: the smallest step allowed that covers the range in at most MAX gridlines, extended to MIN.
        for (int exp = Math.min(top - 2, -maxDecimals); ; exp++) {
            for (int m : MANTISSAS_X10) {
                BigDecimal step = BigDecimal.valueOf(m).scaleByPowerOfTen(exp - 1).stripTrailingZeros();
                if (decimalsOf(step) > maxDecimals) {
                    continue;
                }
                AxisTicks t = covering(lo, hi, step);
                if (t.count() <= MAX) {
                    return t.count() >= MIN ? t : new AxisTicks(t.lower, t.lower.add(step.multiply(BigDecimal.valueOf(MIN - 1))),
                            step, t.decimals);
                }
            }
        }
    }

    /** Distance from the preferred number of gridlines; a step of 2.5 (ticks 2.5, 7.5) reads less easily than 1, 2 or 5. */
    private static double score(AxisTicks t) {
        boolean quarter = t.step.movePointRight(t.step.scale()).stripTrailingZeros().toPlainString().startsWith("25");
        return Math.abs(t.count() - PREFERRED) + (quarter ? 1.5 : 0);
    }

    private static AxisTicks covering(double lo, double hi, BigDecimal step) {
        BigDecimal s = step;
        BigDecimal lower = BigDecimal.valueOf(Math.floor(BigDecimal.valueOf(lo).divide(s, 12, RoundingMode.HALF_EVEN).doubleValue()))
                .multiply(s);
        BigDecimal upper = BigDecimal.valueOf(Math.ceil(BigDecimal.valueOf(hi).divide(s, 12, RoundingMode.HALF_EVEN).doubleValue()))
                .multiply(s);
        if (upper.compareTo(lower) == 0) {
            upper = lower.add(s);
        }
        return new AxisTicks(lower.stripTrailingZeros(), upper.stripTrailingZeros(), s, decimalsOf(s));
    }

    private static int decimalsOf(BigDecimal x) {
        return Math.max(0, x.stripTrailingZeros().scale());
    }
}
