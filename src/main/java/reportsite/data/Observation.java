package reportsite.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import reportsite.diag.Position;

/**
 * One figure: an entity's metric in a period.
 *
 * @param derivation how a derived figure was computed from its inputs, or "" for a reported one
 * @param nextUpdate when a newer figure is expected, if known
 * @param position where it is declared (for derived metrics, the declaration of the rule)
 */
public record Observation(String entity, String metric, Period period, Value value, List<Integer> sources,
                          Confidence confidence, String note, String derivation, Optional<LocalDate> nextUpdate,
                          Position position) {

    public boolean isDerived() {
        return !derivation.isEmpty();
    }

    public String key() {
        return entity + "." + metric + "@" + period.label();
    }
}
