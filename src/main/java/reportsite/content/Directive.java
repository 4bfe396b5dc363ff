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

    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("(<p>)?Xrsdirective(\\d{1,9})X(</p>\n)?");

    /**
     * Puts each directive's HTML in place of its token, in one pass: a page may hold thousands of
     * directives, and replacing them one by one copied the whole page each time. A block
     * directive alone in its paragraph replaces the paragraph.
     *
     * @param html the HTML flexmark made of the scanned Markdown
     * @param replacements the HTML of each directive, by index
     */
    static String substitute(String html, List<Directive> directives, List<String> replacements) {
        java.util.regex.Matcher m = TOKEN.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64 * directives.size());
        while (m.find()) {
            long index = Long.parseLong(m.group(2));
            String with;
            if (index >= directives.size()) {
                with = m.group(); // text that only looks like a token
            } else if (directives.get((int) index).block() && m.group(1) != null && m.group(3) != null) {
                with = replacements.get((int) index) + "\n";
            } else {
                with = (m.group(1) == null ? "" : m.group(1)) + replacements.get((int) index) + (m.group(3) == null ? "" : m.group(3));
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(with));
        }
        m.appendTail(out);
        return out.toString();
    }
}
