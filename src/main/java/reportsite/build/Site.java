package reportsite.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import reportsite.diag.Diagnostic;
import reportsite.updates.DataChanges;
import reportsite.updates.FigureSnapshot;

/**
 * What one run of the pipeline made, in memory.
 *
 * @param files output path → bytes, sorted by path
 * @param figures the figures and what each page and chart shows, for the next run's change report
 * @param changes the figures that changed since the last build, with the pages and charts showing them
 * @param recorded the figures that changed since the published site's, recorded in the history; none for a draft
 * @param history the new text of the history of data updates, with {@code recorded} in it, for the caller to write
 *     once the site is published; empty when it is unchanged
 * @param stageMillis time taken by each stage, in the order they ran
 * @param notDrawn the chart images left for a run that draws them (their bytes in {@code files} are empty)
 */
public record Site(int pages, int charts, SortedMap<String, byte[]> files, List<Diagnostic> warnings, FigureSnapshot figures,
                   DataChanges changes, DataChanges recorded, Optional<String> history, Map<String, Long> stageMillis,
                   Set<String> notDrawn) {
}
