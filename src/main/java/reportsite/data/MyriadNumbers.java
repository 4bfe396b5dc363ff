package reportsite.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Amounts in myriads, as Chinese (and Japanese) write them: in units of 10⁴, 10⁸ and 10¹² named
 * by the language's rules ({@code myriad_units: [万, 亿, 万亿]}), the largest that fits, the
 * currency's name after the number: 386.8亿元, 超过240亿美元, 3,200万亿个Token. The largest unit
 * is the last: larger figures keep it and grow their digits (1,300万亿, never 13亿亿).
 *
 * <p>A figure is its English form rewritten (CN¥38.68 bn is 386.8亿, CN¥38.7 bn is 387亿), with
 * at most {@value #MAX_DECIMALS} decimals in its unit (rounded half up) and no trailing zeros
 * but those of a stated figure (CN¥33.40 bn is 334.0亿元: the source gave a tenth of 亿).
 * When that rounding reaches 10,000 of a unit, the figure moves up to the next unit (9,999.995万
 * at two decimals is 1亿, not 10,000万). The JDK's CompactNumberFormat, tried with pinned
 * patterns ("0万" … "000万亿"), does neither: it writes 9,999.995万 as 10000万, 38.68 billion as
 * 387亿 and 3,200万亿 without grouping, so the rule stays here.
 */
final class MyriadNumbers implements NumberStyle {

    /** A number in a unit: {@code digits} are grouped ("1,300"), {@code unit} may be "". */
    record Magnitude(String digits, String unit) {
        @Override
        public String toString() {
            return digits + unit;
        }
    }

    static final int MAX_DECIMALS = 2;
    private static final BigDecimal CARRY = BigDecimal.valueOf(10_000);

    private final LanguageRules rules;
    /** "", then the units of 10⁴, 10⁸, 10¹². */
    private final List<String> ladder;

    MyriadNumbers(LanguageRules rules) {
        this.rules = rules;
        List<String> units = rules.list("myriad_units");
        if (units.size() != 3) {
            throw new IllegalStateException("languages/" + rules.code() + ".yaml: myriad_units names the units of 10⁴, 10⁸ and 10¹²");
        }
        this.ladder = List.of("", units.get(0), units.get(1), units.get(2));
    }

    @Override
    public String amount(Metric m, BigDecimal x, String currency, boolean computed) {
        int decimals = ValueFormatter.decimals(m, x, computed);
        if (m.unit() == Metric.Unit.PERCENT) {
            String sign = x.signum() < 0 ? "−" : "";
            return (m.isDerived() && x.signum() > 0 ? "+" : sign) + ValueFormatter.number(x.abs(), decimals) + "%";
        }
        Magnitude shown = magnitude(x, m.scale(), decimals, !computed);
        // A figure that rounds to zero shows no sign: "0元", not "−0元".
        String sign = x.signum() < 0 && shown.digits().chars().anyMatch(c -> c >= '1' && c <= '9') ? "−" : "";
        return sign + shown + tail(m, currency);
    }

    /** 91亿至93亿美元, 9,000万至1.2亿元: each end with its unit, joined by the rules' {@code range}. */
    @Override
    public String range(Metric m, Value.Range r, String currency, boolean computed) {
        if (m.unit() == Metric.Unit.PERCENT) {
            return rules.format("range", "from", amount(m, r.from(), currency, computed), "to", amount(m, r.to(), currency, computed));
        }
        Magnitude from = magnitude(r.from(), m.scale(), ValueFormatter.decimals(m, r.from(), computed), !computed);
        Magnitude to = magnitude(r.to(), m.scale(), ValueFormatter.decimals(m, r.to(), computed), !computed);
        return rules.format("range", "from", from.toString(), "to", to.toString()) + tail(m, currency);
    }

    /** 386.8 for CN¥38.68 bn on a 亿元 axis; with {@code shift}, in the unit that many steps of 10⁴ higher. */
    @Override
    public String compact(Metric m, Value v, boolean computed, int shift) {
        if (m.unit() == Metric.Unit.PERCENT) {
            return new WesternNumbers(rules).compact(m, v, computed, 0);
        }
        String prefix = rules.qualifier(v, ValueFormatter.Style.SHORT);
        if (v instanceof Value.Range r) {
            return axisNumber(m, r.from(), computed, shift) + "–" + axisNumber(m, r.to(), computed, shift);
        }
        return v.number().map(x -> prefix + axisNumber(m, x, computed, shift)).orElse("");
    }

    /** "亿元", "亿美元", "%", "万亿个Token"; with {@code shift}, that many steps of 10⁴ higher. */
    @Override
    public String unitLabel(Metric m, String currency, int shift) {
        return switch (m.unit()) {
            case MONEY -> axisUnit(m.scale(), shift) + currencyName(currency);
            case PERCENT -> "%";
            case COUNT -> (axisUnit(m.scale(), shift) + noun(m)).trim();
        };
    }

    @Override
    public BigDecimal axisValue(Metric m, BigDecimal x, int shift) {
        return m.unit() == Metric.Unit.PERCENT ? x : x.multiply(axisFactor(m.scale(), shift));
    }

    /** 90,000万 is drawn as 9亿: the unit rises until no figure reaches 10,000 of it. */
    @Override
    public int shift(Metric m, BigDecimal max) {
        int shift = 0;
        for (BigDecimal x = max.abs(); m.unit() != Metric.Unit.PERCENT && x.compareTo(CARRY) >= 0
                && shift < maxShift(m.scale()); x = x.movePointLeft(4)) {
            shift++;
        }
        return shift;
    }

    @Override
    public String currencyName(String currency) {
        return rules.map("currency_names").getOrDefault(currency, " " + currency);
    }

    private String tail(Metric m, String currency) {
        return m.unit() == Metric.Unit.MONEY ? currencyName(currency) : noun(m);
    }

    /** A count's noun after the number: a CJK noun joins it, a Latin word gets a space. */
    private static String noun(Metric m) {
        String noun = m.noun();
        return noun.isEmpty() || !Character.isLetter(noun.codePointAt(0)) || noun.codePointAt(0) >= 0x2E80 ? noun : " " + noun;
    }

    /**
     * @param x the figure in the metric's scale
     * @param decimals the decimals the English form shows in that scale
     */
    Magnitude magnitude(BigDecimal x, Scale scale, int decimals) {
        return magnitude(x, scale, decimals, false);
    }

    /**
     * As {@link #magnitude(BigDecimal, Scale, int)}; with {@code stated}, the zeros the English
     * form shows stay (CN¥33.40 bn is 334.0亿, as the source's precision is a tenth of 亿).
     */
    Magnitude magnitude(BigDecimal x, Scale scale, int decimals, boolean stated) {
        // The figure the English edition shows, so both editions state the same number.
        BigDecimal absolute = x.abs().setScale(decimals, RoundingMode.HALF_UP).multiply(scale.factor());
        int quantumExponent = -scale.factor().scale() - decimals;
        int unit = ladder.size() - 1;
        while (unit > 0 && absolute.compareTo(BigDecimal.ONE.scaleByPowerOfTen(4 * unit)) < 0) {
            unit--;
        }
        while (true) {
            int exp = 4 * unit;
            int places = Math.max(0, Math.min(MAX_DECIMALS, exp - quantumExponent));
            BigDecimal shown = absolute.movePointLeft(exp).setScale(places, RoundingMode.HALF_UP);
            if (shown.compareTo(CARRY) >= 0 && unit < ladder.size() - 1) {
                unit++; // 10,000 of a unit is one of the next: carry, then round in that unit
                continue;
            }
            BigDecimal plain = shown.stripTrailingZeros();
            if (stated && x.scale() > 0 && x.scale() <= MAX_DECIMALS && x.stripTrailingZeros().scale() < x.scale()) {
                // The zeros a source wrote after the point are precision; those of an integer (140000) are not.
                int keep = Math.max(0, Math.min(places, exp + scale.factor().scale() + Math.min(x.scale(), decimals)));
                plain = plain.scale() < keep ? plain.setScale(keep) : plain;
            }
            return new Magnitude(ValueFormatter.number(plain, Math.max(0, plain.scale())), ladder.get(unit));
        }
    }

    private String axisNumber(Metric m, BigDecimal x, boolean computed, int shift) {
        int decimals = Math.max(0, ValueFormatter.decimals(m, x, computed) - axisFactor(m.scale(), 0).precision() + 1);
        if (shift == 0) {
            return ValueFormatter.number(x.multiply(axisFactor(m.scale(), 0)), decimals);
        }
        // The figure keeps its precision in the higher unit, without the zeros that adds: 9, 4.5, 0.085.
        BigDecimal shown = x.multiply(axisFactor(m.scale(), shift)).setScale(decimals + 4 * shift, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return ValueFormatter.number(shown, Math.max(0, shown.scale()));
    }

    /** The step of the ladder an axis of {@code scale} starts on: none, 万, 亿 or 万亿. */
    private static int axisStep(Scale scale) {
        return switch (scale) {
            case NONE, THOUSAND -> 0;
            case MILLION -> 1;
            case BILLION -> 2;
            case TRILLION -> 3;
        };
    }

    private String axisUnit(Scale scale, int shift) {
        return ladder.get(Math.min(ladder.size() - 1, axisStep(scale) + shift));
    }

    /** What a figure in {@code scale} is multiplied by to be in {@link #axisUnit}, {@code shift} steps higher. */
    private static BigDecimal axisFactor(Scale scale, int shift) {
        BigDecimal f = switch (scale) {
            case NONE -> BigDecimal.ONE;
            case THOUSAND -> BigDecimal.valueOf(1000);
            case MILLION -> BigDecimal.valueOf(100);
            case BILLION -> BigDecimal.TEN;
            case TRILLION -> BigDecimal.ONE;
        };
        return f.movePointLeft(4 * shift);
    }

    private int maxShift(Scale scale) {
        return ladder.size() - 1 - axisStep(scale);
    }
}
