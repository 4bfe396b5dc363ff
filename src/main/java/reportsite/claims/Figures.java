package reportsite.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import reportsite.claims.Claim.FigureRef;
import reportsite.claims.Claim.Growth;
import reportsite.claims.Claim.SeriesRef;
import reportsite.data.Dataset;
import reportsite.data.Metric;
import reportsite.data.Observation;
import reportsite.diag.Suggest;

/** The figures a claim refers to, found by label or by calendar months, and shown for a message. */
final class Figures {

    /** A claim that refers to what the data does not have. */
    static final class Problem extends Exception {

        final String hint;

        Problem(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }
    }

    private final Dataset data;
    private final Wording words;

    Figures(Dataset data, Wording words) {
        this.data = data;
        this.words = words;
    }

    Dataset data() {
        return data;
    }

    /** The numeric figures of a series, oldest first; checks that the entity and metric exist. */
    List<Observation> series(SeriesRef s) throws Problem {
        if (data.entity(s.entity()).isEmpty()) {
            throw new Problem("unknown entity '" + s.entity() + "' in the claim",
                    Suggest.hint(s.entity(), data.entities().stream().map(e -> e.id()).toList()));
        }
        if (data.metric(s.metric()).isEmpty()) {
            throw new Problem("unknown metric '" + s.metric() + "' in the claim",
                    Suggest.hint(s.metric(), data.metrics().stream().map(Metric::id).toList()));
        }
        return data.series(s.entity(), s.metric()).stream().filter(o -> o.value().number().isPresent()).toList();
    }

    Optional<Observation> at(SeriesRef s, Span span) throws Problem {
        return series(s).stream().filter(o -> Span.of(o.period()).equals(span)).findFirst();
    }

    /** A figure by its label (not {@code latest}). */
    Observation labelled(FigureRef ref) throws Problem {
        List<Observation> s = series(ref.series());
        return s.stream().filter(o -> o.period().label().equals(ref.period())).findFirst()
                .orElseThrow(() -> new Problem("no figure for " + ref + " in the claim", s.isEmpty()
                        ? "the data has no numeric " + ref.series().metric() + " figure for " + ref.series().entity()
                        : sameMonths(ref, s).orElse("periods with data: " + String.join(", ", s.stream().map(o -> o.period().label()).toList()))));
    }

    /** When the series has the reference's months under another period name (a fiscal quarter for a calendar one), which. */
    private Optional<String> sameMonths(FigureRef ref, List<Observation> series) {
        int fyStart = data.entity(ref.series().entity()).map(reportsite.data.Entity::fiscalYearStart).orElse(1);
        return reportsite.data.PeriodParser.parse(ref.period(), fyStart).flatMap(p -> reportsite.data.Alignment.at(series, p)
                .map(o -> "the data has " + p.calendarSpan() + " as " + o.period().label() + ": write " + ref.series().entity() + "."
                        + ref.series().metric() + "@" + o.period().label()));
    }

    /** The figure a growth is measured from: the same months a year earlier, or the period just before. */
    Optional<Observation> base(Observation o, Growth growth) throws Problem {
        Span span = Span.of(o.period());
        return at(new SeriesRef(o.entity(), o.metric()), span.minusMonths(growth == Growth.YOY ? 12 : span.months()));
    }

    /** The newest calendar months at which every one of {@code needs} has its figure (and its growth's base). */
    Span newestCommon(List<Need> needs) throws Problem {
        List<Span> candidates = new ArrayList<>();
        for (Observation o : series(needs.get(0).series())) {
            candidates.add(Span.of(o.period()));
        }
        candidates.sort(Comparator.reverseOrder());
        for (Span span : candidates) {
            if (allAt(needs, span)) {
                return span;
            }
        }
        throw new Problem("no calendar period is common to " + String.join(", ", needs.stream().map(Need::describe).toList()),
                "compare series that cover the same months, or name the periods instead of @latest");
    }

    private boolean allAt(List<Need> needs, Span span) throws Problem {
        for (Need n : needs) {
            Optional<Observation> o = at(n.series(), span);
            if (o.isEmpty() || (n.growth().isGrowth() && base(o.get(), n.growth()).isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** A series that must have a figure at the common period, and, for a growth, its base too. */
    record Need(SeriesRef series, Growth growth) {

        String describe() {
            return (growth == Growth.NONE ? "" : growth.name().toLowerCase(java.util.Locale.ROOT) + " ") + series;
        }
    }

    /** The value in {@code currency} when it is money, else as it is. */
    BigDecimal number(Observation o, String currency) throws Problem {
        Optional<Dataset.Converted> c = data.valueIn(o, Optional.of(currency));
        if (c.isEmpty()) {
            throw new Problem("no FX rate from " + data.currencyOf(o) + " to " + currency + " for " + o.key(),
                    "add one to the fx list of the metrics file");
        }
        return c.get().value().number().orElseThrow();
    }

    /** The low or high end of a range, in {@code currency}; a figure that is not a range has no ends. */
    BigDecimal end(Observation o, String currency, boolean high) throws Problem {
        Optional<Dataset.Converted> c = data.valueIn(o, Optional.of(currency));
        if (c.isEmpty()) {
            throw new Problem("no FX rate from " + data.currencyOf(o) + " to " + currency + " for " + o.key(),
                    "add one to the fx list of the metrics file");
        }
        if (!(c.get().value() instanceof reportsite.data.Value.Range r)) {
            throw new Problem((high ? "high " : "low ") + o.key() + ": the figure is not a range", "write the figure without " + (high ? "high" : "low"));
        }
        return high ? r.to() : r.from();
    }

    /** "alibaba.capex@FY2026-Q2 (Jul–Sep 2025) = US$4.4 bn". */
    String show(Observation o, String currency) {
        Metric m = data.metric(o.metric()).orElseThrow();
        Dataset.Converted c = data.valueIn(o, Optional.of(currency)).orElseThrow();
        return words.say("figure", "key", o.key(), "span", words.span(o.period()), "value",
                words.value(m, c.value(), c.currency(), c.rate().isPresent()));
    }

    /** A growth in percent: the change from {@code base} to {@code o}, in the entity's own currency. */
    static BigDecimal growth(Observation o, Observation base) throws Problem {
        BigDecimal from = base.value().number().orElseThrow();
        if (from.signum() == 0) {
            throw new Problem("cannot compute a growth from " + base.key() + ": it is zero", "compare the figures themselves");
        }
        return o.value().number().orElseThrow().divide(from, MathContext.DECIMAL64).subtract(BigDecimal.ONE).movePointRight(2);
    }

    /** A computed number for a message: four significant digits at most. */
    static String plain(BigDecimal x) {
        return x.round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }
}
