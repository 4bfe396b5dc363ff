package reportsite.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import reportsite.data.ChineseNumbers.Magnitude;

/**
 * The Chinese edition's forms of what {@link ValueFormatter} writes in English: 386.8亿元,
 * 超过240亿美元, 约26%, 2025年9月30日, 2026财年第二季度（2025年7–9月）. Reached only through
 * {@link ValueFormatter} with {@link Language#ZH}, so that there is still one formatter.
 */
final class ChineseValues {

    /** Currency names written after the amount, as 亿元 and 亿美元 are. */
    private static final Map<String, String> CURRENCIES = Map.of("USD", "美元", "CNY", "元", "EUR", "欧元", "GBP", "英镑",
            "JPY", "日元", "HKD", "港元", "KRW", "韩元", "INR", "印度卢比");
    private static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};

    private ChineseValues() {
    }

    static String amount(Metric m, BigDecimal x, String currency, boolean computed) {
        int decimals = ValueFormatter.decimals(m, x, computed);
        if (m.unit() == Metric.Unit.PERCENT) {
            String sign = x.signum() < 0 ? "−" : "";
            return (m.isDerived() && x.signum() > 0 ? "+" : sign) + ValueFormatter.number(x.abs(), decimals) + "%";
        }
        Magnitude shown = ChineseNumbers.magnitude(x, m.scale(), decimals);
        // A figure that rounds to zero shows no sign: "0元", not "−0元".
        String sign = x.signum() < 0 && shown.digits().chars().anyMatch(c -> c >= '1' && c <= '9') ? "−" : "";
        return sign + shown + (m.unit() == Metric.Unit.MONEY ? currencyName(currency) : noun(m));
    }

    /**
     * 91亿至93亿美元, 9,000万至1.2亿元: each end with its unit and 至 between, as Chinese financial
     * copy writes a range (an en dash between 1,750 and 1,850亿 reads as English).
     */
    static String range(Metric m, Value.Range r, String currency, boolean computed) {
        if (m.unit() == Metric.Unit.PERCENT) {
            return amount(m, r.from(), currency, computed) + "至" + amount(m, r.to(), currency, computed);
        }
        Magnitude from = ChineseNumbers.magnitude(r.from(), m.scale(), ValueFormatter.decimals(m, r.from(), computed));
        Magnitude to = ChineseNumbers.magnitude(r.to(), m.scale(), ValueFormatter.decimals(m, r.to(), computed));
        String tail = m.unit() == Metric.Unit.MONEY ? currencyName(currency) : noun(m);
        return from + "至" + to + tail;
    }

    /**
     * A chart label in the axis unit of {@link #unitLabel}: 386.8 for CN¥38.68 bn on a 亿元 axis;
     * with {@code shift}, in the unit that many steps of 10⁴ higher (9 for 900 million on a 亿 axis).
     */
    static String compact(Metric m, Value v, boolean computed, int shift) {
        if (m.unit() == Metric.Unit.PERCENT) {
            return ValueFormatter.compact(m, v, computed);
        }
        String prefix = ValueFormatter.qualifier(Language.ZH, v, ValueFormatter.Style.SHORT);
        if (v instanceof Value.Range r) {
            return axisNumber(m, r.from(), computed, shift) + "–" + axisNumber(m, r.to(), computed, shift);
        }
        return v.number().map(x -> prefix + axisNumber(m, x, computed, shift)).orElse("");
    }

    private static String axisNumber(Metric m, BigDecimal x, boolean computed, int shift) {
        int decimals = ChineseNumbers.axisDecimals(m.scale(), ValueFormatter.decimals(m, x, computed));
        if (shift == 0) {
            return ValueFormatter.number(x.multiply(ChineseNumbers.axisFactor(m.scale())), decimals);
        }
        // The figure keeps its precision in the higher unit, without the zeros that adds: 9, 4.5, 0.085.
        BigDecimal shown = x.multiply(ChineseNumbers.axisFactor(m.scale(), shift)).setScale(decimals + 4 * shift, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return ValueFormatter.number(shown, Math.max(0, shown.scale()));
    }

    /** The axis or column unit: "亿元", "亿美元", "%", "万亿tokens"; with {@code shift}, that many steps of 10⁴ higher. */
    static String unitLabel(Metric m, String currency, int shift) {
        return switch (m.unit()) {
            case MONEY -> ChineseNumbers.axisUnit(m.scale(), shift) + currencyName(currency);
            case PERCENT -> "%";
            case COUNT -> (ChineseNumbers.axisUnit(m.scale(), shift) + noun(m)).trim();
        };
    }

    static String currencyName(String currency) {
        return CURRENCIES.getOrDefault(currency, " " + currency);
    }

    /** A currency named in a sentence: 人民币, where an amount says 元; the others as their amounts say them. */
    static String proseName(String currency) {
        return currency.equals("CNY") ? "人民币" : currencyName(currency).strip();
    }

    /** A count's noun after the number: Chinese nouns join it, a Latin word gets a space. */
    private static String noun(Metric m) {
        String noun = m.noun();
        return noun.isEmpty() || !Character.isLetter(noun.codePointAt(0)) || noun.codePointAt(0) >= 0x2E80
                ? noun : " " + noun;
    }

    /** 2025年9月30日. */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 2025年, 2025年第三季度, 2025年6月, 2025年6月23日, 2026财年, 2026财年第一季度. */
    static String period(Period p) {
        LocalDate s = p.start();
        return switch (p.kind()) {
            case YEAR -> s.getYear() + "年";
            case QUARTER -> s.getYear() + "年" + QUARTERS[(s.getMonthValue() - 1) / 3];
            case MONTH -> s.getYear() + "年" + s.getMonthValue() + "月";
            case DAY -> date(s);
            case FISCAL_YEAR -> fiscalYear(p) + "财年";
            case FISCAL_QUARTER -> fiscalYear(p) + "财年" + QUARTERS[p.label().charAt(p.label().length() - 1) - '1'];
        };
    }

    /** The calendar months covered: 2025年4–6月, 2024年12月–2025年2月; for a day, the day. */
    static String calendarSpan(Period p) {
        LocalDate s = p.start();
        LocalDate e = p.end();
        if (p.kind() == Period.Kind.DAY) {
            return date(s);
        }
        if (s.getYear() != e.getYear()) {
            return s.getYear() + "年" + s.getMonthValue() + "月–" + e.getYear() + "年" + e.getMonthValue() + "月";
        }
        return s.getYear() + "年" + (s.getMonth() == e.getMonth() ? "" : s.getMonthValue() + "–") + e.getMonthValue() + "月";
    }

    /** Fiscal periods give their calendar months in full-width brackets, as Chinese text sets them. */
    static String periodWithSpan(Period p) {
        return p.isFiscal() ? period(p) + "（" + calendarSpan(p) + "）" : period(p);
    }

    /** The fiscal year's number from the label ("FY2026-Q2" → 2026), as {@link PeriodParser} reads it. */
    private static String fiscalYear(Period p) {
        return p.label().substring(2, 6);
    }
}
