package reportsite.build;

import java.util.List;
import java.util.Map;
import reportsite.diag.Diagnostic;

/**
 * What a build made.
 *
 * @param files output path → bytes, sorted by path
 * @param warnings problems that did not stop the build
 * @param stageMillis time taken by each stage, in the order they ran
 */
public record BuildResult(int pages, int charts, Map<String, byte[]> files, List<Diagnostic> warnings, long millis,
                          Map<String, Long> stageMillis) {
}
