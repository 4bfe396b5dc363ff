package reportsite.updates;

import java.util.Optional;

/**
 * One figure that changed between two builds.
 *
 * @param figure the figure's key, {@code entity.metric@period}
 * @param entity, metric, period the names a reader knows them by
 * @param before the value as it was shown, empty for a figure added
 * @param after the value as it is shown now, empty for a figure removed
 */
public record FigureChange(String figure, String entity, String metric, String period, Optional<String> before,
                           Optional<String> after) {

    public enum Kind { CHANGED, ADDED, REMOVED }

    public Kind kind() {
        return before.isEmpty() ? Kind.ADDED : after.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
    }

    /** "Google, Capital expenditure, Q3 2025: US$24 bn → US$27.35 bn". */
    public String describe() {
        String what = entity + ", " + metric + ", " + period + ": ";
        return switch (kind()) {
            case CHANGED -> what + before.get() + " → " + after.get();
            case ADDED -> what + "added, " + after.get();
            case REMOVED -> what + "removed (was " + before.get() + ")";
        };
    }
}
