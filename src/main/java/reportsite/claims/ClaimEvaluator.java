package reportsite.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reportsite.claims.Claim.Arithmetic;
import reportsite.claims.Claim.Expr;
import reportsite.claims.Claim.Figure;
import reportsite.claims.Claim.FigureRef;
import reportsite.claims.Claim.Growth;
import reportsite.claims.Claim.SeriesRef;
import reportsite.claims.Figures.Need;
import reportsite.claims.Figures.Problem;
import reportsite.data.Dataset;
import reportsite.data.Entity;
import reportsite.data.Observation;

/**
 * Judges a claim against the data. Every {@code @latest} in a claim stands for the same calendar
 * months: the newest that all its series have, so that a claim compares like with like and is
 * judged again when newer figures arrive.
 */
public final class ClaimEvaluator {

    /** What the data says of a claim, with the values that decide it. */
    public sealed interface Outcome {
    }

    public record Holds(String values) implements Outcome {
    }

    /** @param hint what to change */
    public record Fails(String values, String hint) implements Outcome {
    }

    /** The claim refers to what the data does not have. */
    public record Invalid(String message, String hint) implements Outcome {
    }

    private static final String REWORD = "reword the sentence and its claim to what the data shows, or correct the data";

    private final Figures figures;
    private final Wording words;

    /** Gives the deciding values in English, for messages to the author. */
    public ClaimEvaluator(Dataset data) {
        this(data, Wording.english());
    }

    /** Gives the deciding values in {@code words}: an edition's, for its claims page. */
    public ClaimEvaluator(Dataset data, Wording words) {
        this.words = words;
        this.figures = new Figures(data, words);
    }

    public Outcome evaluate(Claim claim) {
        try {
            if (claim instanceof Claim.Comparison c) {
                return comparison(c);
            } else if (claim instanceof Claim.Extreme e) {
                return new Extremes(figures, words).judge(e, latestOf(e.figure()));
            } else if (claim instanceof Claim.Trend t) {
                return trend(t);
            }
            return new Crossings(figures, words).judge((Claim.Crossing) claim);
        } catch (Problem p) {
            return new Invalid(p.getMessage(), p.hint);
        }
    }

    private String reporting() {
        return figures.data().site().reportingCurrency();
    }

    private Observation latestOf(FigureRef ref) throws Problem {
        if (!ref.latest()) {
            return figures.labelled(ref);
        }
        List<Observation> s = figures.series(ref.series());
        if (s.isEmpty()) {
            throw new Problem("no figure for " + ref + " in the claim", "the data has no numeric figure of " + ref.series());
        }
        return s.get(s.size() - 1);
    }

    // ------------------------------------------------------------ comparison

    private Outcome comparison(Claim.Comparison c) throws Problem {
        String currency = c.currency().orElse(reporting());
        List<Need> needs = new ArrayList<>();
        collectLatest(c.left(), needs);
        collectLatest(c.right(), needs);
        Optional<Span> common = needs.isEmpty() ? Optional.empty() : Optional.of(figures.newestCommon(needs));
        List<String> shown = new ArrayList<>();
        BigDecimal left = value(c.left(), common, currency, shown);
        BigDecimal right = value(c.right(), common, currency, shown);
        int cmp = left.compareTo(right);
        boolean holds = switch (c.operator()) {
            case ">" -> cmp > 0;
            case "<" -> cmp < 0;
            case ">=" -> cmp >= 0;
            default -> cmp <= 0;
        };
        String values = words.say(holds ? "holds" : "fails", "values", String.join(words.say("sep"), shown),
                "left", side(c.left(), left, currency, c.right()), "op", c.operator(), "right", side(c.right(), right, currency, c.left()));
        return holds ? new Holds(values + margin(left, right)) : new Fails(values, REWORD);
    }

    /**
     * A side of a comparison as the edition writes it: with the unit of its one figure where it has
     * one and no growth ("US$17.7 bn" for {@code 4 * alibaba.capex@latest}; 177亿美元), a bare number
     * in the unit of the one figure of {@code other}, else the number.
     */
    private String side(Expr e, BigDecimal x, String currency, Expr other) {
        List<Figure> found = new ArrayList<>();
        figuresOf(e, found);
        if (found.isEmpty()) {
            // A bare number is in the scale of the figure it is compared with ("< 100" beside a
            // count of developers in millions is 100 million developers), and written so.
            figuresOf(other, found);
        }
        if (found.size() != 1 || found.get(0).growth().isGrowth()) {
            return Figures.plain(x);
        }
        return figures.data().metric(found.get(0).ref().series().metric())
                .map(m -> words.value(m, new reportsite.data.Value.Exact(x.round(new MathContext(4, java.math.RoundingMode.HALF_UP))
                        .stripTrailingZeros()), m.unit() == reportsite.data.Metric.Unit.MONEY ? currency : "", false))
                .orElse(Figures.plain(x));
    }

    private static void figuresOf(Expr e, List<Figure> out) {
        if (e instanceof Figure f) {
            out.add(f);
        } else if (e instanceof Arithmetic a) {
            figuresOf(a.left(), out);
            figuresOf(a.right(), out);
        }
    }

    /** How far a comparison that holds is from flipping: the change of the left side that would make the two equal. */
    private String margin(BigDecimal left, BigDecimal right) {
        if (left.signum() <= 0 || right.signum() <= 0) {
            return "";
        }
        BigDecimal change = right.divide(left, MathContext.DECIMAL64).subtract(BigDecimal.ONE).movePointRight(2);
        return words.say(change.signum() < 0 ? "flip_fall" : "flip_rise", "pct",
                Figures.plain(change.abs().setScale(1, java.math.RoundingMode.HALF_UP)));
    }

    private static void collectLatest(Expr e, List<Need> needs) {
        if (e instanceof Figure f && f.ref().latest()) {
            needs.add(new Need(f.ref().series(), f.growth()));
        } else if (e instanceof Arithmetic a) {
            collectLatest(a.left(), needs);
            collectLatest(a.right(), needs);
        }
    }

    private BigDecimal value(Expr e, Optional<Span> common, String currency, List<String> shown) throws Problem {
        if (e instanceof Claim.Number n) {
            return n.value();
        }
        if (e instanceof Arithmetic a) {
            BigDecimal l = value(a.left(), common, currency, shown);
            BigDecimal r = value(a.right(), common, currency, shown);
            if (a.operator() == '/' && r.signum() == 0) {
                throw new Problem("the claim divides by zero", "compare the figures themselves");
            }
            return a.operator() == '*' ? l.multiply(r, MathContext.DECIMAL64) : l.divide(r, MathContext.DECIMAL64);
        }
        Figure f = (Figure) e;
        Observation o = f.ref().latest() ? figures.at(f.ref().series(), common.orElseThrow()).orElseThrow()
                : figures.labelled(f.ref());
        if (f.growth() == Growth.NONE) {
            shown.add(figures.show(o, currency));
            return figures.number(o, currency);
        }
        if (!f.growth().isGrowth()) {
            BigDecimal end = figures.end(o, currency, f.growth() == Growth.HIGH);
            shown.add(words.say("end", "end", words.say(f.growth() == Growth.HIGH ? "high" : "low"), "figure", figures.show(o, currency),
                    "number", Figures.plain(end)));
            return end;
        }
        Observation base = figures.base(o, f.growth()).orElseThrow(() -> new Problem("no figure to compute the "
                + f.growth().name().toLowerCase(java.util.Locale.ROOT) + " growth of " + o.key() + " from",
                "the data needs the same series one " + (f.growth() == Growth.YOY ? "year" : "period") + " earlier"));
        BigDecimal g = Figures.growth(o, base);
        shown.add(words.say(f.growth() == Growth.YOY ? "yoy" : "qoq", "key", o.key(), "span", words.span(o.period()),
                "base", words.span(base.period()), "pct", (g.signum() > 0 ? "+" : "") + Figures.plain(g) + "%"));
        return g;
    }

    // ------------------------------------------------------------ trend

    private Outcome trend(Claim.Trend t) throws Problem {
        Observation last = latestOf(t.figure());
        Span span = Span.of(last.period());
        List<Observation> window = new ArrayList<>();
        for (Observation o : figures.series(t.figure().series())) {
            Span s = Span.of(o.period());
            if (s.months() == span.months() && s.compareTo(span) <= 0) {
                window.add(o);
            }
        }
        window = window.subList(Math.max(0, window.size() - t.count()), window.size());
        List<String> shown = new ArrayList<>();
        boolean holds = window.size() == t.count();
        for (int i = 0; i < window.size(); i++) {
            BigDecimal x = window.get(i).value().number().orElseThrow();
            shown.add(words.say("point", "span", words.span(window.get(i).period()), "x", Figures.plain(x)));
            if (i > 0) {
                int cmp = x.compareTo(window.get(i - 1).value().number().orElseThrow());
                holds &= t.rising() ? cmp > 0 : cmp < 0;
            }
        }
        String points = String.join(words.say("list_sep"), shown);
        String values = window.size() < t.count()
                ? words.say("trend_short", "series", t.figure().series(), "n", window.size(), "to", span.to(), "points", points)
                : words.say("trend", "series", t.figure().series(), "n", t.count(), "points", points);
        return holds ? new Holds(values) : new Fails(values, REWORD);
    }

    /** The highest or lowest figure of a series, or among entities. */
    private record Extremes(Figures figures, Wording words) {

        Outcome judge(Claim.Extreme e, Observation newest) throws Problem {
            return e.overEntities() ? amongEntities(e) : amongPeriods(e, newest);
        }

        private Outcome amongPeriods(Claim.Extreme e, Observation o) throws Problem {
            Span span = Span.of(o.period());
            String currency = figures.data().currencyOf(o);
            BigDecimal x = figures.number(o, currency);
            Optional<Observation> rival = Optional.empty();
            for (Observation other : figures.series(e.figure().series())) {
                Span s = Span.of(other.period());
                if (other != o && s.months() == span.months() && s.compareTo(span) < 0
                        && (rival.isEmpty() || better(figures.number(other, currency), figures.number(rival.get(), currency), e.highest()))) {
                    rival = Optional.of(other);
                }
            }
            if (rival.isEmpty()) {
                return new Fails(words.say("first", "figure", figures.show(o, currency)),
                        "a record needs earlier figures; " + REWORD);
            }
            boolean holds = better(x, figures.number(rival.get(), currency), e.highest());
            String values = words.say(e.highest() ? "highest_before" : "lowest_before", "figure", figures.show(o, currency),
                    "rival", figures.show(rival.get(), currency));
            return holds ? new Holds(values) : new Fails(values, REWORD);
        }

        private Outcome amongEntities(Claim.Extreme e) throws Problem {
            String metric = e.figure().series().metric();
            String currency = figures.data().site().reportingCurrency();
            Map<String, SeriesRef> others = new HashMap<>();
            List<Need> needs = new ArrayList<>(List.of(new Need(e.figure().series(), Growth.NONE)));
            for (Entity entity : figures.data().entities()) {
                SeriesRef s = new SeriesRef(entity.id(), metric);
                if (!entity.id().equals(e.figure().series().entity()) && !figures.series(s).isEmpty()) {
                    others.put(entity.id(), s);
                    needs.add(new Need(s, Growth.NONE));
                }
            }
            Observation o = e.figure().latest() ? figures.at(e.figure().series(), figures.newestCommon(needs)).orElseThrow()
                    : figures.labelled(e.figure());
            Span span = Span.of(o.period());
            BigDecimal x = figures.number(o, currency);
            List<String> shown = new ArrayList<>(List.of(figures.show(o, currency)));
            boolean holds = true;
            int compared = 0;
            for (Entity entity : figures.data().entities()) {
                SeriesRef s = others.get(entity.id());
                Optional<Observation> other = s == null ? Optional.empty() : figures.at(s, span);
                if (other.isPresent()) {
                    compared++;
                    shown.add(figures.show(other.get(), currency));
                    holds &= better(x, figures.number(other.get(), currency), e.highest());
                }
            }
            if (compared == 0) {
                return new Fails(words.say("alone", "figure", shown.get(0), "metric", metric, "span", words.span(o.period())),
                        "compare months that other entities have; " + REWORD);
            }
            String values = String.join(words.say("sep"), shown);
            return holds ? new Holds(values) : new Fails(values, REWORD);
        }

        private static boolean better(BigDecimal x, BigDecimal than, boolean highest) {
            return highest ? x.compareTo(than) > 0 : x.compareTo(than) < 0;
        }
    }
}
