package reportsite.data;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import reportsite.diag.Position;
import reportsite.diag.SourceText;

/** Small helpers over snakeyaml-engine nodes. */
final class YamlNodes {

    private YamlNodes() {
    }

    static Position position(Node node, SourceText source, int lineOffset) {
        return node.getStartMark()
                .map(m -> source.at(m.getLine() + 1 + lineOffset, m.getColumn() + 1))
                .orElse(Position.ofFile(source.file()));
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.NULL)) {
            return "null";
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "a number";
        }
        if (tag.equals(Tag.BOOL)) {
            return "true/false";
        }
        return "text '" + ((ScalarNode) node).getValue() + "'";
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }
}
