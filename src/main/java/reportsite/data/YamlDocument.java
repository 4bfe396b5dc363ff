package reportsite.data;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.Severity;
import reportsite.diag.SourceText;

/**
 * Parses YAML text into a node tree with positions, safely: YAML 1.2 core schema, nodes only
 * (nothing is ever constructed from a tag), and limits on size, aliases and nesting. Duplicate
 * keys are left to {@link NodeReader#mapping}, which reports them at their place: snakeyaml-engine
 * refuses them only when it constructs objects, which composing never does.
 */
public final class YamlDocument {

    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 32;
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

    /** Immutable and thread-safe: built once, since building it compiles the schema's patterns. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setUseMarks(true)
            .build();

    private YamlDocument() {
    }

    /** The root node, or empty after reporting why the text is not acceptable YAML. */
    public static Optional<Node> parse(SourceText source, int lineOffset, Diagnostics diagnostics) {
        try {
            Optional<Node> root = new Compose(SETTINGS).composeString(source.text());
            if (root.isPresent() && !checkNode(root.get(), 0, source, lineOffset, diagnostics)) {
                return Optional.empty();
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            Position at = mark == null ? Position.ofFile(source.file())
                    : source.at(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            diagnostics.add(new Diagnostic(Severity.ERROR, at,
                    "YAML syntax: " + problem, hintFor(problem), mark == null ? "" : lineOf(source, mark.getLine() + 1)));
            return Optional.empty();
        } catch (YamlEngineException e) {
            if (String.valueOf(e.getMessage()).contains("aliases")) {
                // snakeyaml-engine gives no mark for the alias limit: point at the alias over it.
                Position at = nthAlias(source, MAX_ALIASES + 1, lineOffset);
                diagnostics.error(source, at, "too many YAML aliases (more than " + MAX_ALIASES + ")",
                        "aliases are limited to " + MAX_ALIASES + "; write the values out");
            } else {
                diagnostics.error(Position.ofFile(source.file()), "YAML: " + e.getMessage(), "", "");
            }
            return Optional.empty();
        } catch (StackOverflowError e) {
            diagnostics.error(Position.ofFile(source.file()), "YAML nesting is too deep",
                    "keep nesting under " + MAX_DEPTH + " levels", "");
            return Optional.empty();
        }
    }

    private static Position nthAlias(SourceText source, int n, int lineOffset) {
        Matcher m = Pattern.compile("(?<=[\\s\\[,{:-])\\*[^\\s,\\]}]+").matcher(source.text());
        int count = 0;
        while (m.find()) {
            if (++count == n) {
                Position p = source.atOffset(m.start());
                return new Position(p.file(), p.line() + lineOffset, p.column());
            }
        }
        return Position.ofFile(source.file());
    }

    private static String lineOf(SourceText source, int line) {
        return source.line(line);
    }

    private static String hintFor(String problem) {
        if (problem.contains("tab") || problem.contains("TAB") || problem.contains("\t")) {
            return "indent with spaces, not tabs";
        }
        if (problem.contains("aliases")) {
            return "aliases are limited to " + MAX_ALIASES + "; write the values out";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "quote a value that contains ': ', or fix the indentation";
        }
        return "check the indentation and quoting near this place";
    }

    /** Refuses custom tags and deep nesting, which the composer itself allows. */
    private static boolean checkNode(Node node, int depth, SourceText source, int lineOffset, Diagnostics diagnostics) {
        Position at = YamlNodes.position(node, source, lineOffset);
        if (depth > MAX_DEPTH) {
            diagnostics.error(source, at, "YAML nesting is too deep", "keep nesting under " + MAX_DEPTH + " levels");
            return false;
        }
        Tag tag = node.getTag();
        if (!isStandard(tag)) {
            diagnostics.error(source, at, "YAML tag '" + tag.getValue() + "' is not allowed",
                    "remove the tag; the metrics file uses plain YAML values only");
            return false;
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!checkNode(t.getKeyNode(), depth + 1, source, lineOffset, diagnostics)
                        || !checkNode(t.getValueNode(), depth + 1, source, lineOffset, diagnostics)) {
                    return false;
                }
            }
        } else if (node instanceof SequenceNode s) {
            for (Node child : s.getValue()) {
                if (!checkNode(child, depth + 1, source, lineOffset, diagnostics)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isStandard(Tag tag) {
        return tag.equals(Tag.MAP) || tag.equals(Tag.SEQ) || tag.equals(Tag.STR) || tag.equals(Tag.INT)
                || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL) || tag.equals(Tag.NULL);
    }
}
