package reportsite.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The one place where numbers become text, for prose, tables, alt text, CSV and chart labels
 * alike, in an edition's language: each call takes a {@link Language}, whose rules
 * ({@code languages/<code>.yaml}) give the words and patterns and whose {@link NumberStyle}
 * writes the amounts. English grouping regardless of the machine's locale, so output is the same
 * anywhere.
 */
public final class ValueFormatter {

    /** PROSE reads "more than CN¥100 bn"; SHORT, for tables and charts, "> CN¥100 bn". */
    public enum Style { PROSE, SHORT }

    private static final int MAX_SOURCE_DECIMALS = 2;

    private ValueFormatter() {
    }

    /** {@link #format(Language, Metric, Value, String, boolean, Style)} in English. */
    public static String format(Metric m, Value v, String currency, boolean computed, Style style) {
        return format(Language.EN, m, v, currency, computed, style);
    }

    /**
     * Formats a value of a metric.
     *
     * @param computed true for converted or derived figures, which are rounded to the metric's
     *     preferred decimals; stated figures keep the precision their source gave (up to 2 decimals),
     *     trailing zeros included: 20.0 in the data is "US$20.0 bn"
     */
    public static String format(Language lang, Metric m, Value v, String currency, boolean computed, Style style) {
        if (v instanceof Value.Text t) {
            return t.words();
        } else if (v instanceof Value.Range r) {
            return numbers(lang).range(m, r, currency, computed);
        }
        return lang.rules().qualifier(v, style) + amount(lang, m, v.number().orElseThrow(), currency, computed);
    }

    /** A chart label in the unit of {@link #unitLabel}: "13.2", "≈ 13.06", "> 100", "91–93", "26%"; 386.8 on a 亿元 axis. */
    public static String compact(Language lang, Metric m, Value v, boolean computed) {
        return compact(lang, m, v, computed, 0);
    }

    /** As {@link #compact(Language, Metric, Value, boolean)}, in a unit {@code shift} steps of 10⁴ higher (see {@link #shift}). */
    public static String compact(Language lang, Metric m, Value v, boolean computed, int shift) {
        return numbers(lang).compact(m, v, computed, shift);
    }

    /**
     * A chart label at the chart's one number of decimals, in the unit of its axis
     * ({@link #axisValue}): "13.1" for 13.06 at one decimal, "≈ 131" on a 亿美元 axis, "91–93",
     * "26%". The qualifier is the same in every chart kind and language.
     */
    public static String chartLabel(Language lang, Metric m, Value v, int shift, int decimals) {
        String pct = m.unit() == Metric.Unit.PERCENT ? "%" : "";
        if (v instanceof Value.Range r) {
            return number(axisValue(lang, m, r.from(), shift), decimals) + "–" + number(axisValue(lang, m, r.to(), shift), decimals) + pct;
        }
        return v.number().map(x -> qualifier(lang, v, Style.SHORT) + number(axisValue(lang, m, x, shift), decimals) + pct).orElse("");
    }

    /** What goes before a bound or an approximation: "≈ ", "> ", "< " in short form, the edition's words in prose; "" for others. */
    public static String qualifier(Language lang, Value v, Style style) {
        return lang.rules().qualifier(v, style);
    }

    /** A figure of a metric with its unit: "US$85 bn", "26%", "980 trillion tokens"; 386.8亿元. */
    public static String amount(Language lang, Metric m, BigDecimal x, String currency, boolean computed) {
        return numbers(lang).amount(m, x, currency, computed);
    }

    /** The unit as an axis or column label: "US$ bn", "%", "trillion tokens"; "亿美元". */
    public static String unitLabel(Language lang, Metric m, String currency) {
        return unitLabel(lang, m, currency, 0);
    }

    /** As {@link #unitLabel(Language, Metric, String)}, {@code shift} steps of 10⁴ higher where the language counts in myriads. */
    public static String unitLabel(Language lang, Metric m, String currency, int shift) {
        return numbers(lang).unitLabel(m, currency, shift);
    }

    /**
     * A figure in the unit of {@link #unitLabel(Language, Metric, String, int)}, as a chart plots it:
     * CN¥38.68 bn is 38.68 on a "CN¥ bn" axis and 386.8 on a "亿元" one.
     */
    public static BigDecimal axisValue(Language lang, Metric m, BigDecimal x, int shift) {
        return numbers(lang).axisValue(m, x, shift);
    }

    /**
     * For a chart whose largest figure is {@code max} in the metric's axis unit: how many steps of
     * 10⁴ its unit rises so that no figure reaches 10,000 of it (90,000万 is drawn as 9亿); 0 in
     * languages that do not count in myriads.
     */
    public static int shift(Language lang, Metric m, BigDecimal max) {
        return numbers(lang).shift(m, max);
    }

    /** A date: "30 Sep 2025" or "2025年9月30日". */
    public static String date(Language lang, LocalDate d) {
        return lang.rules().date(d);
    }

    /** A source's date as written in the metrics file (2025, 2025-08 or 2025-08-29), as the edition writes dates. */
    public static String sourceDate(Language lang, String date) {
        return PeriodParser.parse(date, 1).map(p -> period(lang, p)).orElse(date);
    }

    /** A period's name: "Q3 2025", "FY2026 Q2"; "2025年第三季度", "2026财年第二季度". */
    public static String period(Language lang, Period p) {
        return lang.rules().period(p);
    }

    /** A period's name with the calendar months of a fiscal period: "2026财年第二季度（2025年7–9月）". */
    public static String periodWithSpan(Language lang, Period p) {
        return lang.rules().periodWithSpan(p);
    }

    /** The calendar months a period covers: "Apr–Jun 2025", "2025年4–6月". */
    public static String calendarSpan(Language lang, Period p) {
        return lang.rules().calendarSpan(p);
    }

    /** An exchange rate with its date: "7.119 CNY per USD, 30 Sep 2025" or "2025年9月30日汇率1美元兑7.119元". */
    public static String rate(Language lang, FxRate r) {
        NumberStyle n = numbers(lang);
        return lang.rules().format("rate", "rate", r.rate().stripTrailingZeros().toPlainString(), "base", r.base(), "quote", r.quote(),
                "base_name", n.currencyName(r.base()).strip(), "quote_name", n.currencyName(r.quote()).strip(), "date", date(lang, r.asOf()));
    }

    /** Before a figure computed from an approximate one: "about " or "约". */
    public static String about(Language lang) {
        return lang.rules().text("about");
    }

    /** A currency as named in the edition's sentences: "CNY" in English, 人民币 in Chinese. */
    public static String currencyName(Language lang, String currency) {
        return lang.rules().map("currency_in_prose").getOrDefault(currency, numbers(lang).currencyName(currency).strip());
    }

    private static NumberStyle numbers(Language lang) {
        return lang.rules().numbers();
    }

    static int decimals(Metric m, BigDecimal x, boolean computed) {
        if (computed) {
            return m.decimals();
        }
        // As stated: 20.0 keeps its zero (the source gave a tenth), beside CN¥6.0 bn. A number
        // with more places than a source writes (a derived quarter) shows its digits up to the cap.
        if (x.scale() >= 0 && x.scale() <= MAX_SOURCE_DECIMALS) {
            return x.scale();
        }
        int scale = Math.max(0, x.stripTrailingZeros().scale());
        return Math.min(scale, MAX_SOURCE_DECIMALS);
    }

    /** Plain number with English grouping: 140000 → "140,000"; rounding half up. */
    public static String number(BigDecimal x, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(x);
    }

    /** A number for CSV files: no grouping, '.' for decimals, the precision kept. */
    public static String plain(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() > 6 ? s.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros() : s).toPlainString();
    }
}
