package reportsite.updates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures that changed between two sets of figures (the last build's and this one's, or the
 * published site's and this one's), and what shows them.
 *
 * @param asOf the data's {@code site.as_of}, which dates the change
 * @param figures changed, added and removed figures, by figure key
 * @param pages output paths of the pages whose figures changed
 * @param charts ids of the charts whose figures changed
 */
public record DataChanges(Optional<LocalDate> asOf, List<FigureChange> figures, List<String> pages, List<String> charts) {

    public static DataChanges none() {
        return new DataChanges(Optional.empty(), List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return figures.isEmpty();
    }

    /** What changed from {@code before} to {@code now}. */
    public static DataChanges between(FigureSnapshot before, FigureSnapshot now) {
        List<FigureChange> changes = new ArrayList<>();
        for (Map.Entry<String, FigureSnapshot.Figure> e : before.figures().entrySet()) {
            FigureSnapshot.Figure old = e.getValue();
            FigureSnapshot.Figure cur = now.figures().get(e.getKey());
            if (cur == null) {
                changes.add(new FigureChange(e.getKey(), old.entity(), old.metric(), old.period(), Optional.of(old.text()), Optional.empty(),
                        Optional.of(old.value())));
            } else if (!cur.value().equals(old.value())) {
                changes.add(new FigureChange(e.getKey(), cur.entity(), cur.metric(), cur.period(), Optional.of(old.text()),
                        Optional.of(cur.text()), Optional.of(old.value())));
            }
        }
        for (Map.Entry<String, FigureSnapshot.Figure> e : now.figures().entrySet()) {
            if (!before.figures().containsKey(e.getKey())) {
                FigureSnapshot.Figure cur = e.getValue();
                changes.add(new FigureChange(e.getKey(), cur.entity(), cur.metric(), cur.period(), Optional.empty(), Optional.of(cur.text())));
            }
        }
        if (changes.isEmpty()) {
            return none();
        }
        changes.sort(java.util.Comparator.comparing(FigureChange::figure));
        List<String> pages = new ArrayList<>();
        List<String> charts = new ArrayList<>();
        // A page or chart shows a changed figure when what it shows changed (its body, not its layout).
        now.shows().forEach((unit, hash) -> {
            String old = before.shows().get(unit);
            if (old != null && !old.equals(hash)) {
                if (unit.startsWith(FigureSnapshot.CHART)) {
                    charts.add(unit.substring(FigureSnapshot.CHART.length()));
                } else if (unit.startsWith(FigureSnapshot.PAGE)) {
                    pages.add(unit.substring(FigureSnapshot.PAGE.length()));
                }
            }
        });
        return new DataChanges(now.asOf(), List.copyOf(changes), List.copyOf(pages), List.copyOf(charts));
    }
}
