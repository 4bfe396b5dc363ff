package reportsite.content;

import java.util.List;
import reportsite.diag.Position;

/**
 * A {@code {{ … }}} directive or a citation run found in a page.
 *
 * @param index its place among the page's directives, in the order they are written
 * @param words the directive split on spaces (for a citation: the source numbers)
 * @param text the directive between its braces (for a citation: the run as written)
 * @param block true for a directive that inserts a block (chart, table …)
 */
record Directive(int index, Kind kind, List<String> words, String text, Position position, boolean block) {

    enum Kind { DIRECTIVE, CITATION }
}
