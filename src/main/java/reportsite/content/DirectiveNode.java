package reportsite.content;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * A {@code {{ … }}} directive or a citation run, as flexmark found it: never inside code, since
 * flexmark decides what code is. Its HTML is set after the page's directives are resolved and
 * before the document is rendered; until then it renders as the text it was written as.
 */
final class DirectiveNode extends Node {

    private final Directive.Kind kind;
    private final String text;
    private final List<String> words;
    private final boolean closed;
    private String html;

    /**
     * @param text the directive between its braces, trimmed (for a citation: the whole run)
     * @param words the directive split on spaces (for a citation: the source numbers)
     * @param closed false for a {@code {{} with no {@code }}} after it on its line
     */
    DirectiveNode(BasedSequence chars, Directive.Kind kind, String text, List<String> words, boolean closed) {
        super(chars);
        this.kind = kind;
        this.text = text;
        this.words = words;
        this.closed = closed;
    }

    Directive.Kind kind() {
        return kind;
    }

    String text() {
        return text;
    }

    List<String> words() {
        return words;
    }

    boolean closed() {
        return closed;
    }

    /** True when it is the whole of its line, so that it may insert a block (chart, table …). */
    boolean standsAlone() {
        return getParent() instanceof DirectiveBlock;
    }

    void html(String html) {
        this.html = html;
    }

    String html() {
        return html;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
