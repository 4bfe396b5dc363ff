package reportsite.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from the content folder.
 *
 * @param pages Markdown files, sorted by relative path
 * @param metrics the metrics file, when the content has one
 * @param tables the CSV files, by relative path, which the metrics file may name as figures
 */
public record InputFiles(List<SourceFile> pages, Optional<SourceFile> metrics, Map<String, SourceFile> tables) {

    public InputFiles(List<SourceFile> pages, Optional<SourceFile> metrics) {
        this(pages, metrics, Map.of());
    }
}
