package reportsite.content;

import java.util.List;
import reportsite.diag.Position;

/**
 * A {@code {{ … }}} directive or a citation run found in a page.
 *
 * @param token the placeholder that stands for it in the Markdown handed to flexmark
 * @param words the directive split on spaces (for a citation: the source numbers)
 * @param block true when it stands alone on its line and inserts a block (chart, table …)
 */
record Directive(int index, Kind kind, List<String> words, String text, Position position, boolean block) {

    enum Kind { DIRECTIVE, CITATION }

    String token() {
        return token(index);
    }

    static String token(int index) {
        return "Xrsdirective" + index + "X";
    }

    /** A token, alone in a paragraph (a block directive) or inline. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("(<p>)?Xrsdirective(\\d{1,9})X(</p>\n)?");

    /**
     * Replaces every token in one pass (a page may hold many directives and large embeds).
     * A block's paragraph wrapper is dropped, since its replacement is a block of its own. Text
     * that only looks like a token (the author wrote "Xrsdirective99X") is left as it is.
     */
    static String substitute(String html, String[] replacements, List<Directive> directives) {
        if (directives.isEmpty()) {
            return html;
        }
        java.util.regex.Matcher m = TOKEN.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 1024);
        int last = 0;
        while (m.find()) {
            int index = Integer.parseInt(m.group(2));
            if (index >= directives.size()) {
                continue;
            }
            boolean wrapped = m.group(1) != null && m.group(3) != null && directives.get(index).block();
            out.append(html, last, m.start());
            if (!wrapped && m.group(1) != null) {
                out.append(m.group(1));
            }
            out.append(replacements[index]);
            if (wrapped) {
                out.append('\n');
            } else if (m.group(3) != null) {
                out.append(m.group(3));
            }
            last = m.end();
        }
        return out.append(html, last, html.length()).toString();
    }
}
