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

    static List<Observation> compute(List<Rule> rules, List<Observation> observations, Map<String, Metric> metrics,
                                     Map<String, Entity> entities, Language language) {
        Map<String, Observation> byKey = new HashMap<>();
        observations.forEach(o -> byKey.put(o.key(), o));
        List<Observation> out = new ArrayList<>();
        for (Rule rule : rules) {
            for (Observation o : observations) {
                if (!o.metric().equals(rule.inputs().get(0)) || !usable(o.value())) {
                    continue;
                }
                Optional<Observation> other = switch (rule.op()) {
                    case YOY -> PeriodParser.shift(o.period(), 1, 0).map(p -> byKey.get(o.entity() + "." + o.metric() + "@" + p));
                    case QOQ -> PeriodParser.shift(o.period(), 0, 1).map(p -> byKey.get(o.entity() + "." + o.metric() + "@" + p));
                    case RATIO -> Optional.ofNullable(byKey.get(o.entity() + "." + rule.inputs().get(1) + "@" + o.period().label()));
                };
                other.filter(p -> usable(p.value()) && p.value().number().orElseThrow().signum() != 0)
                        .ifPresent(p -> out.add(derive(rule, o, p, metrics, Optional.ofNullable(entities.get(o.entity())).map(Entity::currency).orElse(""), language)));
            }
        }
        return out;
    }

    /**
     * Exact and approximate figures can be computed with; an approximate input makes an
     * approximate result, so that a growth rate of the same calendar quarter exists for every
     * entity even where one reported an approximate figure. Bounds and ranges cannot.
     */
    private static boolean usable(Value v) {
        return v instanceof Value.Exact || v instanceof Value.About;
    }

    /** @param currency the entity's: both inputs are figures of one entity */
    private static Observation derive(Rule rule, Observation o, Observation other, Map<String, Metric> metrics, String currency,
                                      Language language) {
        BigDecimal a = o.value().number().orElseThrow();
        BigDecimal b = other.value().number().orElseThrow();
        BigDecimal q = a.divide(b, MathContext.DECIMAL64);
        BigDecimal value = rule.op() == Op.RATIO
                ? (rule.metric().unit() == Metric.Unit.PERCENT ? q.movePointRight(2) : q)
                : q.subtract(BigDecimal.ONE).movePointRight(2);
        Set<Integer> sources = new LinkedHashSet<>(o.sources());
        sources.addAll(other.sources());
        Confidence confidence = o.confidence().compareTo(other.confidence()) >= 0 ? o.confidence() : other.confidence();
        // The inputs as the pages show them (CN¥38.7 bn, 386.8亿元), not bare numbers in their metric's scale.
        String x = ValueFormatter.format(language, metrics.get(o.metric()), o.value(), currency, false, ValueFormatter.Style.PROSE);
        String y = ValueFormatter.format(language, metrics.get(other.metric()), other.value(), currency, false, ValueFormatter.Style.PROSE);
        String label = metrics.get(o.metric()).label();
        LanguageRules words = language.rules();
        String how = switch (rule.op()) {
            case YOY, QOQ -> words.format("derivation.change_of", "metric", label, "period", ValueFormatter.period(language, o.period()),
                    "x", x, "other_period", ValueFormatter.period(language, other.period()), "y", y);
            case RATIO -> words.format("derivation.ratio_of", "metric", label, "x", x,
                    "other", metrics.get(other.metric()).inSentence(language), "y", y);
        };
        Value result = o.value().isExact() && other.value().isExact() ? new Value.Exact(value) : new Value.About(value);
        return new Observation(o.entity(), rule.metric().id(), o.period(), result, List.copyOf(sources),
                confidence, "", how, Optional.empty(), rule.position());
    }
}
