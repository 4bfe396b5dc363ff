package reportsite.updates;

import java.util.Optional;

/**
 * One figure that changed between two builds.
 *
 * @param figure the figure's key, {@code entity.metric@period}
 * @param entity, metric, period the names a reader knows them by
 * @param before the value as it was shown, empty for a figure new to the data
 * @param after the value as it is shown now, empty for a figure removed
 * @param beforeValue the value before as the data wrote it ("3200", "more than 3200", "91 to 93"),
 *     so that another edition can write it in its own words; empty where unknown (an entry
 *     recorded before this existed, or written by hand)
 */
public record FigureChange(String figure, String entity, String metric, String period, Optional<String> before,
                           Optional<String> after, Optional<String> beforeValue) {

    public FigureChange(String figure, String entity, String metric, String period, Optional<String> before, Optional<String> after) {
        this(figure, entity, metric, period, before, after, Optional.empty());
    }

    /**
     * What happened to the figure. A figure is keyed by its entity, metric and period, so a
     * value for a period that had none is {@code NEW} (a later quarter, a metric first
     * reported), and a different value for a period that had one is {@code REVISED}.
     */
    public enum Kind {
        NEW, REVISED, REMOVED;

        /** The word in the history file and on the Data updates page. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Kind kind() {
        return before.isEmpty() ? Kind.NEW : after.isEmpty() ? Kind.REMOVED : Kind.REVISED;
    }

    /** "Google, Capital expenditure, Q3 2025: revised, US$24 bn → US$27.35 bn". */
    public String describe() {
        String what = entity + ", " + metric + ", " + period + ": ";
        return switch (kind()) {
            case REVISED -> what + "revised, " + before.get() + " → " + after.get();
            case NEW -> what + "new, " + after.get();
            case REMOVED -> what + "removed (was " + before.get() + ")";
        };
    }
}
