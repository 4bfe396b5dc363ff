package reportsite.data;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Figures newer than {@code site.as_of}. They are kept and shown, each with a visible mark,
 * because a report is often updated one figure at a time and refusing them would force the
 * whole data check to be redone; the mark keeps the "as of" date honest beside every such
 * figure (see docs/data-format.md).
 */
public final class AsOf {

    /**
     * Which mark a figure gets: its period starts after the as-of date, or it is older but known
     * only from a later source. The words are the interface strings under {@link #key()}.
     */
    public enum Mark {
        AFTER("chart.mark.after_as_of"), REPORTED_AFTER("chart.mark.reported_after_as_of");

        private final String key;

        Mark(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private AsOf() {
    }

    /** The as-of date as the data's edition writes it ("20 May 2026", "2026年5月20日"); "" without one. */
    public static String text(Dataset data) {
        return data.site().asOf().map(d -> date(data.language(), d)).orElse("");
    }

    /** A date figures are as of, as the edition writes every date. */
    public static String date(Language language, LocalDate d) {
        return ValueFormatter.date(language, d);
    }

    /**
     * True when the figure's period starts after the as-of date, or when every source behind it
     * was published after it (so the figure could not have been checked on that date).
     */
    public static boolean isAfter(Dataset data, Observation o) {
        Optional<LocalDate> asOf = data.site().asOf();
        if (asOf.isEmpty()) {
            return false;
        }
        if (o.period().start().isAfter(asOf.get())) {
            return true;
        }
        return !o.sources().isEmpty() && o.sources().stream()
                .allMatch(id -> data.source(id).flatMap(s -> firstDay(s.date())).map(d -> d.isAfter(asOf.get())).orElse(false));
    }

    /** The mark of a figure after the as-of date; empty for a figure within it. */
    public static Optional<Mark> mark(Dataset data, Observation o) {
        if (!isAfter(data, o)) {
            return Optional.empty();
        }
        return Optional.of(o.period().start().isAfter(data.site().asOf().orElseThrow()) ? Mark.AFTER : Mark.REPORTED_AFTER);
    }

    private static Optional<LocalDate> firstDay(String date) {
        try {
            return switch (date.length()) {
                case 4 -> Optional.of(LocalDate.of(Integer.parseInt(date), 1, 1));
                case 7 -> Optional.of(LocalDate.parse(date + "-01"));
                case 10 -> Optional.of(LocalDate.parse(date));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
