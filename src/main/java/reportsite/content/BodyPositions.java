package reportsite.content;

import java.util.Arrays;
import reportsite.diag.Position;
import reportsite.diag.SourceText;

/** Turns an offset in parsed Markdown into its file position, with one search per lookup. */
final class BodyPositions {

    private final SourceText file;
    private final int bodyLine;
    private final int firstColumn;
    private int[] starts = new int[64];
    private int count = 1;

    /**
     * @param bodyLine the file line of the Markdown's first line
     * @param firstColumn the file column where the Markdown's first line starts (text embedded in
     *     a YAML string starts after its key and quote)
     */
    BodyPositions(CharSequence markdown, SourceText file, int bodyLine, int firstColumn) {
        this.file = file;
        this.bodyLine = bodyLine;
        this.firstColumn = firstColumn;
        for (int i = 0; i < markdown.length(); i++) {
            if (markdown.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
    }

    SourceText file() {
        return file;
    }

    Position at(int offset) {
        int line = Arrays.binarySearch(starts, 0, count, offset);
        if (line < 0) {
            line = -line - 2;
        }
        int column = offset - starts[line] + 1 + (line == 0 ? firstColumn - 1 : 0);
        return file.at(bodyLine + line, column);
    }
}
