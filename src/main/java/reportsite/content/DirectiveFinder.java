package reportsite.content;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;

/**
 * The directives and citations of a parsed Markdown text, in the order they are written, each at
 * its place in the file. Reports the ones that cannot be resolved because of where they stand:
 * a {@code {{} left open, or a block directive inside a line of text.
 */
final class DirectiveFinder {

    /** @param nodes where each directive sits in the Markdown tree, by {@link Directive#index()} */
    record Found(List<Directive> directives, List<DirectiveNode> nodes, BodyPositions positions) {

        /** Gives each node the HTML it stands for, by directive index. */
        void resolveTo(String[] html) {
            for (int i = 0; i < nodes.size(); i++) {
                nodes.get(i).html(html[i]);
            }
        }
    }

    private DirectiveFinder() {
    }

    /**
     * @param bodyLine the file line of the Markdown's first line
     * @param firstColumn the file column where the Markdown's first line starts (text embedded in
     *     a YAML string starts after its key and quote)
     */
    static Found find(Document document, SourceText file, int bodyLine, int firstColumn, Diagnostics diagnostics) {
        List<DirectiveNode> nodes = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof DirectiveNode d) {
                nodes.add(d);
            }
        }
        nodes.sort(Comparator.comparingInt(Node::getStartOffset));
        BodyPositions positions = new BodyPositions(document.getChars(), file, bodyLine, firstColumn);
        List<Directive> directives = new ArrayList<>(nodes.size());
        List<DirectiveNode> kept = new ArrayList<>(nodes.size());
        for (DirectiveNode node : nodes) {
            Position at = positions.at(node.getStartOffset());
            if (!node.closed()) {
                diagnostics.error(file, at, "directive is not closed: '{{' without '}}'",
                        "close it on the same line, or write \\{{ for literal braces");
                continue;
            }
            boolean block = node.kind() == Directive.Kind.DIRECTIVE && DirectiveBlockParser.isBlock(node.text());
            if (block && !node.standsAlone()) {
                diagnostics.error(file, at, "'" + node.words().get(0) + "' must stand alone on its line",
                        "put {{ " + node.text() + " }} on a line of its own, with blank lines around it");
            }
            directives.add(new Directive(directives.size(), node.kind(), node.words(), node.text(), at, block));
            kept.add(node);
        }
        return new Found(List.copyOf(directives), List.copyOf(kept), positions);
    }
}
