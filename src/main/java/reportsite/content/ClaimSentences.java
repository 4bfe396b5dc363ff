package reportsite.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import reportsite.claims.Claim;
import reportsite.claims.ClaimEvaluator;
import reportsite.claims.ClaimParser;
import reportsite.claims.ClaimSyntaxException;
import reportsite.claims.ComparativeWords;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.diag.Diagnostics;

/**
 * Judges the claims of a page, sentence by sentence. A {@code {{ claim … }}} binds the sentence
 * it stands in: when the data no longer bears it out, the error points at that sentence. A
 * sentence that shows data (a figure or a reference to a figure) and uses a comparative word
 * without a claim gets a warning at the word, so the author sees what is unchecked.
 */
final class ClaimSentences {

    /** Stands for a directive in a sentence's text: not a letter, so no word runs across it. */
    private static final char MARK = '\uFFFC';

    /** {@code {{ claim none }}}: the author says the sentence's comparative word compares nothing ("lower bound"). */
    private static final String NONE = "none";

    private final ClaimEvaluator evaluator;
    private final BodyPositions positions;
    private final Diagnostics diagnostics;
    private final Language language;
    private final Map<DirectiveNode, Directive> directives = new IdentityHashMap<>();

    private final StringBuilder text = new StringBuilder();
    /** The source offset of each character of {@link #text}. */
    private int[] offsets = new int[256];
    private final Map<Integer, Directive> marks = new HashMap<>();

    private ClaimSentences(Dataset data, DirectiveFinder.Found found, Diagnostics diagnostics, Language language) {
        this.evaluator = new ClaimEvaluator(data);
        this.positions = found.positions();
        this.diagnostics = diagnostics;
        this.language = language;
        for (int i = 0; i < found.nodes().size(); i++) {
            directives.put(found.nodes().get(i), found.directives().get(i));
        }
    }

    /** Checks a page of {@code language}'s edition, for that language's comparative words and sentence ends. */
    static void check(Document document, DirectiveFinder.Found found, Dataset data, Diagnostics diagnostics, Language language) {
        new ClaimSentences(data, found, diagnostics, language).visit(document);
    }

    /** Collects the text of each block that holds inline content, and judges it at the block's end. */
    private void visit(Node node) {
        boolean unit = node instanceof Block || node instanceof TableCell;
        if (unit) {
            judgeBlock();
        }
        if (node instanceof DirectiveNode d) {
            Directive directive = directives.get(d);
            if (directive != null) {
                marks.put(text.length(), directive);
                append(MARK, d.getStartOffset());
            }
        } else if (node instanceof Code || node instanceof HtmlInline || node instanceof HtmlInlineComment) {
            append(' ', node.getStartOffset());
        } else if (!node.hasChildren()) {
            BasedSequence chars = node.getChars();
            for (int i = 0; i < chars.length(); i++) {
                append(chars.charAt(i), chars.getIndexOffset(i));
            }
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child);
            }
        }
        if (unit) {
            judgeBlock();
        }
    }

    private void append(char c, int offset) {
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = offset;
        text.append(c);
    }

    private void judgeBlock() {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ends = (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    || language.sentenceEnds().indexOf(c) >= 0;
            if (ends || i + 1 == text.length()) {
                judge(start, i + 1);
                start = i + 1;
            }
        }
        text.setLength(0);
        marks.clear();
    }

    private void judge(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (from == to) {
            return;
        }
        int start = from;
        boolean claimed = false;
        boolean showsData = false;
        for (int i = from; i < to; i++) {
            Directive d = marks.get(i);
            if (d == null || d.kind() != Directive.Kind.DIRECTIVE || d.words().isEmpty()) {
                continue;
            }
            String first = d.words().get(0);
            if (first.equals("claim")) {
                claimed = true;
                judgeClaim(d, from);
            } else if (!first.equals("period") && !d.block()) {
                showsData = true;
            }
        }
        if (!claimed && showsData) {
            Optional<ComparativeWords.Found> word = ComparativeWords.find(text.subSequence(from, to), language);
            word.ifPresent(w -> diagnostics.warning(positions.file(), positions.at(offsets[start + w.index()]),
                    "'" + w.word() + "' compares or ranks, but its sentence has no claim to check it against the data",
                    "add {{ claim … }} to the sentence (see docs/authoring.md, \"Checked claims\"), or reword it"));
        }
    }

    private void judgeClaim(Directive d, int sentenceStart) {
        String condition = d.text().substring("claim".length()).trim();
        if (condition.equals(NONE)) {
            return;
        }
        Claim claim;
        try {
            claim = ClaimParser.parse(condition);
        } catch (ClaimSyntaxException e) {
            diagnostics.error(positions.file(), d.position(), e.getMessage(), e.hint());
            return;
        }
        ClaimEvaluator.Outcome outcome = evaluator.evaluate(claim);
        if (outcome instanceof ClaimEvaluator.Invalid invalid) {
            diagnostics.error(positions.file(), d.position(), invalid.message(), invalid.hint());
        } else if (outcome instanceof ClaimEvaluator.Fails fails) {
            diagnostics.error(positions.file(), positions.at(offsets[sentenceStart]),
                    "the data no longer bears out this sentence's claim '" + condition + "': " + fails.values(), fails.hint());
        }
    }
}
