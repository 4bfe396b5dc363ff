package reportsite.source;

import java.nio.file.Path;
import reportsite.diag.SourceText;

/**
 * One input file.
 *
 * @param relative path below its root folder, with '/' separators (stable across platforms)
 * @param display the name used in messages (root folder + relative path)
 * @param text the decoded text, LF line ends, no BOM
 */
public record SourceFile(String relative, String display, Path path, String text) {

    public SourceText sourceText() {
        return new SourceText(display, text);
    }
}
