package reportsite.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import reportsite.diag.Diagnostic;
import reportsite.updates.DataChanges;

/**
 * What a build made.
 *
 * @param files output path → bytes, sorted by path
 * @param warnings problems that did not stop the build
 * @param stageMillis time taken by each stage, in the order they ran
 * @param changes the figures that changed since the last build, and what shows them
 * @param recorded the figures that changed since the published site's, recorded in {@code history}; none for a draft
 * @param history the new text of the history of data updates, for the caller to write once the site is
 *     published ({@link reportsite.updates.UpdateHistory#write}); empty when it is unchanged
 * @param upToDate true when nothing had changed since the last build, which was kept as it was
 * @param notDrawn the chart images this build left for one that draws them (see {@code SiteBuilder#draft})
 */
public record BuildResult(int pages, int charts, Map<String, byte[]> files, List<Diagnostic> warnings, long millis,
                          Map<String, Long> stageMillis, DataChanges changes, DataChanges recorded,
                          Optional<String> history, boolean upToDate, Set<String> notDrawn) {
}
