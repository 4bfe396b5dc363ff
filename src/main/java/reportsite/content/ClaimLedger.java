package reportsite.content;

import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.List;
import reportsite.data.Dataset;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceFile;
import reportsite.i18n.UiStrings;

/**
 * Every sentence of the report the build judges against the data, as the claims page lists it:
 * the claims an author bound and the words the data judges, each with its condition, the values
 * that decide it and, where it can be said, how far it is from flipping. It reads the pages again
 * rather than taking this from the compiled pages, so that the page cache stays as it is.
 */
public final class ClaimLedger {

    /** A page to read: its file, its front matter and body, and where it is published. */
    public record Source(SourceFile file, FrontMatterParser.Parsed parsed, String outputPath) {
    }

    /**
     * One judged sentence.
     *
     * @param page the output path of its page, {@code title} that page's title
     * @param verdict for a fact check's finding, its verdict (then {@code values} are the figures it rests on); "" for a sentence
     */
    public record Entry(String page, String title, int line, String sentence, String condition, boolean holds, String values,
                        String verdict) {
    }

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(false);
    private static final MarkdownRenderer MARKDOWN_CITING_AFTER_LETTER = new MarkdownRenderer(false, true);

    private ClaimLedger() {
    }

    /** The judged sentences of {@code pages}, page by page, in the order they are written. */
    public static List<Entry> of(Dataset data, UiStrings ui, List<Source> pages) {
        List<Entry> out = new ArrayList<>();
        for (Source p : pages) {
            Document document = (data.language().citesAfterLetter() ? MARKDOWN_CITING_AFTER_LETTER : MARKDOWN).parse(p.parsed().body());
            DirectiveFinder.Found found = DirectiveFinder.find(document, p.file().sourceText(), p.parsed().bodyLine(), 1, new Diagnostics());
            ClaimSentences.record(document, found, data, data.language(), ui, j -> out.add(new Entry(p.outputPath(),
                    p.parsed().meta().title(), j.line(), j.sentence(), j.condition(), j.holds(), j.values(), j.verdict())));
        }
        return List.copyOf(out);
    }
}
