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
 * Gives the header cells of Markdown tables {@code scope="col"}, so that screen readers announce
 * each cell with its column's name, as in the tables the templates write.
 */
final class TableHeaderScope implements HtmlRenderer.HtmlRendererExtension {

    private TableHeaderScope() {
    }

    static TableHeaderScope create() {
        return new TableHeaderScope();
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
                return TableHeaderScope::scope;
            }
        });
    }

    private static void scope(@NotNull Node node, @NotNull AttributablePart part, @NotNull MutableAttributes attributes) {
        if (node instanceof TableCell cell && cell.isHeader()) {
            attributes.addValue("scope", "col");
        }
    }
}
