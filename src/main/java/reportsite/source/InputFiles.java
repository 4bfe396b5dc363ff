package reportsite.source;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from the content and templates folders.
 *
 * @param pages Markdown files, sorted by relative path
 * @param metrics the metrics file, when the content has one
 */
public record InputFiles(List<SourceFile> pages, Optional<SourceFile> metrics) {
}
