package reportsite.diag;

/**
 * The text of an input file with its display name, so that a diagnostic can quote the line it
 * points at.
 */
public record SourceText(String file, String text) {

    /** The 1-based line {@code n} without its line break, or "" when out of range. */
    public String line(int n) {
        if (n <= 0) {
            return "";
        }
        int start = 0;
        for (int i = 1; i < n; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return "";
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    public Position at(int line, int column) {
        return new Position(file, line, column);
    }

    /** The position of a character offset in the text. */
    public Position atOffset(int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file, line, end - lineStart + 1);
    }
}
