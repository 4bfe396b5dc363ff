package reportsite.chart;

import java.time.LocalDate;
import java.util.Optional;
import reportsite.data.Observation;
import reportsite.data.Period;

/** Where an event's date falls on a chart of categories: the category of a figure whose period holds it. */
final class EventPlacement {

    private EventPlacement() {
    }

    /**
     * The category of the shortest period that holds {@code date} (the day of a guidance before
     * the year of an actual), the first in the chart's order on a tie; none when the date is
     * off the chart.
     */
    static Optional<String> category(ChartData data, LocalDate date) {
        String best = null;
        long shortest = Long.MAX_VALUE;
        for (String c : data.categories()) {
            for (ChartData.Series s : data.series()) {
                for (ChartData.Point p : s.points()) {
                    Optional<Period> period = p.observation().map(Observation::period);
                    if (p.category().equals(c) && period.isPresent() && within(period.get(), date)) {
                        long days = period.get().end().toEpochDay() - period.get().start().toEpochDay();
                        if (days < shortest) {
                            shortest = days;
                            best = c;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean within(Period p, LocalDate d) {
        return !d.isBefore(p.start()) && !d.isAfter(p.end());
    }
}
