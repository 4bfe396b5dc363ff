package reportsite.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import reportsite.diag.Position;
import reportsite.diag.Suggest;

/**
 * Reads the {@code observations} list: references, periods, the forms of value, sources, and
 * figures derived from a stated growth rate.
 */
final class ObservationReader {

    private static final Set<String> KEYS = Set.of("entity", "metric", "period", "value", "sources", "confidence", "note",
            "next_update");
    private static final Map<String, Confidence> CONFIDENCE = MetricsLoader.words(Confidence.values());

    private final NodeReader in;
    private final EditionTexts texts;
    private final Map<String, Entity> entities;
    private final Map<String, Metric> metrics;
    private final BiFunction<NodeReader.Fields, Boolean, List<Integer>> sources;
    private final Optional<LocalDate> asOf;

    /** A figure to compute from another one once all are read. */
    private record Pending(Observation draft, String base, BigDecimal growthPct, Node node) {
    }

    /**
     * @param asOf the data's {@code site.as_of}: a figure whose {@code next_update} is before it
     *     is reported as stale (a warning)
     */
    ObservationReader(NodeReader in, EditionTexts texts, Map<String, Entity> entities, Map<String, Metric> metrics,
                      BiFunction<NodeReader.Fields, Boolean, List<Integer>> sources, Optional<LocalDate> asOf) {
        this.in = in;
        this.texts = texts;
        this.asOf = asOf;
        this.entities = entities;
        this.metrics = metrics;
        this.sources = sources;
    }

    /**
     * What the readers of every file of observations share (the YAML list and each CSV file): the
     * figures read so far and where each was written, so that a figure written twice is reported
     * even across files, and a figure may be derived from one of another file.
     */
    static final class Shared {
        private final List<Observation> out = new ArrayList<>();
        private final Map<String, Written> seen = new HashMap<>();
    }

    /** Where a figure was written, and the reader of that file. */
    private record Written(NodeReader in, Node node, Position at) {
    }

    private final List<Pending> pending = new ArrayList<>();

    List<Observation> readAll(List<Node> nodes) {
        Shared shared = new Shared();
        read(nodes, shared);
        return finish(shared);
    }

    /** Reads the figures of {@code nodes} into {@code shared}; those derived from a growth rate wait for {@link #finish}. */
    void read(List<Node> nodes, Shared shared) {
        for (Node node : nodes) {
            read(node, shared.out, pending, shared.seen);
        }
    }

    /** Every figure read, with those derived from a growth rate last: they may rest on a figure of any file. */
    List<Observation> finish(Shared shared) {
        List<Observation> out = shared.out;
        Map<String, Observation> byKey = new HashMap<>();
        out.forEach(o -> byKey.put(o.key(), o));
        for (Pending p : pending) {
            Observation d = p.draft();
            Observation base = byKey.get(d.entity() + "." + d.metric() + "@" + p.base());
            if (base == null || !base.value().isExact()) {
                in.error(p.node(), "cannot derive from " + d.entity() + "." + d.metric() + "@" + p.base()
                        + (base == null ? ": no such observation" : ": its value is not exact"),
                        "derive only from an exact figure of the same entity and metric");
                continue;
            }
        BigDecimal divisor = BigDecimal.ONE.add(p.growthPct().movePointLeft(2));
            if (divisor.signum() <= 0) {
                in.error(p.node(), "growth_pct must be above -100", "");
                continue;
            }
            BigDecimal amount = ((Value.Exact) base.value()).amount().divide(divisor, MathContext.DECIMAL64);
            Language lang = texts.edition();
            // The base as the pages show it (CN¥38.7 bn, 386.8亿元), not a bare number in the metric's scale.
            String baseValue = ValueFormatter.format(lang, metrics.get(d.metric()), base.value(),
                    Optional.ofNullable(entities.get(d.entity())).map(Entity::currency).orElse(""), false, ValueFormatter.Style.PROSE);
            String how = lang.rules().format(p.growthPct().signum() >= 0 ? "derivation.back_up" : "derivation.back_down",
                    "period", ValueFormatter.period(lang, base.period()), "value", baseValue, "pct", plain(p.growthPct().abs()) + "%");
            out.add(new Observation(d.entity(), d.metric(), d.period(), new Value.Exact(amount), d.sources(),
                    d.confidence(), d.note(), how, d.nextUpdate(), d.position()));
        }
        return out;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private void read(Node node, List<Observation> out, List<Pending> pending, Map<String, Written> seen) {
        Optional<NodeReader.Fields> fields = in.mapping(node, "an observation");
        if (fields.isEmpty()) {
            return;
        }
        NodeReader.Fields f = fields.get();
        f.allowOnly(KEYS);
        Optional<Entity> entity = f.requiredString("entity").flatMap(e -> {
            Entity found = entities.get(e);
            if (found == null) {
                in.error(f.get("entity").orElseThrow(), "unknown entity '" + e + "'", Suggest.hint(e, entities.keySet()));
            }
            return Optional.ofNullable(found);
        });
        Optional<Metric> metric = f.requiredString("metric").flatMap(m -> {
            Metric found = metrics.get(m);
            if (found == null) {
                in.error(f.get("metric").orElseThrow(), "unknown metric '" + m + "'", Suggest.hint(m, metrics.keySet()));
            } else if (found.isDerived()) {
                in.error(f.get("metric").orElseThrow(), "'" + m + "' is a derived metric: it is computed, not entered",
                        "remove this observation, or declare a separate metric for the reported figure");
                return Optional.empty();
            }
            return Optional.ofNullable(found);
        });
        int fyStart = entity.map(Entity::fiscalYearStart).orElse(1);
        Optional<Period> period = f.requiredString("period").flatMap(p -> parsePeriod(f.get("period").orElseThrow(), p, fyStart));
        List<Integer> src = sources.apply(f, true);
        Confidence confidence = f.required("confidence").isPresent()
                ? f.choice("confidence", CONFIDENCE).orElse(Confidence.LOW) : Confidence.LOW;
        Supplier<String> owner = () -> "observation " + EditionTexts.raw(f, "entity") + "." + EditionTexts.raw(f, "metric")
                + "@" + EditionTexts.raw(f, "period");
        String note = texts.text(f, "note", "", owner);
        var nextUpdate = f.date("next_update");
        nextUpdate.filter(due -> asOf.isPresent() && due.isBefore(asOf.get())).ifPresent(due -> in.warning(f.get("next_update").orElseThrow(),
                "stale figure: a newer one was expected on " + due + ", before the data's as_of " + asOf.get(),
                "update the figure and its next_update, or move next_update to when the next figure is due"));
        // The value is read even when the entity, metric or period is wrong, so that its own
        // mistakes are listed in the same run.
        Optional<ReadValue> value = f.required("value").map(n -> readValue(n, metric, fyStart, owner));
        if (entity.isEmpty() || metric.isEmpty() || period.isEmpty() || value.isEmpty()) {
            return;
        }
        Observation draft = new Observation(entity.get().id(), metric.get().id(), period.get(), new Value.Text(""),
                src, confidence, note, "", nextUpdate, f.position());
        Written first = seen.putIfAbsent(draft.key(), new Written(in, f.node(), f.position()));
        if (first != null && first.at().file().equals(f.position().file())) {
            in.error(f.node(), "duplicate observation " + draft.key(), "the first is at line " + first.at().line()
                    + "; keep one figure per entity, metric and period");
            return;
        }
        if (first != null) {
            // In two files: each place is reported, as either may be the one to remove.
            in.error(f.node(), "duplicate observation " + draft.key() + ": also at " + first.at(),
                    "keep one figure per entity, metric and period, in one of the two files");
            first.in().error(first.node(), "duplicate observation " + draft.key() + ": also at " + f.position(),
                    "keep one figure per entity, metric and period, in one of the two files");
            return;
        }
        value.get().value().ifPresent(v -> out.add(withValue(draft, v)));
        value.get().recipe().ifPresent(d -> {
            if (d.value().isPresent()) {
                out.add(new Observation(draft.entity(), draft.metric(), draft.period(), new Value.Exact(d.value().get()),
                        draft.sources(), draft.confidence(), draft.note(), texts.edition().rules().format("derivation.stated", "how", d.how()), draft.nextUpdate(), draft.position()));
            } else {
                pending.add(new Pending(draft, d.base(), d.growth(), value.get().node()));
            }
        });
    }

    /** A value as read: a figure, or the recipe of a derived one (then {@code node} is where it is written). */
    private record ReadValue(Optional<Value> value, Optional<DerivedRecipe> recipe, Node node) {
    }

    /** Reads a value; without a known metric, the sign of a figure is not checked. */
    private ReadValue readValue(Node node, Optional<Metric> metric, int fyStart, Supplier<String> owner) {
        if (!(node instanceof MappingNode)) {
            return new ReadValue(in.number(node, "value").filter(n -> checkRange(node, n, metric)).map(Value.Exact::new),
                    Optional.empty(), node);
        }
        Optional<NodeReader.Fields> v = in.mapping(node, "a value");
        if (v.isPresent() && v.get().has("derived")) {
            return new ReadValue(Optional.empty(), readDerived(v.get(), fyStart, metric, owner), node);
        }
        return new ReadValue(v.flatMap(f -> readValue(f, metric, owner)), Optional.empty(), node);
    }

    private static Observation withValue(Observation d, Value v) {
        return new Observation(d.entity(), d.metric(), d.period(), v, d.sources(), d.confidence(), d.note(), "",
                d.nextUpdate(), d.position());
    }

    Optional<Period> parsePeriod(Node n, String label, int fyStart) {
        Optional<Period> p = PeriodParser.parse(label, fyStart);
        if (p.isEmpty()) {
            in.error(n, "malformed period '" + label + "'", "write " + PeriodParser.FORMATS);
        }
        return p;
    }

    private boolean checkRange(Node n, BigDecimal v, Optional<Metric> metric) {
        if (metric.isEmpty()) {
            return true;
        }
        Metric m = metric.get();
        if (v.signum() < 0 && m.unit() != Metric.Unit.PERCENT) {
            in.error(n, "a " + m.unit().name().toLowerCase(Locale.ROOT) + " figure cannot be negative: " + v.toPlainString(),
                    "check the sign; only percentages (growth) may be negative");
            return false;
        }
        return true;
    }

    private Optional<Value> readValue(NodeReader.Fields v, Optional<Metric> metric, Supplier<String> owner) {
        v.allowOnly(Set.of("about", "more_than", "less_than", "from", "to", "text"));
        Set<String> keys = v.keys();
        if (keys.equals(Set.of("from", "to"))) {
            Optional<BigDecimal> from = v.requiredNumber("from");
            Optional<BigDecimal> to = v.requiredNumber("to");
            if (from.isPresent() && to.isPresent()) {
                if (from.get().compareTo(to.get()) >= 0) {
                    in.error(v.node(), "a range must go from the lower to the higher figure", "swap from and to");
                    return Optional.empty();
                }
                return Optional.of(new Value.Range(from.get(), to.get()));
            }
            return Optional.empty();
        }
        if (keys.size() != 1) {
            in.error(v.node(), "a value mapping needs exactly one of about, more_than, less_than, text, or from+to",
                    "for example {more_than: 100}");
            return Optional.empty();
        }
        String key = keys.iterator().next();
        if (key.equals("text")) {
            return texts.requiredText(v, "text", owner).filter(t -> !t.isBlank()).map(Value.Text::new);
        }
        Node n = v.get(key).orElse(v.node());
        Optional<BigDecimal> num = v.requiredNumber(key).filter(x -> checkRange(n, x, metric));
        return switch (key) {
            case "about" -> num.map(Value.About::new);
            case "more_than" -> num.map(Value.MoreThan::new);
            case "less_than" -> num.map(Value.LessThan::new);
            default -> Optional.empty();
        };
    }

    /**
     * How a derived figure is had: from a stated growth rate and the figure of another period
     * ({@code base}, {@code growth}), or worked out by the author from sourced figures and given
     * with its arithmetic ({@code value}, {@code how}): a quarter from an annual total less the
     * other quarters, a rate from an amount and its translation.
     */
    private record DerivedRecipe(String base, BigDecimal growth, Optional<BigDecimal> value, String how) {
    }

    private Optional<DerivedRecipe> readDerived(NodeReader.Fields v, int fyStart, Optional<Metric> metric, Supplier<String> owner) {
        v.allowOnly(Set.of("derived"));
        return in.mapping(v.get("derived").orElse(v.node()), "a derived value").flatMap(d -> {
            if (d.has("value") || d.has("how")) {
                d.allowOnly(Set.of("value", "how"));
                Node n = d.get("value").orElse(d.node());
                Optional<BigDecimal> value = d.requiredNumber("value").filter(x -> checkRange(n, x, metric));
                Optional<String> how = texts.requiredText(d, "how", owner).filter(h -> !h.isBlank());
                if (d.has("how") && how.isEmpty()) {
                    in.error(d.get("how").orElseThrow(), "'how' is empty", "give the arithmetic, e.g. \"158.132 - 33.398 - 39.824 - 41.6\"");
                }
                return value.isPresent() && how.isPresent() ? Optional.of(new DerivedRecipe("", BigDecimal.ZERO, value, how.get()))
                        : Optional.empty();
            }
            d.allowOnly(Set.of("base", "growth_pct"));
            Optional<String> base = d.requiredString("base")
                    .filter(b -> parsePeriod(d.get("base").orElseThrow(), b, fyStart).isPresent());
            Optional<BigDecimal> growth = d.requiredNumber("growth_pct");
            return base.isPresent() && growth.isPresent()
                    ? Optional.of(new DerivedRecipe(base.get(), growth.get(), Optional.empty(), "")) : Optional.empty();
        });
    }
}
