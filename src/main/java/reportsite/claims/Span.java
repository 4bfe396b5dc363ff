package reportsite.claims;

import java.time.YearMonth;
import reportsite.data.Period;

/**
 * The calendar months a period covers, so that periods of different fiscal years line up:
 * Alibaba's FY2026-Q1 and Google's 2025-Q2 are both Apr–Jun 2025.
 */
record Span(YearMonth from, YearMonth to) implements Comparable<Span> {

    static Span of(Period p) {
        return new Span(YearMonth.from(p.start()), YearMonth.from(p.end()));
    }

    int months() {
        return (int) (to.getYear() * 12L + to.getMonthValue() - (from.getYear() * 12L + from.getMonthValue())) + 1;
    }

    Span minusMonths(int n) {
        return new Span(from.minusMonths(n), to.minusMonths(n));
    }

    @Override
    public int compareTo(Span o) {
        int c = to.compareTo(o.to);
        return c != 0 ? c : from.compareTo(o.from);
    }
}
