package reportsite.content;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.chart.ChartData;
import reportsite.data.Alignment;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.Language;
import reportsite.data.Metric;
import reportsite.data.Observation;
import reportsite.data.PeriodParser;
import reportsite.data.ValueFormatter;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;
import reportsite.diag.Suggest;
import reportsite.i18n.UiStrings;

/**
 * Turns one directive into HTML, or reports why it cannot: unknown entity, metric, period,
 * chart, table or fact check, or a malformed directive.
 */
final class DirectiveResolver {

    private static final Pattern REF = Pattern.compile("([a-z0-9_-]+)\\.([a-z0-9_-]+)@([A-Za-z0-9-]+)");
    private static final String SYNTAX = "write {{ entity.metric@period }}, {{ a in USD }}, {{ a / b }}, {{ a -> b }}, {{ change a -> b }},"
            + " {{ period entity FY2026-Q1 }}, {{ ref id }}, or a block: chart, table, keyfigures, factcheck";

    private final Dataset data;
    private final Map<String, ChartData> charts;
    private final Embeds embeds;
    private final SourceText file;
    private final Diagnostics diagnostics;

    /** Figure and table numbers of the page, by embed id. */
    private final Map<String, String> labels;
    /** Keys of the figures the directives resolved so far (tables, key figures and fact checks too). */
    private final SortedSet<String> figures = new TreeSet<>();

    DirectiveResolver(Dataset data, Map<String, ChartData> charts, Embeds embeds, SourceText file,
                      Diagnostics diagnostics, Map<String, String> labels) {
        this.data = data;
        this.charts = charts;
        this.embeds = embeds;
        this.file = file;
        this.diagnostics = diagnostics;
        this.labels = labels;
    }

    /** Keys of the figures shown by the directives resolved so far. */
    SortedSet<String> figures() {
        return Collections.unmodifiableSortedSet(figures);
    }

    /** The figures a table row of {@code metric} shows: those the comparison picks. */
    private void compared(Metric metric) {
        Alignment.newest(data, data.entities().stream().map(Entity::id).toList(), metric.id()).figures().values()
                .forEach(o -> o.ifPresent(x -> figures.add(x.key())));
    }

    /** The newest figure of each series of {@code metric}: what a key-figure card shows. */
    private void newest(Metric metric) {
        for (Entity e : data.entities()) {
            List<Observation> s = data.series(e.id(), metric.id());
            if (!s.isEmpty()) {
                figures.add(s.get(s.size() - 1).key());
            }
        }
    }

    /** The HTML for a directive; "" after reporting an error. */
    String resolve(Directive d, int number) {
        List<String> w = d.words();
        if (w.isEmpty()) {
            return fail(d, "empty directive '{{ }}'", SYNTAX);
        }
        return switch (w.get(0)) {
            case "chart" -> chart(d, number);
            case "table" -> table(d, number);
            case "keyfigures" -> {
                if (w.size() != 1) {
                    yield fail(d, "'keyfigures' takes no arguments", "write {{ keyfigures }}");
                }
                data.metrics().stream().filter(m -> !m.isDerived()).forEach(this::newest);
                yield embeds.keyFigures();
            }
            case "factcheck" -> factCheck(d);
            case "ref" -> ref(d);
            case "period" -> period(d);
            case "change" -> changeInWords(d);
            // Judged with its sentence, by ClaimSentences; it shows nothing on the page.
            case "claim" -> "";
            default -> expression(d);
        };
    }

    private String fail(Directive d, String message, String hint) {
        diagnostics.error(file, d.position(), message, hint);
        return "";
    }

    private String chart(Directive d, int number) {
        if (d.words().size() != 2) {
            return fail(d, "'chart' takes one chart id", "write {{ chart capex-quarterly }}");
        }
        ChartData c = charts.get(d.words().get(1));
        if (c == null) {
            return fail(d, "unknown chart '" + d.words().get(1) + "'", Suggest.hint(d.words().get(1), charts.keySet()));
        }
        return embeds.chart(number, c);
    }

    private String table(Directive d, int number) {
        List<Metric> metrics = new ArrayList<>();
        String id = "table-" + number;
        for (String word : d.words().subList(1, d.words().size())) {
            if (word.startsWith("#")) {
                id = word.substring(1);
                continue;
            }
            Optional<Metric> m = data.metric(word);
            if (m.isEmpty()) {
                return fail(d, "unknown metric '" + word + "'", Suggest.hint(word, data.metrics().stream().map(Metric::id).toList()));
            }
            metrics.add(m.get());
        }
        if (metrics.isEmpty()) {
            return fail(d, "'table' needs at least one metric", "write {{ table capex cloud_revenue_growth }}");
        }
        metrics.forEach(this::compared);
        return embeds.table(number, id, metrics);
    }

    private String factCheck(Directive d) {
        if (d.words().size() != 2) {
            return fail(d, "'factcheck' takes one id", "write {{ factcheck gemini-developers }}");
        }
        return data.factCheck(d.words().get(1))
                .map(fc -> {
                    Matcher refs = REF.matcher(fc.finding());
                    while (refs.find()) {
                        data.observation(refs.group(1), refs.group(2), refs.group(3)).ifPresent(o -> figures.add(o.key()));
                    }
                    return embeds.factCheck(fc, FindingRenderer.render(fc, data, embeds, diagnostics));
                })
                .orElseGet(() -> fail(d, "unknown fact check '" + d.words().get(1) + "'",
                        Suggest.hint(d.words().get(1), data.factChecks().stream().map(f -> f.id()).toList())));
    }

    private String ref(Directive d) {
        if (d.words().size() != 2) {
            return fail(d, "'ref' takes one id", "write {{ ref capex-quarterly }}");
        }
        String id = d.words().get(1);
        String label = labels.get(id);
        if (label == null) {
            return fail(d, "cross-reference to '" + id + "', which is not a figure or table on this page",
                    labels.isEmpty() ? "embed it with {{ chart " + id + " }} first" : Suggest.hint(id, labels.keySet()));
        }
        return "<a class=\"xref\" href=\"#" + Html.escape(id) + "\">" + Html.escape(label) + "</a>";
    }

    private String period(Directive d) {
        if (d.words().size() != 3) {
            return fail(d, "'period' takes an entity and a period", "write {{ period alibaba FY2026-Q1 }}");
        }
        return entity(d, d.words().get(1)).map(e -> PeriodParser.parse(d.words().get(2), e.fiscalYearStart())
                .map(p -> Html.escape(ValueFormatter.calendarSpan(data.language(), p)))
                .orElseGet(() -> fail(d, "malformed period '" + d.words().get(2) + "'", "write " + PeriodParser.FORMATS)))
                .orElse("");
    }

    private Optional<reportsite.data.Entity> entity(Directive d, String id) {
        Optional<reportsite.data.Entity> e = data.entity(id);
        if (e.isEmpty()) {
            fail(d, "unknown entity '" + id + "'", Suggest.hint(id, data.entities().stream().map(x -> x.id()).toList()));
        }
        return e;
    }

    private String expression(Directive d) {
        List<String> w = d.words();
        if (w.size() == 1) {
            return observation(d, w.get(0)).map(o -> value(o, Optional.empty())).orElse("");
        }
        if (w.size() == 3 && w.get(1).equals("in")) {
            if (!w.get(2).matches("[A-Z]{3}")) {
                return fail(d, "'" + w.get(2) + "' is not a currency code", "write a three-letter code such as USD");
            }
            return observation(d, w.get(0)).map(o -> {
                Optional<Dataset.Converted> c = data.valueIn(o, Optional.of(w.get(2)));
                if (c.isEmpty()) {
                    return fail(d, "no FX rate from " + data.currencyOf(o) + " to " + w.get(2), "add one to the fx list of the metrics file");
                }
                return FigureText.link(data, o, c.get(), "", embeds.ui());
            }).orElse("");
        }
        if (w.size() == 3 && (w.get(1).equals("/") || w.get(1).equals("->"))) {
            Optional<Observation> a = observation(d, w.get(0));
            Optional<Observation> b = observation(d, w.get(2));
            if (a.isEmpty() || b.isEmpty()) {
                return "";
            }
            return w.get(1).equals("/") ? ratio(d, a.get(), b.get()) : change(d, a.get(), b.get());
        }
        return fail(d, "malformed directive '{{ " + d.text() + " }}'", SYNTAX);
    }

    private String value(Observation o, Optional<String> currency) {
        return FigureText.link(data, o, data.valueIn(o, currency).orElseThrow(), "", embeds.ui());
    }

    /**
     * A figure's number for a ratio or change: in its own currency when both figures share one
     * (a company's growth is not blurred by exchange rates), else in the reporting currency.
     */
    private Optional<Dataset.Converted> comparable(Directive d, Observation o, boolean convert) {
        Optional<Dataset.Converted> c = data.valueIn(o, convert ? Optional.of(data.site().reportingCurrency()) : Optional.empty());
        if (c.isEmpty() || c.get().value().number().isEmpty()) {
            fail(d, o.key() + " has no number to compare" + (c.isEmpty() ? " (no FX rate to " + data.site().reportingCurrency() + ")" : ""),
                    "compare figures that have a numeric value");
            return Optional.empty();
        }
        return c;
    }

    private String ratio(Directive d, Observation a, Observation b) {
        return compare(d, a, b, b, "cannot divide by " + b.key() + ": it is zero", (x, y, approx) ->
                embeds.ui().format("figure.ratio", Map.of("about", approx, "x", ValueFormatter.number(x.divide(y, MathContext.DECIMAL64), 1))), "tip.ratio");
    }

    private String change(Directive d, Observation a, Observation b) {
        return compare(d, a, b, a, "cannot compute a change from " + a.key() + ": it is zero", (x, y, approx) -> {
            // A change in a sentence as the edition writes it: "about +84%"; 同比增长约84% (a verb there, not a sign).
            BigDecimal pct = percent(x, y);
            String number = ValueFormatter.number(pct.abs(), 0);
            return embeds.ui().format(number.equals("0") ? "figure.change_none" : pct.signum() > 0 ? "figure.change_up" : "figure.change_down",
                    Map.of("about", approx, "pct", number + "%"));
        }, "tip.change");
    }

    /**
     * {@code {{ change a -> b }}}: the change with its verb, in the edition's words ("rose 23%",
     * "fell 19%"; 增长23%), from the {@code change.*} patterns of templates/i18n, so that the
     * sentence cannot say the opposite of the data. A change that rounds to 0% is "unchanged".
     */
    private String changeInWords(Directive d) {
        List<String> w = d.words();
        if (w.size() != 4 || !w.get(2).equals("->")) {
            return fail(d, "malformed directive '{{ " + d.text() + " }}'", "write {{ change alibaba.capex@FY2025-Q2 -> alibaba.capex@FY2026-Q2 }}");
        }
        Optional<Observation> a = observation(d, w.get(1));
        Optional<Observation> b = observation(d, w.get(3));
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        return compare(d, a.get(), b.get(), a.get(), "cannot compute a change from " + a.get().key() + ": it is zero", (x, y, approx) -> {
            BigDecimal pct = percent(x, y);
            String number = ValueFormatter.number(pct.abs(), 0);
            String key = number.equals("0") && approx.isEmpty() ? "change.unchanged" : pct.signum() > 0 ? "change.rose" : "change.fell";
            // A bound is said in words: "rose more than 567%"; a fall from a bound turns it round.
            String qualifier = approx.equals("> ") ? embeds.ui().get(pct.signum() >= 0 ? "change.more_than" : "change.less_than")
                    : approx.equals("< ") ? embeds.ui().get(pct.signum() >= 0 ? "change.less_than" : "change.more_than") : approx;
            return embeds.ui().format(key, Map.of("value", qualifier + number + "%"));
        }, "tip.change");
    }

    private static BigDecimal percent(BigDecimal from, BigDecimal to) {
        return to.divide(from, MathContext.DECIMAL64).subtract(BigDecimal.ONE).movePointRight(2);
    }

    /** Writes a derived figure from the two numbers and the "about" it takes when either is not exact. */
    private interface Compute {
        String apply(BigDecimal x, BigDecimal y, String approx);
    }

    /**
     * A figure derived from two others; "about" when either is not exact. Figures of two
     * entities must cover the same calendar months, and a conversion between currencies shows
     * its rate beside the result.
     */
    private String compare(Directive d, Observation a, Observation b, Observation divisor, String zeroMessage,
                           Compute compute, String titleKey) {
        if (!a.entity().equals(b.entity()) && !Alignment.sameMonths(a.period(), b.period())) {
            return fail(d, "'{{ " + d.text() + " }}' compares " + a.period().calendarSpan() + " with " + b.period().calendarSpan()
                    + ": figures of two entities must cover the same calendar months", alignedHint(a, b));
        }
        boolean convert = !data.currencyOf(a).equals(data.currencyOf(b)) && isMoney(a);
        Optional<Dataset.Converted> x = comparable(d, a, convert);
        Optional<Dataset.Converted> y = comparable(d, b, convert);
        if (x.isEmpty() || y.isEmpty()) {
            return "";
        }
        BigDecimal xn = x.get().value().number().orElseThrow();
        BigDecimal yn = y.get().value().number().orElseThrow();
        if ((divisor == a ? xn : yn).signum() == 0) {
            return fail(d, zeroMessage, "");
        }
        Language lang = data.language();
        Observation numerator = divisor == a ? b : a;
        String approx = switch (bound(numerator.value(), divisor.value())) {
            case 1 -> "> ";
            case -1 -> "< ";
            default -> a.value().isExact() && b.value().isExact() ? "" : ValueFormatter.about(lang);
        };
        Set<String> rates = new LinkedHashSet<>();
        x.get().rate().ifPresent(r -> rates.add(ValueFormatter.rate(lang, r)));
        y.get().rate().ifPresent(r -> rates.add(ValueFormatter.rate(lang, r)));
        UiStrings ui = embeds.ui();
        String fx = rates.isEmpty() ? "" : "<span class=\"fx-note\">" + Html.escape(ui.get("figure.sep")
                + ui.format("figure.at_rate", Map.of("rate", String.join(ui.get("tip.list_sep"), rates)))) + "</span>";
        String title = ui.format(titleKey, Map.of("a", FigureText.named(data, a, x.get(), ui), "b", FigureText.named(data, b, y.get(), ui)));
        String how = title + (convert ? embeds.ui().format("tip.both_in", Map.of("currency",
                ValueFormatter.currencyName(lang, data.site().reportingCurrency()))) : "");
        return "<span class=\"fig derived\" title=\"" + Html.escape(how) + "\">" + compute.apply(xn, yn, approx) + "</span>" + fx;
    }

    /**
     * Whether a figure computed as {@code n / d} is itself a bound: 1 when it can only be larger
     * (a lower bound over an exact figure: "> +567%"), −1 when it can only be smaller, else 0.
     */
    private static int bound(reportsite.data.Value n, reportsite.data.Value d) {
        int up = n instanceof reportsite.data.Value.MoreThan ? 1 : n instanceof reportsite.data.Value.LessThan ? -1 : n.isExact() ? 0 : 9;
        int down = d instanceof reportsite.data.Value.MoreThan ? -1 : d instanceof reportsite.data.Value.LessThan ? 1 : d.isExact() ? 0 : 9;
        if (up == 9 || down == 9 || up * down < 0) {
            return 0;
        }
        return up != 0 ? up : down;
    }

    private boolean isMoney(Observation o) {
        return data.metric(o.metric()).map(m -> m.unit() == Metric.Unit.MONEY).orElse(false);
    }

    /** Names the figure of {@code b}'s entity that covers {@code a}'s months, if the data has one. */
    private String alignedHint(Observation a, Observation b) {
        return Alignment.at(data.series(b.entity(), b.metric()), a.period())
                .map(o -> "compare with " + o.key() + ", which covers " + a.period().calendarSpan())
                .or(() -> Alignment.at(data.series(a.entity(), a.metric()), b.period())
                        .map(o -> "compare " + o.key() + ", which covers " + b.period().calendarSpan()))
                .orElse("pick two figures of the same months (" + b.entity() + " has none for " + a.period().calendarSpan() + ")");
    }

    private Optional<Observation> observation(Directive d, String ref) {
        Matcher m = REF.matcher(ref);
        if (!m.matches()) {
            fail(d, "malformed figure reference '" + ref + "'", "write entity.metric@period, e.g. alibaba.capex@FY2026-Q1");
            return Optional.empty();
        }
        if (entity(d, m.group(1)).isEmpty()) {
            return Optional.empty();
        }
        if (data.metric(m.group(2)).isEmpty()) {
            fail(d, "unknown metric '" + m.group(2) + "'", Suggest.hint(m.group(2), data.metrics().stream().map(Metric::id).toList()));
            return Optional.empty();
        }
        Optional<Observation> o = data.observation(m.group(1), m.group(2), m.group(3));
        o.ifPresent(x -> figures.add(x.key()));
        if (o.isEmpty()) {
            missing(d, ref, m.group(1), m.group(2), m.group(3));
        }
        return o;
    }

    /**
     * Why a reference finds no figure: a period that is not one (2025Q3), the same months under
     * another name (2025-Q3 of a company whose fiscal quarter FY2026-Q2 covers them), or which
     * periods the series has.
     */
    private void missing(Directive d, String ref, String entity, String metric, String label) {
        int fyStart = data.entity(entity).map(reportsite.data.Entity::fiscalYearStart).orElse(1);
        Optional<reportsite.data.Period> period = reportsite.data.PeriodParser.parse(label, fyStart);
        if (period.isEmpty()) {
            fail(d, "malformed period '" + label + "' in " + ref, "write " + reportsite.data.PeriodParser.FORMATS);
            return;
        }
        List<Observation> series = data.series(entity, metric);
        Optional<Observation> same = Alignment.at(series, period.get());
        if (same.isPresent()) {
            fail(d, "no figure for " + ref, "the data has " + period.get().calendarSpan() + " as " + same.get().period().label()
                    + ": write " + entity + "." + metric + "@" + same.get().period().label());
            return;
        }
        List<String> periods = series.stream().map(x -> x.period().label()).toList();
        fail(d, "no figure for " + ref, periods.isEmpty() ? "the data has no " + metric + " figure for " + entity
                : "periods with data: " + String.join(", ", periods));
    }
}
