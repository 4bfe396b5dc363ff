package reportsite.build;

import java.util.List;
import java.util.Map;
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
 * @param upToDate true when nothing had changed since the last build, which was kept as it was
 * @param notDrawn the chart images this build left for one that draws them (see {@code SiteBuilder#draft})
 */
public record BuildResult(int pages, int charts, Map<String, byte[]> files, List<Diagnostic> warnings, long millis,
                          Map<String, Long> stageMillis, DataChanges changes, boolean upToDate,
                          Set<String> notDrawn) {
}
