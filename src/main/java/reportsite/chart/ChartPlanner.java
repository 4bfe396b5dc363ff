package reportsite.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import reportsite.data.Alignment;
import reportsite.data.AsOf;
import reportsite.data.ChartSpec;
import reportsite.data.ChartSpec.ChartKind;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.FxRate;
import reportsite.data.Language;
import reportsite.data.Metric;
import reportsite.data.Observation;
import reportsite.data.Period;
import reportsite.data.Value;
import reportsite.data.ValueFormatter;
import reportsite.i18n.UiStrings;

/**
 * Turns a chart declaration into {@link ChartData}: picks the observations, converts money,
 * aligns fiscal periods on calendar quarters, and arranges categories and series for the kind.
 * The texts it makes (categories, series names, figures, units) are in the edition's language.
 */
public final class ChartPlanner {

    /** Used for a series whose entity has no colour of its own (Okabe-Ito, colour-blind safe). */
    static final List<String> FALLBACK = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442");

    private final Dataset data;
    private final Language language;
    private final ChartWords words;
    /** Each chart's window, worked out once: with {@code last: N} it depends on all its figures. */
    private final Map<String, Predicate<Period>> windows = new ConcurrentHashMap<>();
    /** Each Chinese chart's rise of unit (see {@link ValueFormatter#chineseShift}), worked out once from all its figures. */
    private final Map<String, Integer> shifts = new ConcurrentHashMap<>();
    /** Each chart's one number of decimals ({@link ChartPrecision}), worked out once from all its figures. */
    private final Map<String, Integer> decimals = new ConcurrentHashMap<>();

    /** Plans the English edition's charts. */
    public ChartPlanner(Dataset data) {
        this(data, Language.EN, ChartWords.ENGLISH);
    }

    /** Plans the charts of {@code language}'s edition, with its interface strings (of the same language). */
    public ChartPlanner(Dataset data, Language language, UiStrings strings) {
        this(data, language, ChartWords.of(strings));
        if (!strings.language().equals(language)) {
            throw new IllegalArgumentException("interface strings of " + strings.language() + " for charts of " + language);
        }
    }

    ChartPlanner(Dataset data, Language language, ChartWords words) {
        this.data = data;
        this.language = language;
        this.words = words;
    }

    /** Every chart the data declares, planned, by id in declaration order. */
    public Map<String, ChartData> planAll() {
        Map<String, ChartData> charts = new LinkedHashMap<>();
        for (ChartSpec spec : data.charts()) {
            charts.put(spec.id(), plan(spec));
        }
        return charts;
    }

    public ChartData plan(ChartSpec spec) {
        return switch (spec.kind()) {
            case GROUPED_BAR, INDEXED -> byCalendarCategory(spec);
            case LINE -> byTime(spec);
            case HBAR -> ranking(spec);
            case STACKED_BAR -> composition(spec);
            case PLANNED_VS_ACTUAL -> plannedVersusActual(spec);
        };
    }

    /** @param value the number plotted, in the unit of the edition's axis (ValueFormatter.axisValue) */
    private record Figure(Observation obs, Metric metric, BigDecimal value, String label, String text, String currency,
                          Optional<FxRate> rate) {
    }

    /** The plottable figures of an entity and metric inside the chart's range, converted. */
    private List<Figure> figures(ChartSpec spec, String entity, String metricId) {
        return figures(spec, entity, metricId, shift(spec));
    }

    /**
     * How many steps of 10⁴ a chart's unit rises above its metric's in a language that counts in
     * myriads, so that its largest figure stays below 10,000 of it: 9亿, not 90,000万 (0 in others).
     * Indexes keep theirs.
     */
    private int shift(ChartSpec spec) {
        if (spec.kind() == ChartKind.INDEXED) {
            return 0;
        }
        return shifts.computeIfAbsent(spec.id(), id -> {
            Metric m = data.metric(spec.metrics().get(0)).orElseThrow();
            BigDecimal max = BigDecimal.ZERO;
            for (String e : spec.entities()) {
                for (String metricId : spec.metrics()) {
                    for (Plotted p : plotted(spec, e, metricId)) {
                        max = max.max(ValueFormatter.axisValue(language, m, p.value().value().number().orElseThrow(), 0).abs());
                    }
                }
            }
            return ValueFormatter.shift(language, m, max);
        });
    }

    /** The decimals of every label of the chart: its metrics' in the axis unit, trimmed or raised over all its figures. */
    private int decimals(ChartSpec spec) {
        return decimals.computeIfAbsent(spec.id(), id -> {
            int shift = shift(spec);
            int preferred = 0;
            List<BigDecimal> values = new ArrayList<>();
            for (String metricId : spec.metrics()) {
                Metric m = data.metric(metricId).orElseThrow();
                preferred = Math.max(preferred, ChartPrecision.inAxisUnit(m.decimals(),
                        ValueFormatter.axisValue(language, m, BigDecimal.ONE, shift)));
                for (String e : spec.entities()) {
                    for (Plotted p : plotted(spec, e, metricId)) {
                        Value v = p.value().value();
                        List<BigDecimal> ends = v instanceof Value.Range r ? List.of(r.from(), r.to()) : List.of(v.number().orElseThrow());
                        ends.forEach(x -> values.add(ValueFormatter.axisValue(language, m, x, shift)));
                    }
                }
            }
            return ChartPrecision.decimals(values, preferred);
        });
    }

    /** An observation inside the chart's range with a number, in the chart's currency. */
    private record Plotted(Observation obs, Dataset.Converted value) {
    }

    private List<Plotted> plotted(ChartSpec spec, String entity, String metricId) {
        Predicate<Period> window = windows.computeIfAbsent(spec.id(), id -> spec.window(data));
        List<Plotted> out = new ArrayList<>();
        for (Observation o : data.series(entity, metricId)) {
            if (window.test(o.period()) && o.value().number().isPresent()) {
                data.valueIn(o, spec.currency()).ifPresent(c -> out.add(new Plotted(o, c)));
            }
        }
        return out;
    }

    private List<Figure> figures(ChartSpec spec, String entity, String metricId, int shift) {
        Metric m = data.metric(metricId).orElseThrow();
        List<Figure> out = new ArrayList<>();
        for (Plotted p : plotted(spec, entity, metricId)) {
            Observation o = p.obs();
            Dataset.Converted c = p.value();
            boolean computed = c.rate().isPresent() || o.isDerived();
            // After the as-of date: marked in the label (†) and in the text, in the chart's words.
            Optional<String> asOf = AsOf.mark(data, o).map(mark -> words.format(mark.key(), "date",
                    AsOf.date(language, data.site().asOf().orElseThrow())));
            String marks = (o.isDerived() ? words.get("chart.mark.derived") : "")
                    + asOf.map(mark -> words.format("chart.mark.as_of", "mark", mark)).orElse("");
            out.add(new Figure(o, m, ValueFormatter.axisValue(language, m, c.value().number().orElseThrow(), shift),
                    ValueFormatter.chartLabel(language, m, c.value(), shift, decimals(spec)) + (asOf.isPresent() ? " †" : ""),
                    ValueFormatter.format(language, m, c.value(), c.currency(), computed, ValueFormatter.Style.SHORT) + marks,
                    c.currency(), c.rate()));
        }
        return out;
    }

    private String unit(ChartSpec spec) {
        Metric m = data.metric(spec.metrics().get(0)).orElseThrow();
        String currency = spec.currency().orElseGet(() -> data.entity(spec.entities().get(0)).map(Entity::currency)
                .orElse(data.site().reportingCurrency()));
        return spec.kind() == ChartKind.INDEXED
                ? words.format("chart.unit.index", "base",
                        indexBase(spec).map(this::categoryOf).orElseGet(() -> words.get("chart.unit.first_period")))
                : ValueFormatter.unitLabel(language, m, currency, shift(spec));
    }

    private String colour(String entityId, int index) {
        return data.entity(entityId).map(Entity::colour).orElse(FALLBACK.get(index % FALLBACK.size()));
    }

    /** A period as a category of the chart: calendar years and quarters, so that fiscal periods line up. */
    private String categoryOf(Period p) {
        return switch (p.kind()) {
            case DAY, MONTH -> period(p);
            case YEAR, FISCAL_YEAR -> period(new Period(String.valueOf(p.middle().getYear()), Period.Kind.YEAR,
                    p.middle().withDayOfYear(1), p.middle().withMonth(12).withDayOfMonth(31)));
            default -> {
                LocalDate first = p.middle().withMonth((p.middle().getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
                yield period(new Period(p.calendarQuarter(), Period.Kind.QUARTER, first,
                        first.plusMonths(3).minusDays(1)));
            }
        };
    }

    private String period(Period p) {
        return ValueFormatter.period(language, p);
    }

    private String entityName(String id) {
        return data.entity(id).map(Entity::shortName).orElse(id);
    }

    private ChartData byCalendarCategory(ChartSpec spec) {
        Map<String, LocalDate> order = new LinkedHashMap<>();
        List<ChartData.Series> series = new ArrayList<>();
        Acc acc = new Acc();
        String metricId = spec.metrics().get(0);
        Optional<Period> common = spec.kind() == ChartKind.INDEXED ? indexBase(spec) : Optional.empty();
        for (int i = 0; i < spec.entities().size(); i++) {
            String e = spec.entities().get(i);
            List<Figure> figs = figures(spec, e, metricId);
            if (common.isPresent()) {
                // Every series is rebased at the same months, so that their paths start together;
                // figures before them have no common base and are left out.
                Period start = common.get();
                figs = figs.stream().filter(f -> !f.obs().period().start().isBefore(start.start())).toList();
            }
            if (figs.isEmpty()) {
                continue;
            }
            BigDecimal base = figs.get(0).value();
            List<ChartData.Point> points = new ArrayList<>();
            for (Figure f : figs) {
                String cat = categoryOf(f.obs().period());
                order.putIfAbsent(cat, f.obs().period().middle());
                BigDecimal v = f.value();
                String label = f.label();
                String text = f.text();
                if (spec.kind() == ChartKind.INDEXED) {
                    v = v.multiply(BigDecimal.valueOf(100)).divide(base, MathContext.DECIMAL64);
                    // An index of an approximate figure is approximate too, and says so as every label does.
                    label = ValueFormatter.qualifier(language, f.obs().value(), ValueFormatter.Style.SHORT) + ValueFormatter.number(v, 0);
                    text = words.format("chart.index_figure", "index", label, "figure", f.text());
                }
                points.add(new ChartData.Point(cat, f.obs().period().middle(), v, label, text, f.obs().value().isExact(), Optional.of(f.obs()), f.rate()));
                acc.add(f);
            }
            series.add(new ChartData.Series(entityName(e), colour(e, i), points));
        }
        List<String> categories = order.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        return chart(spec, categories, series, acc, false);
    }

    /** The first period every plotted series of an indexed chart has a figure for: the base, = 100. */
    Optional<Period> indexBase(ChartSpec spec) {
        List<List<Observation>> series = new ArrayList<>();
        for (String e : spec.entities()) {
            List<Observation> s = figures(spec, e, spec.metrics().get(0)).stream().map(Figure::obs).toList();
            if (!s.isEmpty()) {
                series.add(s);
            }
        }
        return Alignment.firstCommon(series);
    }

    private ChartData byTime(ChartSpec spec) {
        TreeMap<LocalDate, String> order = new TreeMap<>();
        Acc acc = new Acc();
        List<ChartData.Series> series = seriesByMetricAndEntity(spec, p -> p.isFiscal() ? categoryOf(p) : period(p), Period::middle,
                (m, e) -> spec.metrics().size() > 1
                        ? words.format("chart.series.with_metric", "entity", entityName(e), "metric", m.label()) : entityName(e),
                order, acc);
        return chart(spec, List.copyOf(new LinkedHashMap<>(order).values()).stream().distinct().toList(), series, acc, true);
    }

    private ChartData ranking(ChartSpec spec) {
        String metricId = spec.metrics().get(0);
        List<ChartData.Point> points = new ArrayList<>();
        Acc acc = new Acc();
        Map<String, List<Figure>> byEntity = new LinkedHashMap<>();
        for (String e : spec.entities()) {
            List<Figure> figs = figures(spec, e, metricId);
            if (!figs.isEmpty()) {
                byEntity.put(e, figs);
            }
        }
        // Bars set side by side show the same months: the latest every entity covers, when there is one.
        Optional<Period> common = Alignment.latestCommon(byEntity.values().stream()
                .map(fs -> fs.stream().map(Figure::obs).toList()).toList());
        for (Map.Entry<String, List<Figure>> entry : byEntity.entrySet()) {
            String e = entry.getKey();
            List<Figure> figs = entry.getValue();
            Figure newest = common.flatMap(c -> figs.stream().filter(f -> Alignment.sameMonths(f.obs().period(), c)).findFirst())
                    .orElse(figs.get(figs.size() - 1));
            String cat = words.format("chart.ranking_bar", "entity", entityName(e), "period", categoryOf(newest.obs().period()));
            points.add(new ChartData.Point(cat, newest.obs().period().middle(), newest.value(), newest.label(),
                    newest.text(), newest.obs().value().isExact(), Optional.of(newest.obs()), newest.rate()));
            acc.add(newest);
        }
        points.sort(Comparator.comparing(ChartData.Point::value).reversed().thenComparing(ChartData.Point::category));
        // One series per bar keeps each entity's own colour.
        List<ChartData.Series> series = new ArrayList<>();
        for (ChartData.Point p : points) {
            String entityId = p.observation().orElseThrow().entity();
            series.add(new ChartData.Series(p.category(), colour(entityId, spec.entities().indexOf(entityId)), List.of(p)));
        }
        return chart(spec, points.stream().map(ChartData.Point::category).toList(), series, acc, false);
    }

    private ChartData composition(ChartSpec spec) {
        String metricId = spec.metrics().get(0);
        Map<String, List<ChartData.Point>> byPeriod = new TreeMap<>();
        Map<String, LocalDate> periodOrder = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        Acc acc = new Acc();
        for (String e : spec.entities()) {
            List<Figure> figs = figures(spec, e, metricId);
            if (figs.isEmpty()) {
                continue;
            }
            String cat = entityName(e);
            categories.add(cat);
            for (Figure f : figs) {
                String q = categoryOf(f.obs().period());
                periodOrder.putIfAbsent(q, f.obs().period().middle());
                byPeriod.computeIfAbsent(q, k -> new ArrayList<>()).add(new ChartData.Point(cat, f.obs().period().middle(),
                        f.value(), f.label(), f.text(), f.obs().value().isExact(), Optional.of(f.obs()), f.rate()));
                acc.add(f);
            }
        }
        List<String> quarters = periodOrder.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        List<ChartData.Series> series = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            series.add(new ChartData.Series(quarters.get(i), FALLBACK.get(i % FALLBACK.size()), byPeriod.get(quarters.get(i))));
        }
        return chart(spec, categories, series, acc, false);
    }

    private ChartData plannedVersusActual(ChartSpec spec) {
        TreeMap<LocalDate, String> order = new TreeMap<>();
        Acc acc = new Acc();
        // Plans and actuals in the order they became known: a period's figure is placed at its
        // end, so a year's actual comes after every guidance given during that year.
        List<ChartData.Series> series = seriesByMetricAndEntity(spec, this::period, Period::end, (m, e) -> {
            String name = withKind(m);
            return spec.entities().size() > 1 ? words.format("chart.series.with_entity", "series", name, "entity", entityName(e)) : name;
        }, order, acc);
        return chart(spec, List.copyOf(order.values()), series, acc, false);
    }

    /**
     * A series of a plans-and-actuals chart: its metric and its kind ("actual" for a reported
     * figure), said once: a label that already names the kind keeps its words ("Capex guidance
     * for 2025", not "… (guidance)"), and one that ends in a bracket takes the kind inside it
     * ("AI与云投入（过去四个季度，实际）", not "（过去四个季度）（已公布）").
     */
    String withKind(Metric m) {
        String kind = words.get(m.kind() == Metric.Kind.ACTUAL ? "chart.series.actual" : "kind." + m.kind().label());
        String label = m.label();
        if (label.toLowerCase(java.util.Locale.ROOT).contains(kind.toLowerCase(java.util.Locale.ROOT))) {
            return label;
        }
        String pattern = words.get("chart.series.with_kind");
        int at = pattern.indexOf("{kind}");
        String close = at < 0 ? "" : pattern.substring(at + "{kind}".length());
        if (!close.isEmpty() && label.endsWith(close)) {
            return label.substring(0, label.length() - close.length()) + words.get("chart.separator.clause") + kind + close;
        }
        return words.format("chart.series.with_kind", "metric", label, "kind", kind);
    }

    private ChartData chart(ChartSpec spec, List<String> categories, List<ChartData.Series> series, Acc acc, boolean timeAxis) {
        List<String> publishers = acc.sources().stream().map(id -> data.source(id).map(reportsite.data.Source::publisher).orElse(""))
                .filter(p -> !p.isEmpty()).distinct().toList();
        return new ChartData(spec, categories, series, unit(spec), spec.kind() == ChartKind.INDEXED ? 0 : decimals(spec),
                acc.rates(), acc.sources(), timeAxis, language, words, new ChartData.Credit(publishers, AsOf.text(data)));
    }

    /**
     * One series per metric and entity that has figures, categories ordered by the date each
     * period is {@code placed} at; a series takes
     * its entity's colour when the chart shows one metric, else a colour of the fallback palette.
     */
    private List<ChartData.Series> seriesByMetricAndEntity(ChartSpec spec, java.util.function.Function<Period, String> category,
                                                           java.util.function.Function<Period, LocalDate> placed,
                                                           java.util.function.BiFunction<Metric, String, String> name,
                                                           TreeMap<LocalDate, String> order, Acc acc) {
        List<ChartData.Series> series = new ArrayList<>();
        int index = 0;
        for (String metricId : spec.metrics()) {
            Metric m = data.metric(metricId).orElseThrow();
            for (String e : spec.entities()) {
                List<Figure> figs = figures(spec, e, metricId);
                if (figs.isEmpty()) {
                    continue;
                }
                List<ChartData.Point> points = new ArrayList<>();
                for (Figure f : figs) {
                    Period p = f.obs().period();
                    String cat = category.apply(p);
                    order.putIfAbsent(placed.apply(p), cat);
                    points.add(new ChartData.Point(cat, p.middle(), f.value(), f.label(), f.text(), f.obs().value().isExact(),
                            Optional.of(f.obs()), f.rate()));
                    acc.add(f);
                }
                String colour = spec.metrics().size() > 1 ? FALLBACK.get(index % FALLBACK.size()) : colour(e, index);
                series.add(new ChartData.Series(name.apply(m, e), colour, points));
                index++;
            }
        }
        return series;
    }

    /** Collects the FX rates and sources behind the plotted figures, in a stable order. */
    private static final class Acc {
        private final Map<String, FxRate> rates = new TreeMap<>();
        private final TreeSet<Integer> sources = new TreeSet<>();

        void add(Figure f) {
            f.rate().ifPresent(r -> rates.put(r.asOf() + r.base() + r.quote(), r));
            sources.addAll(f.obs().sources());
        }

        List<FxRate> rates() {
            return List.copyOf(rates.values());
        }

        List<Integer> sources() {
            return List.copyOf(sources);
        }
    }
}
