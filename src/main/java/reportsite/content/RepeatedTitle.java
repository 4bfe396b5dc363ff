package reportsite.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.regex.Pattern;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;

/**
 * A page whose body begins with a heading equal to its title: the layout already shows the
 * title as the page's heading, so the reader would see it twice. A warning at the heading, rather
 * than dropping it silently: the author may mean a different title.
 */
final class RepeatedTitle {

    private RepeatedTitle() {
    }

    static void check(Document body, String title, SourceText text, int bodyLine, Diagnostics diagnostics) {
        Node first = body.getFirstChild();
        while (first instanceof BlankLine || first instanceof HtmlCommentBlock) {
            first = first.getNext();
        }
        if (first instanceof Heading h && normal(h.getText().toString()).equals(normal(title))) {
            int line = bodyLine + h.getLineNumber();
            diagnostics.warning(text, text.at(line, 1), "this heading repeats the page's title, which the layout shows above it",
                    "remove the heading (the title is the page's heading), or give the page another title in its front matter");
        }
    }

    private static final Pattern EMPHASIS = Pattern.compile("[*_`]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The text as read: case, spacing and Markdown emphasis marks aside. */
    private static String normal(String s) {
        return SPACES.matcher(EMPHASIS.matcher(s).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
