package reportsite.content;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A line that holds one block directive ({@code {{ chart id }}} …) and nothing else; its child is the directive. */
final class DirectiveBlock extends Block {

    DirectiveBlock(BasedSequence chars) {
        super(chars);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
