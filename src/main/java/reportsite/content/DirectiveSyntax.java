package reportsite.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * The flexmark extension for directives and citations: parsed as nodes of the Markdown tree
 * ({@link DirectiveNode}, {@link DirectiveBlock}), rendered as the HTML they were resolved to.
 */
final class DirectiveSyntax implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final boolean citeAfterLetter;

    private DirectiveSyntax(boolean citeAfterLetter) {
        this.citeAfterLetter = citeAfterLetter;
    }

    static DirectiveSyntax create() {
        return new DirectiveSyntax(false);
    }

    /** @param citeAfterLetter whether {@code [n]} right after a Latin letter is a citation (Gemini[58] in Chinese) */
    static DirectiveSyntax create(boolean citeAfterLetter) {
        return new DirectiveSyntax(citeAfterLetter);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new DirectiveInlineParser.Factory(citeAfterLetter));
        builder.customBlockParserFactory(new DirectiveBlockParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        NodeRenderer renderer = () -> Set.of(
                new NodeRenderingHandler<>(DirectiveNode.class, (node, context, html) -> {
                    if (node.html() == null) {
                        html.text(node.getChars());
                    } else {
                        html.rawPre(node.html());
                    }
                }),
                new NodeRenderingHandler<>(DirectiveBlock.class, (node, context, html) -> {
                    context.renderChildren(node);
                    html.raw("\n");
                }));
        builder.nodeRendererFactory(options -> renderer);
    }
}
