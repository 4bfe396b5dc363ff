package reportsite.data;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Amounts with a currency symbol before them and a scale word after: US$85 bn, 26%, 980 trillion
 * tokens, 140,000 models. Symbols and scale words are the language's rules.
 */
final class WesternNumbers implements NumberStyle {

    private final LanguageRules rules;

    WesternNumbers(LanguageRules rules) {
        this.rules = rules;
    }

    @Override
    public String amount(Metric m, BigDecimal x, String currency, boolean computed) {
        int decimals = ValueFormatter.decimals(m, x, computed);
        return switch (m.unit()) {
            case MONEY -> (x.signum() < 0 ? "−" : "") + symbol(currency) + ValueFormatter.number(x.abs(), decimals) + scaleSuffix(m.scale());
            case PERCENT -> (m.isDerived() && x.signum() > 0 ? "+" : x.signum() < 0 ? "−" : "") + ValueFormatter.number(x.abs(), decimals) + "%";
            case COUNT -> count(m, x, decimals);
        };
    }

    @Override
    public String range(Metric m, Value.Range r, String currency, boolean computed) {
        String to = amount(m, r.to(), currency, computed);
        String from = ValueFormatter.number(r.from(), ValueFormatter.decimals(m, r.from(), computed));
        String prefix = m.unit() == Metric.Unit.MONEY ? symbol(currency) : "";
        return prefix + from + "–" + to.substring(prefix.length());
    }

    /** "13.2", "≈ 13.06", "> 100", "91–93", "26%": the axis states currency and scale. */
    @Override
    public String compact(Metric m, Value v, boolean computed, int shift) {
        String pct = m.unit() == Metric.Unit.PERCENT ? "%" : "";
        if (v instanceof Value.Range r) {
            return ValueFormatter.number(r.from(), ValueFormatter.decimals(m, r.from(), computed)) + "–"
                    + ValueFormatter.number(r.to(), ValueFormatter.decimals(m, r.to(), computed)) + pct;
        }
        return v.number().map(x -> rules.qualifier(v, ValueFormatter.Style.SHORT)
                + ValueFormatter.number(x, ValueFormatter.decimals(m, x, computed)) + pct).orElse("");
    }

    /** "US$ bn", "%", "trillion tokens". */
    @Override
    public String unitLabel(Metric m, String currency, int shift) {
        return switch (m.unit()) {
            case MONEY -> symbol(currency).trim() + scaleSuffix(m.scale());
            case PERCENT -> "%";
            case COUNT -> ((m.scale() == Scale.NONE ? "" : word(m.scale()) + " ") + m.noun()).trim();
        };
    }

    @Override
    public BigDecimal axisValue(Metric m, BigDecimal x, int shift) {
        return x;
    }

    @Override
    public int shift(Metric m, BigDecimal max) {
        return 0;
    }

    @Override
    public String currencyName(String currency) {
        return currency;
    }

    private String count(Metric m, BigDecimal x, int decimals) {
        String noun = m.noun().isEmpty() ? "" : " " + m.noun();
        if (m.scale() == Scale.NONE || m.scale() == Scale.THOUSAND) {
            BigDecimal full = x.multiply(m.scale().factor());
            return ValueFormatter.number(full, Math.max(0, decimals - (m.scale() == Scale.THOUSAND ? 3 : 0))) + noun;
        }
        return ValueFormatter.number(x, decimals) + " " + word(m.scale()) + noun;
    }

    private String scaleSuffix(Scale s) {
        return s == Scale.NONE ? "" : " " + rules.map("scale_abbreviations").getOrDefault(key(s), s.abbreviation());
    }

    private String word(Scale s) {
        return rules.map("scale_words").getOrDefault(key(s), s.word());
    }

    private static String key(Scale s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private String symbol(String currency) {
        return rules.map("currency_symbols").getOrDefault(currency, currency + " ");
    }
}
