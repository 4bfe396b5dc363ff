package reportsite.content;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Set;
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
        builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(new NodeRenderingHandler<>(TableBlock.class,
                (table, context, html) -> {
                    // tabindex: a box that scrolls must be reachable by keyboard to be scrolled.
                    html.line().raw("<div class=\"table-scroll\" tabindex=\"0\">").line();
                    context.delegateRender();
                    html.line().raw("</div>").line();
                })));
    }

    private static void scope(@NotNull Node node, @NotNull AttributablePart part, @NotNull MutableAttributes attributes) {
        if (node instanceof TableCell cell && cell.isHeader()) {
            attributes.addValue("scope", "col");
        }
    }
}
