package reportsite.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import reportsite.diag.Position;

/**
 * A chart as declared in the metrics file.
 *
 * @param entities entity ids in display order (all entities when the declaration names none)
 * @param from first calendar period to include, if limited
 * @param last the number of newest calendar periods with figures to show, instead of
 *     {@code from}/{@code to}: the window moves with the data, so an update needs no chart edit
 * @param currency money is converted into this currency, if set
 * @param events the events of the {@code events:} list that name this chart, by date
 */
public record ChartSpec(String id, ChartKind kind, List<String> metrics, List<String> entities,
                        Optional<Period> from, Optional<Period> to, Optional<Integer> last, Optional<String> currency,
                        String title, String caption, Position position, List<Event> events) {

    /** A dated event marked on the charts that name it ("guidance raised, 29 Apr 2026"), in the edition's words. */
    public record Event(LocalDate date, String label, Position position) {
    }

    public ChartSpec(String id, ChartKind kind, List<String> metrics, List<String> entities, Optional<Period> from,
                     Optional<Period> to, Optional<Integer> last, Optional<String> currency, String title, String caption,
                     Position position) {
        this(id, kind, metrics, entities, from, to, last, currency, title, caption, position, List.of());
    }

    /** This chart with {@code events} marked on it. */
    public ChartSpec withEvents(List<Event> events) {
        return new ChartSpec(id, kind, metrics, entities, from, to, last, currency, title, caption, position,
                events.stream().sorted(Comparator.comparing(Event::date)).toList());
    }

    public enum ChartKind {
        GROUPED_BAR, LINE, HBAR, STACKED_BAR, INDEXED, PLANNED_VS_ACTUAL;

        /** Its word in the metrics file and in string keys ("grouped_bar"). */
        public String key() {
            return MetricsLoader.word(this);
        }
    }

    public boolean includes(Period p) {
        return from.map(f -> !p.middle().isBefore(f.start())).orElse(true)
                && to.map(t -> !p.middle().isAfter(t.end())).orElse(true);
    }

    /**
     * Which periods the chart shows, given the data: its fixed range, or with {@code last: N}
     * the N newest calendar slots (quarter, year, month or day, fiscal periods placed on the
     * calendar) in which any of its entities has a figure that can be plotted.
     */
    public Predicate<Period> window(Dataset data) {
        if (last.isEmpty()) {
            return this::includes;
        }
        Map<String, LocalDate> slots = new TreeMap<>();
        for (String metric : metrics) {
            for (String entity : entities) {
                for (Observation o : data.series(entity, metric)) {
                    if (o.value().number().isPresent()) {
                        slots.merge(slot(o.period()), o.period().middle(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
        }
        List<String> newestFirst = slots.entrySet().stream()
                .sorted(Map.Entry.<String, LocalDate>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(last.get()).toList();
        Set<String> shown = new LinkedHashSet<>(newestFirst);
        return p -> shown.contains(slot(p));
    }

    /** The calendar slot a chart places a period on: FY2026-Q3 and 2025-Q4 share one. */
    static String slot(Period p) {
        return switch (p.kind()) {
            case QUARTER, FISCAL_QUARTER -> "Q" + p.calendarQuarter();
            case YEAR, FISCAL_YEAR -> "Y" + p.middle().getYear();
            case MONTH -> "M" + p.start().toString().substring(0, 7);
            case DAY -> "D" + p.start();
        };
    }
}
