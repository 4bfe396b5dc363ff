package reportsite.diag;

/**
 * One problem found in the input.
 *
 * @param sourceLine the text of the offending line, or empty when unknown
 * @param hint how to fix it, or empty
 */
public record Diagnostic(Severity severity, Position position, String message, String hint, String sourceLine) {

    public Diagnostic {
        hint = hint == null ? "" : hint;
        sourceLine = sourceLine == null ? "" : sourceLine;
    }

    private static final int WINDOW = 70;

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Formats as compilers do: {@code file:line:col: error: message}, then the line and a caret
     * under the column, then the hint.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(position).append(": ").append(severity.label()).append(": ").append(message);
        if (!sourceLine.isEmpty()) {
            // Long lines are shown as a window around the column, so the caret stays under it.
            int col = Math.max(0, Math.min(position.column() - 1, sourceLine.length()));
            int from = Math.max(0, col - WINDOW);
            int to = Math.min(sourceLine.length(), col + WINDOW);
            String prefix = from > 0 ? "…" : "";
            String shown = prefix + sourceLine.substring(from, to) + (to < sourceLine.length() ? "…" : "");
            sb.append('\n').append("    ").append(shown);
            if (position.column() > 0) {
                sb.append('\n').append("    ").append(caretPad(shown, col - from + prefix.length())).append('^');
            }
        }
        if (!hint.isEmpty()) {
            sb.append('\n').append("    hint: ").append(hint);
        }
        return sb.toString();
    }

    private static String caretPad(String line, int width) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < width && i < line.length(); i++) {
            pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.toString();
    }
}
