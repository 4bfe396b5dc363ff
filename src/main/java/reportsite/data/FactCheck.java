package reportsite.data;

import java.util.List;
import reportsite.diag.Position;

/**
 * Where the public record differs from the source analysis.
 *
 * @param finding Markdown text; may hold data directives
 * @param position where the finding's text starts in the metrics file (after a quote)
 * @param findingLine the file's line holding the start of the finding, for messages
 */
public record FactCheck(String id, String claim, Verdict verdict, String finding, List<Integer> sources,
                        Position position, String findingLine) {

    public enum Verdict {
        UNSUPPORTED, CORRECTED, PARTLY_SUPPORTED, IMPRECISE, WEAK_SOURCE;

        /** Its word in the metrics file, in CSS classes and in string keys ("weak-source"). */
        public String key() {
            return MetricsLoader.word(this).replace('_', '-');
        }
    }
}
