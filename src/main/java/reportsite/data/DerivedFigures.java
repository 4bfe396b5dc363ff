package reportsite.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import reportsite.diag.Position;

/** Computes derived metrics (growth rates, ratios) from reported figures at build time. */
final class DerivedFigures {

    enum Op { YOY, QOQ, RATIO }

    record Rule(Metric metric, Op op, List<String> inputs, Position position) {
    }

    private DerivedFigures() {
    }

    static List<Observation> compute(List<Rule> rules, List<Observation> observations, Map<String, Metric> metrics) {
        Map<String, Observation> byKey = new HashMap<>();
        observations.forEach(o -> byKey.put(o.key(), o));
        List<Observation> out = new ArrayList<>();
        for (Rule rule : rules) {
            for (Observation o : observations) {
                if (!o.metric().equals(rule.inputs().get(0)) || !o.value().isExact()) {
                    continue;
                }
                Optional<Observation> other = switch (rule.op()) {
                    case YOY -> PeriodParser.shift(o.period(), 1, 0).map(p -> byKey.get(o.entity() + "." + o.metric() + "@" + p));
                    case QOQ -> PeriodParser.shift(o.period(), 0, 1).map(p -> byKey.get(o.entity() + "." + o.metric() + "@" + p));
                    case RATIO -> Optional.ofNullable(byKey.get(o.entity() + "." + rule.inputs().get(1) + "@" + o.period().label()));
                };
                other.filter(p -> p.value().isExact() && ((Value.Exact) p.value()).amount().signum() != 0)
                        .ifPresent(p -> out.add(derive(rule, o, p, metrics)));
            }
        }
        return out;
    }

    private static Observation derive(Rule rule, Observation o, Observation other, Map<String, Metric> metrics) {
        BigDecimal a = ((Value.Exact) o.value()).amount();
        BigDecimal b = ((Value.Exact) other.value()).amount();
        BigDecimal q = a.divide(b, MathContext.DECIMAL64);
        BigDecimal value = rule.op() == Op.RATIO
                ? (rule.metric().unit() == Metric.Unit.PERCENT ? q.movePointRight(2) : q)
                : q.subtract(BigDecimal.ONE).movePointRight(2);
        Set<Integer> sources = new LinkedHashSet<>(o.sources());
        sources.addAll(other.sources());
        Confidence confidence = o.confidence().compareTo(other.confidence()) >= 0 ? o.confidence() : other.confidence();
        String how = switch (rule.op()) {
            case YOY, QOQ -> metrics.get(o.metric()).label() + " " + o.period().display() + " ("
                    + a.stripTrailingZeros().toPlainString() + ") against " + other.period().display() + " ("
                    + b.stripTrailingZeros().toPlainString() + ")";
            case RATIO -> metrics.get(o.metric()).label() + " (" + a.stripTrailingZeros().toPlainString() + ") divided by "
                    + metrics.get(other.metric()).label().toLowerCase(java.util.Locale.ROOT) + " ("
                    + b.stripTrailingZeros().toPlainString() + ")";
        };
        return new Observation(o.entity(), rule.metric().id(), o.period(), new Value.Exact(value), List.copyOf(sources),
                confidence, "", how, Optional.empty(), rule.position());
    }
}
