package reportsite.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reportsite.content.FigureText;
import reportsite.data.Alignment;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.Language;
import reportsite.data.Metric;
import reportsite.data.Observation;
import reportsite.data.Period;
import reportsite.data.PeriodParser;
import reportsite.data.Source;
import reportsite.data.ValueFormatter;
import reportsite.i18n.UiStrings;

/**
 * The dataset as templates see it: maps, lists and strings with every number already
 * formatted, so that a template never formats a figure by hand. See docs/templates.md.
 */
public final class DataViews {

    private final Dataset data;
    private final Language language;
    private final UiStrings ui;

    public DataViews(Dataset data) {
        this(data, UiStrings.shipped());
    }

    /** @param ui the interface strings of the data's edition */
    public DataViews(Dataset data, UiStrings ui) {
        this.data = data;
        this.language = data.language();
        this.ui = ui;
    }

    public Map<String, Object> entity(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("short", e.shortName());
        m.put("colour", e.colour());
        m.put("currency", e.currency());
        m.put("currencyName", ValueFormatter.currencyName(data.language(), e.currency()));
        m.put("fiscalYearStart", e.fiscalYearStart());
        m.put("href", "company-" + e.id() + ".html");
        return m;
    }

    public List<Map<String, Object>> entities() {
        return data.entities().stream().map(this::entity).toList();
    }

    /** One figure: text, period, sources, confidence and qualifiers. */
    public Map<String, Object> figure(Observation o, Optional<String> currency) {
        Metric metric = data.metric(o.metric()).orElseThrow();
        Dataset.Converted c = data.valueIn(o, currency).orElseGet(() -> data.valueIn(o, Optional.empty()).orElseThrow());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", ValueFormatter.format(language, metric, c.value(), c.currency(), c.rate().isPresent() || o.isDerived(),
                ValueFormatter.Style.SHORT));
        m.put("period", ValueFormatter.period(language, o.period()));
        m.put("periodFull", ValueFormatter.periodWithSpan(language, o.period()));
        m.put("afterAsOf", FigureText.asOfMark(data, o, ui));
        m.put("note", o.note());
        m.put("title", FigureText.title(data, o, ui));
        m.put("confidence", o.confidence().label());
        m.put("derived", o.isDerived());
        m.put("derivation", o.derivation());
        m.put("exact", o.value().isExact());
        m.put("fx", c.rate().map(r -> ValueFormatter.rate(language, r)).orElse(""));
        m.put("sources", o.sources().stream().map(this::sourceRef).toList());
        m.put("nextUpdate", o.nextUpdate().map(Object::toString).orElse(""));
        return m;
    }

    public Map<String, Object> sourceRef(int id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("href", "sources.html#source-" + id);
        m.put("label", data.source(id).map(s -> FigureText.sourceLabel(s, ui)).orElse(""));
        return m;
    }

    public Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("publisher", s.publisher());
        m.put("date", FigureText.sourceDate(s, data, ui));
        m.put("url", s.url());
        // Figures back-calculated from a stated growth rate rest on the source of that rate, so they are
        // listed too; growth rates the build computes from other figures are not.
        m.put("figures", data.observations().stream()
                .filter(o -> o.sources().contains(s.id()) && !data.metric(o.metric()).map(Metric::isDerived).orElse(false))
                .map(o -> data.entity(o.entity()).map(Entity::shortName).orElse(o.entity()) + " · "
                        + data.metric(o.metric()).map(Metric::label).orElse(o.metric()) + " · " + ValueFormatter.period(language, o.period())
                        + (o.isDerived() ? ui.get("figure.derived_suffix") : ""))
                .toList());
        return m;
    }

    public Map<String, Object> metric(Metric metric) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", metric.id());
        m.put("label", metric.label());
        m.put("description", metric.description());
        m.put("kind", metric.kind().label());
        m.put("derived", metric.isDerived());
        m.put("derivation", metric.derivation());
        return m;
    }

    /**
     * A comparison row: the metric and, for every entity, its newest figure in its own currency
     * (or null when it has none).
     */
    public Map<String, Object> comparisonRow(Metric metric) {
        Map<String, Object> row = metric(metric);
        Alignment.Row aligned = Alignment.newest(data, data.entities().stream().map(Entity::id).toList(), metric.id());
        List<Object> cells = new ArrayList<>();
        for (Optional<Observation> o : aligned.figures().values()) {
            cells.add(o.map(x -> figure(x, Optional.empty())).orElse(null));
        }
        row.put("cells", cells);
        row.put("aligned", aligned.aligned());
        row.put("alignNote", alignNote(aligned));
        return row;
    }

    /**
     * What a comparison row says of its months: which months it shows and which newer figures
     * it leaves out, or that the entities' newest periods differ; "" when they agree.
     */
    private String alignNote(Alignment.Row row) {
        String list = row.newer().entrySet().stream()
                .map(e -> ui.format("compare.entity_span", Map.of("entity", data.entity(e.getKey()).map(Entity::shortName).orElse(e.getKey()),
                        "span", ValueFormatter.calendarSpan(language, e.getValue()))))
                .collect(java.util.stream.Collectors.joining(ui.get("compare.list_sep")));
        if (list.isEmpty()) {
            return "";
        }
        return row.shown().map(p -> ui.format("compare.shown", Map.of("span", ValueFormatter.calendarSpan(language, p), "newer", list)))
                .orElseGet(() -> ui.format("compare.differ", Map.of("list", list)));
    }

    /** Every figure of one entity, grouped by metric, oldest first. */
    public List<Map<String, Object>> history(Entity e) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Metric metric : data.metrics()) {
            List<Observation> s = data.series(e.id(), metric.id());
            if (s.isEmpty()) {
                continue;
            }
            Map<String, Object> m = metric(metric);
            m.put("figures", s.stream().map(o -> figure(o, Optional.empty())).toList());
            m.put("next", next(e, s.get(s.size() - 1)));
            out.add(m);
        }
        return out;
    }

    /**
     * What is still to come after the newest figure of a series, when its {@code next_update}
     * says when: {@code {period, due}}, the period being the one after the newest (a quarter
     * after a quarter, a month after a month, "" after a figure of a day); empty without a date.
     */
    Map<String, Object> next(Entity e, Observation newest) {
        Map<String, Object> m = new LinkedHashMap<>();
        newest.nextUpdate().ifPresent(due -> {
            m.put("period", following(newest.period(), e.fiscalYearStart()).map(p -> ValueFormatter.periodWithSpan(language, p)).orElse(""));
            m.put("due", ValueFormatter.date(language, due));
        });
        return m;
    }

    /** The period after {@code p} of the same kind, in the entity's fiscal calendar for fiscal periods. */
    static Optional<Period> following(Period p, int fiscalYearStart) {
        Optional<String> next = switch (p.kind()) {
            case QUARTER, FISCAL_QUARTER -> PeriodParser.shift(p, 0, -1);
            case YEAR, FISCAL_YEAR -> PeriodParser.shift(p, -1, 0);
            case MONTH -> Optional.of(YearMonth.from(p.start()).plusMonths(1).toString());
            case DAY -> Optional.empty();
        };
        return next.flatMap(label -> PeriodParser.parse(label, fiscalYearStart));
    }

    /** Headline cards: {@link Dataset#keyFigures}, each with its metric's label. */
    public List<Map<String, Object>> keyFigures(Entity e, int limit) {
        return data.keyFigures(e.id(), limit).stream().map(o -> {
            Map<String, Object> card = figure(o, Optional.empty());
            card.put("label", data.metric(o.metric()).orElseThrow().label());
            return card;
        }).toList();
    }

    /**
     * The whole dataset by id, for template authors: {@code data.metric.capex.label},
     * {@code data.metric.capex.latest.alibaba.text}, {@code data.metric.capex.series.google} (a
     * list of figures, oldest first), {@code data.entity.alibaba.name}, {@code data.source["17"].title}.
     */
    public Map<String, Object> templateModel() {
        Map<String, Object> metricsById = new LinkedHashMap<>();
        for (Metric metric : data.metrics()) {
            Map<String, Object> m = metric(metric);
            Map<String, Object> latest = new LinkedHashMap<>();
            Map<String, Object> series = new LinkedHashMap<>();
            for (Entity e : data.entities()) {
                List<Observation> s = data.series(e.id(), metric.id());
                if (!s.isEmpty()) {
                    latest.put(e.id(), figure(s.get(s.size() - 1), Optional.empty()));
                    series.put(e.id(), s.stream().map(o -> figure(o, Optional.empty())).toList());
                }
            }
            m.put("latest", latest);
            m.put("series", series);
            metricsById.put(metric.id(), m);
        }
        Map<String, Object> entitiesById = new LinkedHashMap<>();
        data.entities().forEach(e -> entitiesById.put(e.id(), entity(e)));
        Map<String, Object> sourcesById = new LinkedHashMap<>();
        data.sources().forEach(src -> sourcesById.put(String.valueOf(src.id()), source(src)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("metric", metricsById);
        model.put("entity", entitiesById);
        model.put("source", sourcesById);
        return model;
    }
}
