package reportsite.content;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Map;
import reportsite.data.Dataset;
import reportsite.data.FactCheck;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;

/** Renders a fact check's finding: inline Markdown with data directives and citations. */
final class FindingRenderer {

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.of(true, false);
    /** For an edition that writes a citation right after a word (Gemini[58]). */
    private static final MarkdownRenderer MARKDOWN_CITING_AFTER_LETTER = MarkdownRenderer.of(true, true);

    private FindingRenderer() {
    }

    static String render(FactCheck fc, Dataset data, Embeds embeds, Diagnostics diagnostics) {
        // Messages quote the metrics file's own line, at the file's column.
        SourceText text = new SourceText(fc.position().file(), "\n".repeat(Math.max(0, fc.position().line() - 1)) + fc.findingLine());
        MarkdownRenderer markdown = data.language().citesAfterLetter() ? MARKDOWN_CITING_AFTER_LETTER : MARKDOWN;
        Document document = markdown.parse(fc.finding());
        DirectiveFinder.Found found = DirectiveFinder.find(document, text, fc.position().line(), fc.position().column(),
                diagnostics);
        ClaimSentences.check(document, found, data, diagnostics, data.language(), embeds.ui());
        DirectiveResolver resolver = new DirectiveResolver(data, Map.of(), embeds, text, diagnostics, Map.of());
        String[] replacements = new String[found.directives().size()];
        for (Directive d : found.directives()) {
            replacements[d.index()] = d.kind() == Directive.Kind.CITATION
                    ? Citations.linkToSources(d, data, text, diagnostics)
                    : d.block() ? "" : resolver.resolve(d, 0);
        }
        found.resolveTo(replacements);
        String html = markdown.render(document).trim();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }
}
