package reportsite.content;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds {@code {{ … }}} directives and {@code [n]} citation runs in inline text. flexmark calls
 * it only outside code spans, code blocks and raw HTML, and after backslash escapes, so that
 * {@code \{{} stays literal. Each scan stops at its own line's end, which keeps a page linear.
 */
final class DirectiveInlineParser implements InlineParserExtension {

    /** A citation holds one to five digits; a longer number is left as text. */
    private static final int MAX_DIGITS = 5;

    /** Whether a Latin letter may stand right before a citation: Gemini[58] in a language without spaces. */
    private final boolean citeAfterLetter;

    private DirectiveInlineParser(boolean citeAfterLetter) {
        this.citeAfterLetter = citeAfterLetter;
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
        // nothing kept across blocks
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
        // nothing kept across blocks
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        return parser.peek() == '{' ? directive(parser) : citation(parser, citeAfterLetter);
    }

    private static boolean directive(LightInlineParser parser) {
        if (parser.peek(1) != '{') {
            return false;
        }
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        int close = -1;
        for (int i = start + 2; i + 1 < input.length() && input.charAt(i) != '\n'; i++) {
            if (input.charAt(i) == '}' && input.charAt(i + 1) == '}') {
                close = i;
                break;
            }
        }
        parser.flushTextNode();
        if (close < 0) {
            parser.getBlock().appendChild(new DirectiveNode(input.subSequence(start, start + 2), Directive.Kind.DIRECTIVE,
                    "", List.of(), false));
            parser.setIndex(start + 2);
            return true;
        }
        String inner = input.subSequence(start + 2, close).toString().trim();
        List<String> words = inner.isEmpty() ? List.of() : Arrays.asList(inner.split("\\s+"));
        parser.getBlock().appendChild(new DirectiveNode(input.subSequence(start, close + 2), Directive.Kind.DIRECTIVE,
                inner, List.copyOf(words), true));
        parser.setIndex(close + 2);
        return true;
    }

    /**
     * {@code [1]} or {@code [1][15]}, unless it is part of a link, an image or a word ("a[1]"); with
     * {@code afterLetter}, a Latin letter before it does not make it part of a word (Gemini[58]).
     */
    private static boolean citation(LightInlineParser parser, boolean afterLetter) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (start > 0 && precludes(input.charAt(start - 1), afterLetter)) {
            return false;
        }
        List<String> numbers = new ArrayList<>();
        int end = start;
        while (end < input.length() && input.charAt(end) == '[') {
            int digits = end + 1;
            while (digits < input.length() && digits - end - 1 < MAX_DIGITS + 1 && isDigit(input.charAt(digits))) {
                digits++;
            }
            int count = digits - end - 1;
            if (count == 0 || count > MAX_DIGITS || digits >= input.length() || input.charAt(digits) != ']') {
                break;
            }
            numbers.add(input.subSequence(end + 1, digits).toString());
            end = digits + 1;
        }
        // "[1](…)" and "[1][…]" are links; "[1]: url" at the start of a paragraph is a link
        // reference, which flexmark has taken before this parser runs, so a colon after a
        // citation in running text ("in 2025 [49]: more than…") keeps it a citation.
        if (numbers.isEmpty() || (end < input.length() && "([".indexOf(input.charAt(end)) >= 0)) {
            return false;
        }
        parser.flushTextNode();
        BasedSequence chars = input.subSequence(start, end);
        parser.getBlock().appendChild(new DirectiveNode(chars, Directive.Kind.CITATION, chars.toString(), List.copyOf(numbers), true));
        parser.setIndex(end);
        return true;
    }

    private static boolean precludes(char c, boolean afterLetter) {
        return c == ']' || c == '!' || c == '\\' || c == '_' || isDigit(c) || (!afterLetter && c < 128 && Character.isLetter(c));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static final class Factory implements InlineParserExtensionFactory {

        private final boolean citeAfterLetter;

        Factory(boolean citeAfterLetter) {
            this.citeAfterLetter = citeAfterLetter;
        }

        @Override
        public CharSequence getCharacters() {
            return "{[";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new DirectiveInlineParser(citeAfterLetter);
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
