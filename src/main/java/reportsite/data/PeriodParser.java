package reportsite.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses period labels. Fiscal years are named after the calendar year they end in: with a
 * fiscal year starting in April, FY2026 runs from April 2025 to March 2026.
 */
public final class PeriodParser {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FISCAL = Pattern.compile("FY(\\d{4})(?:-Q([1-4]))?");

    public static final String FORMATS = "2025, 2025-Q2, 2025-07, 2025-07-23, FY2026 or FY2026-Q1";

    private PeriodParser() {
    }

    /** The period, or empty when the label has none of the accepted forms. */
    public static Optional<Period> parse(String label, int fiscalYearStart) {
        try {
            Matcher m;
            if ((m = YEAR.matcher(label)).matches()) {
                int y = year(m.group(1));
                return Optional.of(new Period(label, Period.Kind.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
            if ((m = QUARTER.matcher(label)).matches()) {
                int y = year(m.group(1));
                int q = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(y, (q - 1) * 3 + 1);
                return Optional.of(new Period(label, Period.Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
            }
            if ((m = MONTH.matcher(label)).matches()) {
                YearMonth ym = YearMonth.of(year(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new Period(label, Period.Kind.MONTH, ym.atDay(1), ym.atEndOfMonth()));
            }
            if (DAY.matcher(label).matches()) {
                LocalDate d = LocalDate.parse(label);
                year(label.substring(0, 4));
                return Optional.of(new Period(label, Period.Kind.DAY, d, d));
            }
            if ((m = FISCAL.matcher(label)).matches()) {
                int fy = year(m.group(1));
                YearMonth yearStart = fiscalYearStart == 1 ? YearMonth.of(fy, 1) : YearMonth.of(fy - 1, fiscalYearStart);
                if (m.group(2) == null) {
                    return Optional.of(new Period(label, Period.Kind.FISCAL_YEAR, yearStart.atDay(1),
                            yearStart.plusMonths(11).atEndOfMonth()));
                }
                YearMonth first = yearStart.plusMonths((Integer.parseInt(m.group(2)) - 1) * 3L);
                return Optional.of(new Period(label, Period.Kind.FISCAL_QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The label of the same kind of period {@code years} years and {@code quarters} quarters earlier. */
    public static Optional<String> shift(Period p, int years, int quarters) {
        Matcher m;
        switch (p.kind()) {
            case YEAR:
                return quarters == 0 ? Optional.of(String.valueOf(p.start().getYear() - years)) : Optional.empty();
            case QUARTER: {
                int index = p.start().getYear() * 4 + (p.start().getMonthValue() - 1) / 3 - years * 4 - quarters;
                return Optional.of((index / 4) + "-Q" + (index % 4 + 1));
            }
            case MONTH: {
                YearMonth ym = YearMonth.from(p.start()).minusYears(years).minusMonths(quarters * 3L);
                return Optional.of(ym.toString());
            }
            case FISCAL_YEAR:
                m = FISCAL.matcher(p.label());
                return m.matches() && quarters == 0 ? Optional.of("FY" + (Integer.parseInt(m.group(1)) - years)) : Optional.empty();
            case FISCAL_QUARTER: {
                m = FISCAL.matcher(p.label());
                if (!m.matches()) {
                    return Optional.empty();
                }
                int index = Integer.parseInt(m.group(1)) * 4 + Integer.parseInt(m.group(2)) - 1 - years * 4 - quarters;
                return Optional.of("FY" + (index / 4) + "-Q" + (index % 4 + 1));
            }
            default:
                return Optional.empty();
        }
    }

    private static int year(String s) {
        int y = Integer.parseInt(s);
        if (y < 1900 || y > 2200) {
            throw new IllegalArgumentException("year out of range");
        }
        return y;
    }
}
