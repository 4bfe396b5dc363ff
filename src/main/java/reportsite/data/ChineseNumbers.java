package reportsite.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Magnitudes written the Chinese way: in 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), the largest that
 * fits, so 38.68 billion is 386.8亿 and 1,300 trillion is 1,300万亿. 万亿 is the largest unit:
 * larger figures keep it and grow their digits (1,300万亿, never 1.3千万亿 or 13亿亿), which is
 * how Chinese financial and technology writing states token counts.
 *
 * <p>A figure is its English form rewritten (CN¥38.68 bn is 386.8亿, CN¥38.7 bn is 387亿), with
 * at most {@value #MAX_DECIMALS} decimals in its unit (rounded half up) and no trailing zeros.
 * When that rounding reaches 10,000 of a unit, the figure moves up to the next unit (9,999.995万
 * at two decimals is 1亿, not 10,000万).
 */
final class ChineseNumbers {

    /** A number in a Chinese unit: {@code digits} are grouped ("1,300"), {@code unit} may be "". */
    record Magnitude(String digits, String unit) {
        @Override
        public String toString() {
            return digits + unit;
        }
    }

    static final int MAX_DECIMALS = 2;
    private static final int[] EXPONENTS = {12, 8, 4};
    private static final String[] UNITS = {"万亿", "亿", "万"};
    private static final BigDecimal CARRY = BigDecimal.valueOf(10_000);

    private ChineseNumbers() {
    }

    /**
     * @param x the figure in the metric's scale
     * @param scale the metric's scale
     * @param decimals the decimals the English form shows in that scale
     */
    static Magnitude magnitude(BigDecimal x, Scale scale, int decimals) {
        // The figure the English edition shows, so both editions state the same number.
        BigDecimal absolute = x.abs().setScale(decimals, RoundingMode.HALF_UP).multiply(scale.factor());
        int quantumExponent = exponent(scale) - decimals;
        int unit = unitIndex(absolute);
        while (true) {
            int exp = unit < UNITS.length ? EXPONENTS[unit] : 0;
            int places = Math.max(0, Math.min(MAX_DECIMALS, exp - quantumExponent));
            BigDecimal shown = absolute.movePointLeft(exp).setScale(places, RoundingMode.HALF_UP);
            if (shown.compareTo(CARRY) >= 0 && unit > 0) {
                unit--; // 10,000 of a unit is one of the next: carry, then round in that unit
                continue;
            }
            String digits = ValueFormatter.number(shown.stripTrailingZeros(), Math.max(0, shown.stripTrailingZeros().scale()));
            return new Magnitude(digits, unit < UNITS.length ? UNITS[unit] : "");
        }
    }

    /** Index into {@link #UNITS} of the largest unit not above {@code absolute}; {@code UNITS.length} for none. */
    private static int unitIndex(BigDecimal absolute) {
        for (int i = 0; i < EXPONENTS.length; i++) {
            if (absolute.compareTo(BigDecimal.ONE.scaleByPowerOfTen(EXPONENTS[i])) >= 0) {
                return i;
            }
        }
        return UNITS.length;
    }

    /** The unit a chart axis uses for a scale, so all its labels share one unit; "" for none. */
    static String axisUnit(Scale scale) {
        return switch (scale) {
            case NONE, THOUSAND -> "";
            case MILLION -> "万";
            case BILLION -> "亿";
            case TRILLION -> "万亿";
        };
    }

    /** What a figure in {@code scale} is multiplied by to be in {@link #axisUnit}. */
    static BigDecimal axisFactor(Scale scale) {
        return switch (scale) {
            case NONE -> BigDecimal.ONE;
            case THOUSAND -> BigDecimal.valueOf(1000);
            case MILLION -> BigDecimal.valueOf(100);
            case BILLION -> BigDecimal.TEN;
            case TRILLION -> BigDecimal.ONE;
        };
    }

    /** Decimals a figure keeps when its scale changes by {@code axisFactor} (a factor of 10 costs one). */
    static int axisDecimals(Scale scale, int decimals) {
        return Math.max(0, decimals - axisFactor(scale).precision() + 1);
    }

    /** The units of a chart axis, each 10⁴ of the one before. */
    private static final String[] LADDER = {"", "万", "亿", "万亿"};

    /** As {@link #axisUnit(Scale)}, {@code shift} steps of 10⁴ higher (a chart whose figures reach 10,000 of it). */
    static String axisUnit(Scale scale, int shift) {
        return LADDER[Math.min(LADDER.length - 1, Arrays.asList(LADDER).indexOf(axisUnit(scale)) + shift)];
    }

    /** As {@link #axisFactor(Scale)}, for the unit {@code shift} steps higher. */
    static BigDecimal axisFactor(Scale scale, int shift) {
        return axisFactor(scale).movePointLeft(4 * shift);
    }

    /** How many steps of 10⁴ the axis unit of {@code scale} can still rise (万亿 is the last). */
    static int maxShift(Scale scale) {
        return LADDER.length - 1 - Arrays.asList(LADDER).indexOf(axisUnit(scale));
    }

    private static int exponent(Scale scale) {
        return -scale.factor().scale();
    }
}
