package reportsite.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reportsite.claims.Figures.Problem;
import reportsite.data.Observation;

/** Judges "crosses" and "overtakes" over the calendar periods that two series both have. */
record Crossings(Figures figures, Wording words) {

    ClaimEvaluator.Outcome judge(Claim.Crossing c) throws Problem {
        String currency = figures.data().site().reportingCurrency();
        List<BigDecimal> gaps = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Observation a : figures.series(c.first())) {
            Optional<Observation> b = figures.at(c.second(), Span.of(a.period()));
            if (b.isPresent()) {
                BigDecimal x = figures.number(a, currency);
                BigDecimal y = figures.number(b.get(), currency);
                gaps.add(x.subtract(y));
                shown.add(words.say("crossing_point", "span", words.span(a.period()), "x", Figures.plain(x), "y", Figures.plain(y)));
            }
        }
        int from = c.window() == 0 ? 0 : Math.max(0, gaps.size() - c.window());
        gaps = gaps.subList(from, gaps.size());
        shown = shown.subList(from, shown.size());
        boolean below = gaps.stream().anyMatch(g -> g.signum() < 0);
        boolean above = gaps.stream().anyMatch(g -> g.signum() > 0);
        boolean holds = c.overtakes() ? below && !gaps.isEmpty() && gaps.get(gaps.size() - 1).signum() > 0 : below && above;
        String values = words.say(gaps.size() < 2 ? "crossing_few" : "crossing", "first", c.first(), "second", c.second(),
                "points", String.join(words.say("sep"), shown)) + (holds || !(below || above) ? "" : below ^ above ? words.say("meet") : "");
        return holds ? new ClaimEvaluator.Holds(values) : new ClaimEvaluator.Fails(values,
                "the lines never pass each other" + (c.overtakes() ? " with the first ending above" : "")
                        + "; if they only meet, say so; reword the sentence and its claim, or correct the data");
    }
}
