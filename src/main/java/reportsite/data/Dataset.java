package reportsite.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of the report, validated and indexed. Immutable; derived figures are already
 * computed. Lists keep the order of the metrics file, observations are sorted by period.
 */
public final class Dataset {

    private final SiteInfo site;
    private final Map<String, Entity> entities;
    private final Map<String, Metric> metrics;
    private final Map<Integer, Source> sources;
    private final List<FxRate> fx;
    private final List<Observation> observations;
    private final Map<String, FactCheck> factChecks;
    private final Map<String, ChartSpec> charts;
    private final Map<String, List<Observation>> series = new HashMap<>();
    private final Map<String, Observation> byKey = new HashMap<>();

    public Dataset(SiteInfo site, List<Entity> entities, List<Metric> metrics, List<Source> sources, List<FxRate> fx,
                   List<Observation> observations, List<FactCheck> factChecks, List<ChartSpec> charts) {
        this.site = site;
        this.entities = index(entities, Entity::id);
        this.metrics = index(metrics, Metric::id);
        this.sources = new LinkedHashMap<>();
        sources.stream().sorted(Comparator.comparingInt(Source::id)).forEach(s -> this.sources.put(s.id(), s));
        this.fx = List.copyOf(fx);
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparing(Observation::period).thenComparing(Observation::entity).thenComparing(Observation::metric));
        this.observations = List.copyOf(sorted);
        for (Observation o : this.observations) {
            series.computeIfAbsent(o.entity() + "." + o.metric(), k -> new ArrayList<>()).add(o);
            byKey.put(o.key(), o);
        }
        series.replaceAll((k, v) -> List.copyOf(v));
        this.factChecks = index(factChecks, FactCheck::id);
        this.charts = index(charts, ChartSpec::id);
    }

    public static Dataset empty() {
        return new Dataset(SiteInfo.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        items.forEach(i -> m.put(id.apply(i), i));
        return m;
    }

    /**
     * This dataset published at {@code baseUrl} when one is given (a build's {@code --base-url}
     * wins over the metrics file's {@code site.base_url}), else this dataset itself.
     */
    public Dataset withBaseUrl(Optional<String> baseUrl) {
        return baseUrl.map(url -> new Dataset(site.withBaseUrl(url), entities(), metrics(), sources(), fxRates(), observations(),
                factChecks(), charts())).orElse(this);
    }

    /** The language its texts are in, and its figures are written in (the site's language; English when unknown). */
    public Language language() {
        return Language.ofCode(site.language()).orElse(Language.EN);
    }

    public SiteInfo site() {
        return site;
    }

    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public List<Metric> metrics() {
        return List.copyOf(metrics.values());
    }

    public Optional<Metric> metric(String id) {
        return Optional.ofNullable(metrics.get(id));
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public Optional<Source> source(int id) {
        return Optional.ofNullable(sources.get(id));
    }

    public List<FxRate> fxRates() {
        return fx;
    }

    public List<Observation> observations() {
        return observations;
    }

    public List<FactCheck> factChecks() {
        return List.copyOf(factChecks.values());
    }

    public Optional<FactCheck> factCheck(String id) {
        return Optional.ofNullable(factChecks.get(id));
    }

    public List<ChartSpec> charts() {
        return List.copyOf(charts.values());
    }

    public Optional<ChartSpec> chart(String id) {
        return Optional.ofNullable(charts.get(id));
    }

    /** An entity's observations of a metric, oldest first. */
    public List<Observation> series(String entity, String metric) {
        return series.getOrDefault(entity + "." + metric, List.of());
    }

    /**
     * An entity's headline figures: the newest numeric figure of each of its first reported
     * (not derived) metrics, in metric order, at most {@code limit}.
     */
    public List<Observation> keyFigures(String entity, int limit) {
        List<Observation> out = new ArrayList<>();
        for (Metric metric : metrics()) {
            List<Observation> s = series(entity, metric.id());
            if (out.size() < limit && !metric.isDerived() && !s.isEmpty() && s.get(s.size() - 1).value().number().isPresent()) {
                out.add(s.get(s.size() - 1));
            }
        }
        return out;
    }

    public Optional<Observation> observation(String entity, String metric, String periodLabel) {
        if ("latest".equals(periodLabel)) {
            List<Observation> s = series(entity, metric);
            return s.isEmpty() ? Optional.empty() : Optional.of(s.get(s.size() - 1));
        }
        return Optional.ofNullable(byKey.get(entity + "." + metric + "@" + periodLabel));
    }

    /** The currency a money figure of this entity is stated in. */
    public String currencyOf(Observation o) {
        return entity(o.entity()).map(Entity::currency).orElse(site.reportingCurrency());
    }

    /**
     * Converts an amount with the FX rate nearest in time to {@code when}; empty when no rate
     * links the two currencies.
     */
    public Optional<Conversion> convert(BigDecimal amount, String from, String to, LocalDate when) {
        if (from.equals(to)) {
            return Optional.of(new Conversion(amount, Optional.empty()));
        }
        return fx.stream()
                .filter(r -> (r.base().equals(from) && r.quote().equals(to)) || (r.base().equals(to) && r.quote().equals(from)))
                .min(Comparator.comparingLong((FxRate r) -> Math.abs(r.asOf().toEpochDay() - when.toEpochDay()))
                        .thenComparing(FxRate::asOf))
                .map(r -> new Conversion(r.base().equals(from)
                        ? amount.multiply(r.rate(), MathContext.DECIMAL64)
                        : amount.divide(r.rate(), MathContext.DECIMAL64), Optional.of(r)));
    }

    /** A converted amount and the rate used (empty when no conversion was needed). */
    public record Conversion(BigDecimal amount, Optional<FxRate> rate) {
    }

    /** A value of an observation in {@code currency}: the same value when not money. */
    public Optional<Converted> valueIn(Observation o, Optional<String> currency) {
        Metric m = metrics.get(o.metric());
        String from = currencyOf(o);
        if (m == null || m.unit() != Metric.Unit.MONEY || currency.isEmpty() || currency.get().equals(from)) {
            return Optional.of(new Converted(o.value(), from, Optional.empty()));
        }
        return convert(BigDecimal.ONE, from, currency.get(), o.period().end())
                .map(c -> new Converted(o.value().times(c.amount()), currency.get(), c.rate()));
    }

    /** A value in a currency, with the FX rate used if it was converted. */
    public record Converted(Value value, String currency, Optional<FxRate> rate) {
    }
}
