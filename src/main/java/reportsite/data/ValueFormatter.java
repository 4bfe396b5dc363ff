package reportsite.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where numbers become text, for prose, tables, alt text, CSV and chart labels
 * alike. English grouping regardless of the machine's locale, so output is the same anywhere.
 */
public final class ValueFormatter {

    /** PROSE reads "more than CN¥100 bn"; SHORT, for tables and charts, "> CN¥100 bn". */
    public enum Style { PROSE, SHORT }

    private static final Map<String, String> SYMBOLS = Map.of("USD", "US$", "CNY", "CN¥", "EUR", "€", "GBP", "£",
            "JPY", "JP¥", "HKD", "HK$", "KRW", "₩", "INR", "₹");
    private static final int MAX_SOURCE_DECIMALS = 2;

    private ValueFormatter() {
    }

    /**
     * Formats a value of a metric.
     *
     * @param computed true for converted or derived figures, which are rounded to the metric's
     *     preferred decimals; stated figures keep the precision their source gave (up to 2 decimals)
     */
    public static String format(Metric m, Value v, String currency, boolean computed, Style style) {
        return format(Language.EN, m, v, currency, computed, style);
    }

    /**
     * A chart label: the number and its qualifier without currency or scale, which the axis
     * states ("13.2", "≈ 13.06", "> 100", "91–93", "26%").
     */
    public static String compact(Metric m, Value v, boolean computed) {
        String pct = m.unit() == Metric.Unit.PERCENT ? "%" : "";
        if (v instanceof Value.Range r) {
            return number(r.from(), decimals(m, r.from(), computed)) + "–" + number(r.to(), decimals(m, r.to(), computed)) + pct;
        }
        return v.number().map(x -> qualifier(Language.EN, v, Style.SHORT) + number(x, decimals(m, x, computed)) + pct).orElse("");
    }

    /** A figure of a metric with its unit: "US$85 bn", "26%", "980 trillion tokens", "140,000 models". */
    public static String amount(Metric m, BigDecimal x, String currency, boolean computed) {
        int decimals = decimals(m, x, computed);
        return switch (m.unit()) {
            case MONEY -> (x.signum() < 0 ? "−" : "") + symbol(currency) + number(x.abs(), decimals) + scaleSuffix(m.scale());
            case PERCENT -> (m.isDerived() && x.signum() > 0 ? "+" : x.signum() < 0 ? "−" : "") + number(x.abs(), decimals) + "%";
            case COUNT -> count(m, x, decimals);
        };
    }

    private static String range(Metric m, Value.Range r, String currency, boolean computed) {
        String to = amount(m, r.to(), currency, computed);
        String from = number(r.from(), decimals(m, r.from(), computed));
        String prefix = m.unit() == Metric.Unit.MONEY ? symbol(currency) : "";
        return prefix + from + "–" + to.substring(prefix.length());
    }

    private static String count(Metric m, BigDecimal x, int decimals) {
        String noun = m.noun().isEmpty() ? "" : " " + m.noun();
        if (m.scale() == Scale.NONE || m.scale() == Scale.THOUSAND) {
            BigDecimal full = x.multiply(m.scale().factor());
            return number(full, Math.max(0, decimals - (m.scale() == Scale.THOUSAND ? 3 : 0))) + noun;
        }
        return number(x, decimals) + " " + m.scale().word() + noun;
    }

    private static String scaleSuffix(Scale s) {
        return s == Scale.NONE ? "" : " " + s.abbreviation();
    }

    public static String symbol(String currency) {
        return SYMBOLS.getOrDefault(currency, currency + " ");
    }

    /** The unit as an axis or column label: "US$ bn", "%", "trillion tokens". */
    public static String unitLabel(Metric m, String currency) {
        return switch (m.unit()) {
            case MONEY -> symbol(currency).trim() + scaleSuffix(m.scale());
            case PERCENT -> "%";
            case COUNT -> ((m.scale() == Scale.NONE ? "" : m.scale().word() + " ") + m.noun()).trim();
        };
    }

    static int decimals(Metric m, BigDecimal x, boolean computed) {
        if (computed) {
            return m.decimals();
        }
        int scale = Math.max(0, x.stripTrailingZeros().scale());
        return Math.min(scale, MAX_SOURCE_DECIMALS);
    }

    /** {@link #format(Metric, Value, String, boolean, Style)} in an edition's language. */
    public static String format(Language lang, Metric m, Value v, String currency, boolean computed, Style style) {
        if (v instanceof Value.Text t) {
            return t.words();
        } else if (v instanceof Value.Range r) {
            return lang == Language.ZH ? ChineseValues.range(m, r, currency, computed) : range(m, r, currency, computed);
        }
        return qualifier(lang, v, style) + amount(lang, m, v.number().orElseThrow(), currency, computed);
    }

    /** What goes before a bound or an approximation: "≈ ", "> ", "< " in short form, words in prose ("about ", "超过"); "" for others. */
    static String qualifier(Language lang, Value v, Style style) {
        boolean zh = lang == Language.ZH;
        boolean prose = style == Style.PROSE;
        if (v instanceof Value.About) {
            return prose ? about(lang) : "≈ ";
        } else if (v instanceof Value.MoreThan) {
            return prose ? (zh ? "超过" : "more than ") : "> ";
        } else if (v instanceof Value.LessThan) {
            return prose ? (zh ? "低于" : "less than ") : "< ";
        }
        return "";
    }

    /** {@link #compact(Metric, Value, boolean)} in an edition's language, in the unit of {@link #unitLabel(Language, Metric, String)}. */
    public static String compact(Language lang, Metric m, Value v, boolean computed) {
        return compact(lang, m, v, computed, 0);
    }

    /**
     * As {@link #compact(Language, Metric, Value, boolean)}, in a Chinese unit {@code shift} steps of
     * 10⁴ above the metric's (see {@link #chineseShift}); English ignores it.
     */
    public static String compact(Language lang, Metric m, Value v, boolean computed, int shift) {
        return lang == Language.ZH ? ChineseValues.compact(m, v, computed, shift) : compact(m, v, computed);
    }

    /** {@link #amount(Metric, BigDecimal, String, boolean)} in an edition's language. */
    public static String amount(Language lang, Metric m, BigDecimal x, String currency, boolean computed) {
        return lang == Language.ZH ? ChineseValues.amount(m, x, currency, computed) : amount(m, x, currency, computed);
    }

    /** {@link #unitLabel(Metric, String)} in an edition's language: "US$ bn" or "亿美元". */
    public static String unitLabel(Language lang, Metric m, String currency) {
        return unitLabel(lang, m, currency, 0);
    }

    /** As {@link #unitLabel(Language, Metric, String)}, {@code shift} steps of 10⁴ higher in Chinese. */
    public static String unitLabel(Language lang, Metric m, String currency, int shift) {
        return lang == Language.ZH ? ChineseValues.unitLabel(m, currency, shift) : unitLabel(m, currency);
    }

    /**
     * A figure in the unit of {@link #unitLabel(Language, Metric, String, int)}, as a chart plots it:
     * CN¥38.68 bn is 38.68 on a "CN¥ bn" axis and 386.8 on a "亿元" one ({@code shift} steps of 10⁴
     * higher in Chinese).
     */
    public static BigDecimal axisValue(Language lang, Metric m, BigDecimal x, int shift) {
        return lang == Language.ZH && m.unit() != Metric.Unit.PERCENT ? x.multiply(ChineseNumbers.axisFactor(m.scale(), shift)) : x;
    }

    /**
     * For a Chinese chart whose largest figure is {@code max} in the metric's axis unit: how many
     * steps of 10⁴ its unit rises so that no figure reaches 10,000 of it (90,000万 is drawn as 9亿).
     */
    public static int chineseShift(Metric m, BigDecimal max) {
        int shift = 0;
        BigDecimal step = BigDecimal.valueOf(10_000);
        for (BigDecimal x = max.abs(); m.unit() != Metric.Unit.PERCENT && x.compareTo(step) >= 0
                && shift < ChineseNumbers.maxShift(m.scale()); x = x.movePointLeft(4)) {
            shift++;
        }
        return shift;
    }

    /** A date: "30 Sep 2025" or "2025年9月30日". */
    public static String date(Language lang, LocalDate d) {
        return lang == Language.ZH ? ChineseValues.date(d)
                : d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear();
    }

    /** A source's date as written in the metrics file (2025, 2025-08 or 2025-08-29), as the edition writes dates. */
    public static String sourceDate(Language lang, String date) {
        return PeriodParser.parse(date, 1).map(p -> period(lang, p)).orElse(date);
    }

    /** A period's name: {@link Period#display()} or "2025年第三季度", "2026财年第二季度". */
    public static String period(Language lang, Period p) {
        return lang == Language.ZH ? ChineseValues.period(p) : p.display();
    }

    /** A period's name with the calendar months of a fiscal period: {@link Period#displayWithSpan()} or "2026财年第二季度（2025年7–9月）". */
    public static String periodWithSpan(Language lang, Period p) {
        return lang == Language.ZH ? ChineseValues.periodWithSpan(p) : p.displayWithSpan();
    }

    /** The calendar months a period covers: {@link Period#calendarSpan()} or "2025年4–6月". */
    public static String calendarSpan(Language lang, Period p) {
        return lang == Language.ZH ? ChineseValues.calendarSpan(p) : p.calendarSpan();
    }

    /** An exchange rate with its date: "7.119 CNY per USD, 30 Sep 2025" or "2025年9月30日汇率1美元兑7.119元". */
    public static String rate(Language lang, FxRate r) {
        String x = r.rate().stripTrailingZeros().toPlainString();
        return lang == Language.ZH
                ? date(lang, r.asOf()) + "汇率1" + ChineseValues.currencyName(r.base()).strip() + "兑" + x + ChineseValues.currencyName(r.quote()).strip()
                : x + " " + r.quote() + " per " + r.base() + ", " + date(lang, r.asOf());
    }

    /** Before a figure computed from an approximate one: "about " or "约". */
    public static String about(Language lang) {
        return lang == Language.ZH ? "约" : "about ";
    }

    /** A currency as named in the edition's sentences: the ISO code in English ("CNY"), the Chinese name ("人民币"). */
    public static String currencyName(Language lang, String currency) {
        return lang == Language.ZH ? ChineseValues.proseName(currency) : currency;
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
