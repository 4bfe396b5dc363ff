package reportsite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static reportsite.data.ValueFormatterTest.CAPEX;
import static reportsite.data.ValueFormatterTest.GROWTH;
import static reportsite.data.ValueFormatterTest.MODELS;
import static reportsite.data.ValueFormatterTest.TOKENS;
import static reportsite.data.ValueFormatterTest.YOY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import reportsite.data.ValueFormatter.Style;

/** The Chinese edition's numbers, dates and periods (docs/data-format.md, "Numbers in the Chinese edition"). */
class ChineseValuesTest {

    private static final Metric MILLIONS = new Metric("rev", "Revenue", Metric.Unit.MONEY, "", Scale.MILLION, 1,
            Metric.Kind.ACTUAL, "", "");
    private static final Metric PLAIN_MONEY = new Metric("p", "Price", Metric.Unit.MONEY, "", Scale.NONE, 2,
            Metric.Kind.ACTUAL, "", "");

    private static String zh(Metric m, Value v, String currency) {
        return ValueFormatter.format(Language.ZH, m, v, currency, false, Style.PROSE);
    }

    private static String zhComputed(Metric m, Value v, String currency) {
        return ValueFormatter.format(Language.ZH, m, v, currency, true, Style.PROSE);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Period period(String label, int fiscalStart) {
        return PeriodParser.parse(label, fiscalStart).orElseThrow();
    }

    @Test
    void moneyInYiAndWan() {
        assertEquals("386.8亿元", zh(CAPEX, new Value.Exact(d("38.68")), "CNY"), "bn → 亿 costs one decimal");
        assertEquals("240亿美元", zh(CAPEX, new Value.Exact(d("24")), "USD"));
        assertEquals("240亿美元", zh(CAPEX, new Value.Exact(d("24.0")), "USD"), "a tenth of a billion is one 亿: no decimal to keep");
        assertEquals("334.0亿元", zh(CAPEX, new Value.Exact(d("33.40")), "CNY"), "the stated hundredth of a billion is a tenth of 亿");
        assertEquals("387亿元", zhComputed(CAPEX, new Value.Exact(d("38.68")), "CNY"), "computed: the metric's decimals");
        assertEquals("3,200亿美元", zh(CAPEX, new Value.Exact(d("320")), "USD"));
        assertEquals("1.2万亿美元", zh(CAPEX, new Value.Exact(d("1200")), "USD"), "10,000亿 and more is 万亿");
        assertEquals("5亿元", zh(CAPEX, new Value.Exact(d("0.5")), "CNY"));
        assertEquals("4,000万元", zh(CAPEX, new Value.Exact(d("0.04")), "CNY"), "below 1亿: 万");
        assertEquals("5,000万元", zh(CAPEX, new Value.Exact(d("0.045")), "CNY"), "as English, which shows CN¥0.05 bn");
        assertEquals("850万港元", zh(MILLIONS, new Value.Exact(d("8.5")), "HKD"));
        assertEquals("12.5欧元", zh(PLAIN_MONEY, new Value.Exact(d("12.5")), "EUR"), "below 1万: no unit");
        assertEquals("30亿 CHF", zh(CAPEX, new Value.Exact(d("3")), "CHF"), "an unknown currency keeps its code");
        assertEquals("−12亿美元", zh(CAPEX, new Value.Exact(d("-1.2")), "USD"));
        assertEquals("0元", zhComputed(CAPEX, new Value.Exact(d("-0.00001")), "CNY"),
                "English shows CN¥0.0 bn: the same figure, without a sign");
    }

    @Test
    void countsUseTheLargestUnitUpToWanYi() {
        assertEquals("1,300万亿 tokens", zh(TOKENS, new Value.Exact(d("1300")), "USD"),
                "万亿 is the largest unit: never 千万亿 or 亿亿");
        assertEquals("980万亿 tokens", zh(TOKENS, new Value.Exact(d("980")), "USD"));
        assertEquals("14万 models", zh(MODELS, new Value.Exact(d("140000")), "USD"));
        Metric zhNoun = new Metric("m", "模型", Metric.Unit.COUNT, "个模型", Scale.NONE, 0, Metric.Kind.ACTUAL, "", "");
        assertEquals("14万个模型", zh(zhNoun, new Value.Exact(d("140000")), "USD"), "a Chinese noun joins the number");
        assertEquals("9,999个模型", zh(zhNoun, new Value.Exact(d("9999")), "USD"));
    }

    @Test
    void boundsAndApproximationsReadNaturally() {
        assertEquals("超过1,000亿元", zh(CAPEX, new Value.MoreThan(d("100")), "CNY"));
        assertEquals("低于5%", zh(GROWTH, new Value.LessThan(d("5")), "USD"));
        assertEquals("约130.6亿美元", zh(CAPEX, new Value.About(d("13.06")), "USD"));
        assertEquals("> 1,000亿元", ValueFormatter.format(Language.ZH, CAPEX, new Value.MoreThan(d("100")), "CNY", false,
                Style.SHORT), "tables and charts keep the signs");
        assertEquals("≈ 26%", ValueFormatter.format(Language.ZH, GROWTH, new Value.About(d("26")), "USD", false, Style.SHORT));
        assertEquals("+220%", zhComputed(YOY, new Value.Exact(d("220.0000001")), "USD"));
        assertEquals("两位数", zh(GROWTH, new Value.Text("两位数"), "USD"), "words are the author's");
    }

    @Test
    void ranges() {
        assertEquals("910亿至930亿美元", zh(CAPEX, new Value.Range(d("91"), d("93")), "USD"), "each end has its unit, joined by 至");
        assertEquals("9,000万至1.2亿元", zh(CAPEX, new Value.Range(d("0.09"), d("0.12")), "CNY"));
        assertEquals("20%至25%", zh(GROWTH, new Value.Range(d("20"), d("25")), "USD"));
    }

    @Test
    void chartLabelsAndUnits() {
        assertEquals("亿元", ValueFormatter.unitLabel(Language.ZH, CAPEX, "CNY"));
        assertEquals("亿美元", ValueFormatter.unitLabel(Language.ZH, CAPEX, "USD"));
        assertEquals("万亿 tokens", ValueFormatter.unitLabel(Language.ZH, TOKENS, "USD"));
        assertEquals("%", ValueFormatter.unitLabel(Language.ZH, GROWTH, "USD"));
        assertEquals("386.8", ValueFormatter.compact(Language.ZH, CAPEX, new Value.Exact(d("38.68")), false),
                "a label is in the axis unit, not the figure's own");
        assertEquals("> 1,000", ValueFormatter.compact(Language.ZH, CAPEX, new Value.MoreThan(d("100")), false));
        assertEquals("910–930", ValueFormatter.compact(Language.ZH, CAPEX, new Value.Range(d("91"), d("93")), false));
        assertEquals("26%", ValueFormatter.compact(Language.ZH, GROWTH, new Value.Exact(d("26")), false));
        assertEquals("1,300", ValueFormatter.compact(Language.ZH, TOKENS, new Value.Exact(d("1300")), false));
    }

    /** A chart whose figures reach 10,000 of its metric's unit draws them in the next: 9亿, not 90,000万. */
    @Test
    void aChartsUnitRisesWithItsLargestFigure() {
        Metric users = new Metric("u", "Users", Metric.Unit.COUNT, "名用户", Scale.MILLION, 0, Metric.Kind.ACTUAL, "", "");
        assertEquals(0, ValueFormatter.shift(Language.ZH, users, d("9999")), "9,999万 stays in 万");
        assertEquals(1, ValueFormatter.shift(Language.ZH, users, d("90000")));
        assertEquals(2, ValueFormatter.shift(Language.ZH, users, d("900000000")), "万亿 at most");
        assertEquals(2, ValueFormatter.shift(Language.ZH, users, d("9000000000000")));
        assertEquals(0, ValueFormatter.shift(Language.ZH, ValueFormatterTest.TOKENS, d("20000")), "万亿 is the last unit");
        assertEquals(0, ValueFormatter.shift(Language.ZH, GROWTH, d("25000")), "a percentage has no unit to raise");
        assertEquals("亿名用户", ValueFormatter.unitLabel(Language.ZH, users, "USD", 1));
        assertEquals("9", ValueFormatter.compact(Language.ZH, users, new Value.Exact(d("900")), false, 1));
        assertEquals("> 4.5", ValueFormatter.compact(Language.ZH, users, new Value.MoreThan(d("450")), false, 1));
        assertEquals("0.085", ValueFormatter.compact(Language.ZH, users, new Value.Exact(d("8.5")), false, 1), "a small one keeps its digits");
        assertEquals(0, new BigDecimal("9").compareTo(ValueFormatter.axisValue(Language.ZH, users, d("900"), 1)));
        assertEquals("900", ValueFormatter.compact(Language.EN, users, new Value.Exact(d("900")), false, 1), "English keeps its unit");
    }

    @Test
    void datesAndPeriods() {
        assertEquals("2025年9月30日", ValueFormatter.date(Language.ZH, LocalDate.of(2025, 9, 30)));
        assertEquals("30 Sep 2025", ValueFormatter.date(Language.EN, LocalDate.of(2025, 9, 30)));
        assertEquals("2025年", ValueFormatter.period(Language.ZH, period("2025", 1)));
        assertEquals("2025年第三季度", ValueFormatter.period(Language.ZH, period("2025-Q3", 1)));
        assertEquals("2025年6月", ValueFormatter.period(Language.ZH, period("2025-06", 1)));
        assertEquals("2025年7月23日", ValueFormatter.period(Language.ZH, period("2025-07-23", 1)));
        assertEquals("2026财年", ValueFormatter.period(Language.ZH, period("FY2026", 4)));
        assertEquals("2026财年第二季度", ValueFormatter.period(Language.ZH, period("FY2026-Q2", 4)));
        assertEquals("2026财年第二季度（2025年7–9月）", ValueFormatter.periodWithSpan(Language.ZH, period("FY2026-Q2", 4)),
                "fiscal quarters give their calendar months, as in English");
        assertEquals("FY2026 Q2 (Jul–Sep 2025)", ValueFormatter.periodWithSpan(Language.EN, period("FY2026-Q2", 4)));
        assertEquals("2026财年第四季度（2026年1–3月）", ValueFormatter.periodWithSpan(Language.ZH, period("FY2026-Q4", 4)));
        assertEquals("2026财年（2025年4月–2026年3月）", ValueFormatter.periodWithSpan(Language.ZH, period("FY2026", 4)));
        assertEquals("2025年第三季度", ValueFormatter.periodWithSpan(Language.ZH, period("2025-Q3", 1)),
                "calendar periods need no span");
    }

    @Test
    void roundingCarriesToTheNextUnit() {
        Metric wan = new Metric("n", "N", Metric.Unit.COUNT, "", Scale.NONE, 0, Metric.Kind.ACTUAL, "", "");
        assertEquals("1亿", zh(wan, new Value.Exact(d("99999950")), "USD"), "9,999.995万 → 1亿, never 10,000万");
        assertEquals("9,999.95万", zh(wan, new Value.Exact(d("99999500")), "USD"), "two decimals of 万 are kept");
        Metric k = new Metric("n", "N", Metric.Unit.COUNT, "", Scale.THOUSAND, 0, Metric.Kind.ACTUAL, "", "");
        assertEquals("1亿", zh(k, new Value.Exact(d("99999.995")), "USD"), "2 decimals of 万: 9,999.9995万 rounds up");
        assertEquals("1万亿美元", zhComputed(CAPEX, new Value.Exact(d("999.996")), "USD"),
                "English shows US$1,000.0 bn, 1万亿 (not 10,000亿)");
        assertEquals("1万元", zh(PLAIN_MONEY, new Value.Exact(d("9999.999")), "CNY"), "9,999.999 at 2 decimals is 1万");
        assertEquals("10,000万亿 tokens", zh(TOKENS, new Value.Exact(d("10000")), "USD"), "万亿 does not carry further");
    }

    private static final Pattern SHOWN = Pattern.compile("(−?)([0-9,]+(?:\\.[0-9]+)?)(万亿|亿|万)?.*");

    /**
     * Property: any amount in any scale reads back within half a step of its last shown digit
     * to the figure the English edition shows,
     * in the largest unit not above it, with 1 ≤ digits < 10,000 below 万亿 (so every carry
     * moved to the next unit), no trailing zeros, at most two decimals.
     */
    @Test
    void anyFigureReadsBackInTheRightUnit() {
        Random random = new Random(18);
        Scale[] scales = Scale.values();
        for (int i = 0; i < 20_000; i++) {
            Scale scale = scales[random.nextInt(scales.length)];
            Metric.Unit unit = random.nextBoolean() ? Metric.Unit.MONEY : Metric.Unit.COUNT;
            Metric m = new Metric("m", "M", unit, "", scale, random.nextInt(4), Metric.Kind.ACTUAL, "", "");
            BigDecimal x = random.nextInt(3) == 0 ? nearBoundary(random, scale) : BigDecimal.valueOf(
                    random.nextLong() % (random.nextBoolean() ? 10_000_000_000L : 100L), random.nextInt(7));
            boolean computed = random.nextBoolean();
            String text = ValueFormatter.format(Language.ZH, m, new Value.Exact(x), "CNY", computed, Style.PROSE);
            String desc = scale + " " + x + (computed ? " computed d=" + m.decimals() : "") + " -> " + text;
            Matcher match = SHOWN.matcher(text);
            assertTrue(match.matches(), desc);
            assertEquals(x.signum() < 0 && !match.group(2).matches("[0,.]+"), !match.group(1).isEmpty(), "sign: " + desc);
            String digits = match.group(2).replace(",", "");
            String cjk = match.group(3) == null ? "" : match.group(3);
            int exponent = switch (cjk) {
                case "万亿" -> 12;
                case "亿" -> 8;
                case "万" -> 4;
                default -> 0;
            };
            BigDecimal shown = new BigDecimal(digits);
            // The Chinese figure restates the English one: compare with what English shows.
            BigDecimal absolute = x.abs().setScale(ValueFormatter.decimals(m, x, computed), RoundingMode.HALF_UP)
                    .multiply(scale.factor());
            int places = Math.max(0, shown.scale());
            assertTrue(places <= 2, desc);
            boolean statedZero = !computed && x.scale() > 0 && x.scale() <= 2 && x.stripTrailingZeros().scale() < x.scale();
            assertFalse(!statedZero && digits.contains(".") && digits.endsWith("0"),
                    "no trailing zeros but those the figure states: " + desc);
            BigDecimal step = BigDecimal.ONE.movePointLeft(places).scaleByPowerOfTen(exponent);
            BigDecimal error = shown.scaleByPowerOfTen(exponent).subtract(absolute).abs();
            assertTrue(error.compareTo(step.divide(BigDecimal.valueOf(2))) <= 0, "within half a step: " + desc);
            if (exponent > 0 && exponent < 12) {
                assertTrue(shown.compareTo(BigDecimal.valueOf(10_000)) < 0, "carried: " + desc);
            }
            if (exponent > 0) {
                assertTrue(shown.compareTo(BigDecimal.ONE) >= 0, "largest unit not above: " + desc);
            } else {
                assertTrue(shown.compareTo(BigDecimal.valueOf(10_000)) < 0, "10,000 and more has a unit: " + desc);
            }
        }
    }

    /** A figure just below 1万, 1亿 or 1万亿 (in absolute terms), written in {@code scale}. */
    private static BigDecimal nearBoundary(Random random, Scale scale) {
        int[] exponents = {4, 8, 12};
        int e = exponents[random.nextInt(exponents.length)];
        BigDecimal below = BigDecimal.ONE.scaleByPowerOfTen(e)
                .subtract(BigDecimal.valueOf(1 + random.nextInt(999)).scaleByPowerOfTen(e - 4 - random.nextInt(5)));
        return below.divide(scale.factor()).stripTrailingZeros();
    }

    @Test
    void englishIsUnchangedByTheLanguageArgument() {
        Value v = new Value.About(d("13.06"));
        assertEquals(ValueFormatter.format(CAPEX, v, "USD", false, Style.PROSE),
                ValueFormatter.format(Language.EN, CAPEX, v, "USD", false, Style.PROSE));
        assertEquals("trillion tokens", ValueFormatter.unitLabel(Language.EN, TOKENS, "USD"));
        assertEquals("≈ 13.06", ValueFormatter.compact(Language.EN, CAPEX, v, false));
        assertEquals(0, ValueFormatter.shift(Language.EN, TOKENS, d("20000")), "English has no myriads to rise by");
    }
}
