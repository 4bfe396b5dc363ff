package reportsite.updates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code content/data-updates.yaml}: the figures that changed when the data was
 * revised, dated with the data's {@code site.as_of}.
 *
 * @param asOf empty when the data had no {@code as_of}
 * @param note the author's words on the update, or ""
 */
public record DataUpdate(Optional<LocalDate> asOf, String note, List<FigureChange> changes) {
}
