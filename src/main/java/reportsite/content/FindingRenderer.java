package reportsite.content;

import java.util.Map;
import reportsite.data.Dataset;
import reportsite.data.FactCheck;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;

/** Renders a fact check's finding: inline Markdown with data directives and citations. */
final class FindingRenderer {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(true);

    private FindingRenderer() {
    }

    static String render(FactCheck fc, Dataset data, Diagnostics diagnostics) {
        // Messages quote the metrics file's own line, at the file's column.
        SourceText text = new SourceText(fc.position().file(), "\n".repeat(Math.max(0, fc.position().line() - 1)) + fc.findingLine());
        DirectiveScanner.Result scanned = DirectiveScanner.scan(text, fc.finding(), fc.position().line(), fc.position().column(),
                diagnostics);
        DirectiveResolver resolver = new DirectiveResolver(data, Map.of(), null, text, diagnostics, Map.of());
        String html = MARKDOWN.render(scanned.markdown()).trim();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        String[] replacements = new String[scanned.directives().size()];
        for (Directive d : scanned.directives()) {
            replacements[d.index()] = d.kind() == Directive.Kind.CITATION
                    ? Citations.linkToSources(d, data, text, diagnostics)
                    : d.block() ? "" : resolver.resolve(d, 0);
        }
        return Directive.substitute(html, replacements, scanned.directives());
    }
}
