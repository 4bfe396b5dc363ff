package reportsite.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import reportsite.data.ValueFormatter.Style;

class ValueFormatterTest {

    static final Metric CAPEX = new Metric("capex", "Capital expenditure", Metric.Unit.MONEY, "", Scale.BILLION, 1,
            Metric.Kind.ACTUAL, "", "");
    static final Metric GROWTH = new Metric("growth", "Growth", Metric.Unit.PERCENT, "", Scale.NONE, 0,
            Metric.Kind.ACTUAL, "", "");
    static final Metric YOY = new Metric("yoy", "Growth", Metric.Unit.PERCENT, "", Scale.NONE, 0,
            Metric.Kind.DERIVED, "", "year-on-year change of capex");
    static final Metric MODELS = new Metric("models", "Models", Metric.Unit.COUNT, "models", Scale.NONE, 0,
            Metric.Kind.ACTUAL, "", "");
    static final Metric TOKENS = new Metric("tokens", "Tokens", Metric.Unit.COUNT, "tokens", Scale.TRILLION, 0,
            Metric.Kind.ACTUAL, "", "");
    static final Metric DOWNLOADS_K = new Metric("dl", "Downloads", Metric.Unit.COUNT, "downloads", Scale.THOUSAND, 0,
            Metric.Kind.ACTUAL, "", "");

    private static String prose(Metric m, Value v, String currency) {
        return ValueFormatter.format(m, v, currency, false, Style.PROSE);
    }

    private static String brief(Metric m, Value v, String currency) {
        return ValueFormatter.format(m, v, currency, false, Style.SHORT);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void money() {
        assertEquals("US$85 bn", prose(CAPEX, new Value.Exact(d("85")), "USD"));
        assertEquals("CN¥38.68 bn", prose(CAPEX, new Value.Exact(d("38.68")), "CNY"), "keeps the source's precision");
        assertEquals("CN¥38.7 bn", ValueFormatter.format(CAPEX, new Value.Exact(d("38.68")), "CNY", true, Style.PROSE),
                "computed figures use the metric's decimals");
        assertEquals("CN¥31.50 bn", prose(CAPEX, new Value.Exact(d("31.50")), "CNY"), "a stated trailing zero is precision");
        assertEquals("US$24.0 bn", prose(CAPEX, new Value.Exact(d("24.0")), "USD"));
        assertEquals("US$24 bn", prose(CAPEX, new Value.Exact(d("24")), "USD"));
        assertEquals("US$20.0 bn", prose(CAPEX, new Value.Exact(d("20.0")), "USD"), "beside CN¥6.0 bn, not US$20 bn");
        assertEquals("CN¥6.0 bn", prose(CAPEX, new Value.Exact(d("6.0")), "CNY"));
        assertEquals("US$19.2 bn", prose(CAPEX, new Value.Exact(d("19.2000000")), "USD"),
                "a number with more places than a source writes (a derived quarter) is not stated precision");
        assertEquals("€3 bn", prose(CAPEX, new Value.Exact(d("3")), "EUR"));
        assertEquals("CHF 3 bn", prose(CAPEX, new Value.Exact(d("3")), "CHF"), "unknown currencies use their code");
        assertEquals("US$1.23 bn", prose(CAPEX, new Value.Exact(d("1.2345")), "USD"), "at most two source decimals");
    }

    @Test
    void boundsAndApproximations() {
        assertEquals("more than CN¥100 bn", prose(CAPEX, new Value.MoreThan(d("100")), "CNY"));
        assertEquals("> CN¥100 bn", brief(CAPEX, new Value.MoreThan(d("100")), "CNY"));
        assertEquals("less than 5%", prose(GROWTH, new Value.LessThan(d("5")), "USD"));
        assertEquals("< 5%", brief(GROWTH, new Value.LessThan(d("5")), "USD"));
        assertEquals("about US$13.06 bn", prose(CAPEX, new Value.About(d("13.06")), "USD"));
        assertEquals("≈ US$13.06 bn", brief(CAPEX, new Value.About(d("13.06")), "USD"));
        assertEquals("triple-digit", prose(GROWTH, new Value.Text("triple-digit"), "USD"));
    }

    @Test
    void ranges() {
        assertEquals("US$91–93 bn", prose(CAPEX, new Value.Range(d("91"), d("93")), "USD"));
        assertEquals("US$91.5–93 bn", brief(CAPEX, new Value.Range(d("91.5"), d("93")), "USD"));
        assertEquals("20–25%", prose(GROWTH, new Value.Range(d("20"), d("25")), "USD"));
        assertEquals(d("92"), new Value.Range(d("91"), d("93")).number().orElseThrow(), "charted at the midpoint");
    }

    @Test
    void countsAndPercentages() {
        assertEquals("140,000 models", prose(MODELS, new Value.Exact(d("140000")), "USD"));
        assertEquals("more than 140,000 models", prose(MODELS, new Value.MoreThan(d("140000")), "USD"));
        assertEquals("980 trillion tokens", prose(TOKENS, new Value.Exact(d("980")), "USD"));
        assertEquals("1,300 trillion tokens", prose(TOKENS, new Value.Exact(d("1300")), "USD"));
        assertEquals("12,500 downloads", prose(DOWNLOADS_K, new Value.Exact(d("12.5")), "USD"), "thousands are written out");
        assertEquals("26%", prose(GROWTH, new Value.Exact(d("26")), "USD"));
        assertEquals("−3%", prose(GROWTH, new Value.Exact(d("-3")), "USD"));
        assertEquals("+220%", ValueFormatter.format(YOY, new Value.Exact(d("220.0000001")), "USD", true, Style.PROSE),
                "derived growth shows its sign");
        assertEquals("−12%", ValueFormatter.format(YOY, new Value.Exact(d("-12.4")), "USD", true, Style.PROSE));
    }

    @Test
    void unitLabels() {
        assertEquals("US$ bn", ValueFormatter.unitLabel(Language.EN, CAPEX, "USD"));
        assertEquals("CN¥ bn", ValueFormatter.unitLabel(Language.EN, CAPEX, "CNY"));
        assertEquals("%", ValueFormatter.unitLabel(Language.EN, GROWTH, "USD"));
        assertEquals("trillion tokens", ValueFormatter.unitLabel(Language.EN, TOKENS, "USD"));
        assertEquals("models", ValueFormatter.unitLabel(Language.EN, MODELS, "USD"));
    }

    @Test
    void plainNumbersForCsv() {
        assertEquals("12.0875", ValueFormatter.plain(d("12.08750000")));
        assertEquals("1300", ValueFormatter.plain(d("1.3E+3")));
        assertEquals("0.333333", ValueFormatter.plain(d("0.33333333333")));
    }

    @Test
    void theMachineLocaleDoesNotChangeTheOutput() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("140,000.5", ValueFormatter.number(d("140000.5"), 1));
            assertEquals("CN¥38.68 bn", prose(CAPEX, new Value.Exact(d("38.68")), "CNY"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void roundsHalfUp() {
        assertEquals("2.3", ValueFormatter.number(d("2.25"), 1));
        assertEquals("3", ValueFormatter.number(d("2.5"), 0));
        assertEquals("1,000", ValueFormatter.number(d("999.5"), 0));
    }

    /** Property: any amount in any unit and scale formats, carries its scale, and reads back close to itself. */
    @Test
    void formattingNeverThrowsAndKeepsScaleAndValue() {
        Random random = new Random(42);
        Scale[] scales = Scale.values();
        Metric.Unit[] units = Metric.Unit.values();
        String[] currencies = {"USD", "CNY", "EUR", "JPY", "CHF"};
        for (int i = 0; i < 5000; i++) {
            Scale scale = scales[random.nextInt(scales.length)];
            Metric.Unit unit = units[random.nextInt(units.length)];
            Metric m = new Metric("m", "M", unit, random.nextBoolean() ? "things" : "", scale, random.nextInt(4),
                    Metric.Kind.ACTUAL, "", "");
            BigDecimal x = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(5));
            if (unit != Metric.Unit.PERCENT) {
                x = x.abs();
            }
            String currency = currencies[random.nextInt(currencies.length)];
            boolean computed = random.nextBoolean();
            Value v = switch (random.nextInt(4)) {
                case 0 -> new Value.Exact(x);
                case 1 -> new Value.About(x);
                case 2 -> new Value.MoreThan(x);
                default -> new Value.LessThan(x);
            };
            Style style = random.nextBoolean() ? Style.PROSE : Style.SHORT;
            String text = assertDoesNotThrow(() -> ValueFormatter.format(m, v, currency, computed, style));
            String desc = m + " " + v + " -> " + text;
            if (unit == Metric.Unit.MONEY && scale != Scale.NONE) {
                assertTrue(text.endsWith(" " + scale.abbreviation()), desc);
            }
            if (unit == Metric.Unit.COUNT && scale.compareTo(Scale.MILLION) >= 0) {
                assertTrue(text.contains(" " + scale.word()), desc);
            }
            if (unit == Metric.Unit.PERCENT) {
                assertTrue(text.endsWith("%"), desc);
            }
            // Read the digits back: the shown figure is the value rounded to the shown decimals.
            String digits = text.replaceAll("[^0-9.]", "");
            if (unit == Metric.Unit.COUNT && scale == Scale.THOUSAND) {
                continue; // written out in full, so the digits are x * 1000
            }
            int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
            BigDecimal shown = new BigDecimal(digits);
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
            assertTrue(shown.subtract(x.abs()).abs().compareTo(tolerance) <= 0, desc);
        }
    }
}
