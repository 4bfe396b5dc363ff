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
}
