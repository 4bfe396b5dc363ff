package reportsite.content;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;

/**
 * Markdown tables as the templates write theirs: header cells get {@code scope="col"}, so that
 * screen readers announce each cell with its column's name, and the table sits in a box that
 * scrolls sideways on its own, so that a wide table never makes a phone's page wider than its screen.
 */
final class MarkdownTables implements HtmlRenderer.HtmlRendererExtension {

    private MarkdownTables() {
    }

    static MarkdownTables create() {
        return new MarkdownTables();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                return MarkdownTables::scope;
            }
        });
    }

    private static final String OPEN = "<table class=\"data\">";
    private static final String CLOSE = "</table>\n";

    /**
     * Puts each Markdown table of {@code html} into a box that scrolls sideways. Done on the
     * rendered text, not by a flexmark node renderer, which made every page render markedly slower.
     */
    static String wrap(String html) {
        if (!html.contains(OPEN)) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64);
        int at = 0;
        for (int open = html.indexOf(OPEN); open >= 0; open = html.indexOf(OPEN, at)) {
            int close = html.indexOf(CLOSE, open);
            if (close < 0) {
                break;
            }
            if (inBox(html, open)) {
                // A table a template embedded (a chart's data table) comes in its box already.
                out.append(html, at, close + CLOSE.length());
            } else {
                // tabindex: a box that scrolls must be reachable by keyboard to be scrolled.
                out.append(html, at, open).append("<div class=\"table-scroll\" tabindex=\"0\">\n")
                        .append(html, open, close + CLOSE.length()).append("</div>\n");
            }
            at = close + CLOSE.length();
        }
        return out.append(html, at, html.length()).toString();
    }

    /** Whether the tag just before {@code open}, blanks aside, opens a scrolling box. */
    private static boolean inBox(String html, int open) {
        int end = open;
        while (end > 0 && Character.isWhitespace(html.charAt(end - 1))) {
            end--;
        }
        int tag = html.lastIndexOf('<', end - 1);
        return tag >= 0 && html.startsWith("<div class=\"table-scroll\"", tag) && html.charAt(end - 1) == '>';
    }

    private static void scope(@NotNull Node node, @NotNull AttributablePart part, @NotNull MutableAttributes attributes) {
        if (node instanceof TableCell cell && cell.isHeader()) {
            attributes.addValue("scope", "col");
        }
    }
}
