package reportsite.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import reportsite.data.Dataset;
import reportsite.data.Metric;
import reportsite.data.Observation;

/**
 * The change in percent from one figure to another, as {@code {{ a -> b }}} shows it and as the
 * direction words of its sentence are judged: within one currency when both figures share it
 * (a company's growth is not blurred by exchange rates), else in the reporting currency.
 *
 * @param percent the change, e.g. +80.0 or −18.6
 * @param exact false when either figure is approximate or a bound
 */
record Change(Observation from, Observation to, BigDecimal percent, boolean exact) {

    /** The change, or empty when either figure has no number (or no rate) or the first is zero. */
    static Optional<Change> of(Dataset data, Observation a, Observation b) {
        boolean convert = !data.currencyOf(a).equals(data.currencyOf(b))
                && data.metric(a.metric()).map(m -> m.unit() == Metric.Unit.MONEY).orElse(false);
        Optional<BigDecimal> x = number(data, a, convert);
        Optional<BigDecimal> y = number(data, b, convert);
        if (x.isEmpty() || y.isEmpty() || x.get().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal pct = y.get().divide(x.get(), MathContext.DECIMAL64).subtract(BigDecimal.ONE).movePointRight(2);
        return Optional.of(new Change(a, b, pct, a.value().isExact() && b.value().isExact()));
    }

    private static Optional<BigDecimal> number(Dataset data, Observation o, boolean convert) {
        return data.valueIn(o, convert ? Optional.of(data.site().reportingCurrency()) : Optional.empty())
                .flatMap(c -> c.value().number());
    }

    /** The ratio of the second figure to the first (1.8 for +80%). */
    BigDecimal ratio() {
        return percent.movePointLeft(2).add(BigDecimal.ONE);
    }
}
