package reportsite.content;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * A block directive on a line of its own, such as {@code {{ chart capex }}}, becomes a block of
 * its own rather than a paragraph, so that the figure it inserts is not put inside a
 * {@code <p>}. Like a heading, it may end a paragraph. flexmark asks only where a block may start:
 * never inside fenced or indented code, nor inside raw HTML.
 */
final class DirectiveBlockParser extends AbstractBlockParser {

    /** The directives that insert a block, and so must stand alone on their line. */
    static final Set<String> BLOCKS = Set.of("chart", "table", "keyfigures", "factcheck");

    private final DirectiveBlock block;

    private DirectiveBlockParser(BasedSequence line) {
        this.block = new DirectiveBlock(line);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {
        // one line, complete when started
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        inlineParser.parse(block.getChars(), block);
    }

    /** Whether a directive's first word makes it a block directive. */
    static boolean isBlock(String text) {
        String first = text.trim().split("\\s+", 2)[0];
        return BLOCKS.contains(first);
    }

    private static final class Starter extends AbstractBlockParserFactory {

        Starter(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEnd();
            if (!line.startsWith("{{") || line.indexOf("}}", 2) != line.length() - 2
                    || !isBlock(line.subSequence(2, line.length() - 2).toString())) {
                return BlockStart.none();
            }
            return BlockStart.of(new DirectiveBlockParser(line)).atIndex(state.getLineEndIndex());
        }
    }

    static final class Factory implements CustomBlockParserFactory {

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new Starter(options);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
