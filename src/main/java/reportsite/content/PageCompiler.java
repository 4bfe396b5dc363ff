package reportsite.content;

import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.chart.ChartData;
import reportsite.data.Dataset;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;
import reportsite.source.SourceFile;

/**
 * Compiles one Markdown file into a {@link Page}: front matter, directives and citations,
 * Markdown, table of contents. Thread-safe; pages are compiled in parallel.
 */
public final class PageCompiler {

    private static final Pattern HEADING = Pattern.compile("<h([23]) id=\"([^\"]+)\">(.*?)</h\\1>");

    private final Dataset data;
    private final Map<String, ChartData> charts;
    private final Embeds embeds;
    private final MarkdownRenderer markdown;

    /** @param markdown configured for safe mode or not */
    public PageCompiler(Dataset data, Map<String, ChartData> charts, Embeds embeds, MarkdownRenderer markdown) {
        this.data = data;
        this.charts = charts;
        this.embeds = embeds;
        this.markdown = markdown;
    }

    /** The page of a file whose front matter was read already (and is not a draft left out). */
    public Page compile(SourceFile file, FrontMatterParser.Parsed parsed, Diagnostics diagnostics) {
        SourceText text = file.sourceText();
        Document document = markdown.parse(parsed.body(file));
        DirectiveFinder.Found found = DirectiveFinder.find(document, text, parsed.bodyLine(), 1, diagnostics);
        List<Directive> directives = found.directives();
        // The ledger's words are the edition's, the messages the author's (English).
        List<ClaimLedger.Entry> claims = new ArrayList<>();
        ClaimSentences.checkAndRecord(document, found, data, diagnostics, data.language(), embeds.ui(),
                j -> claims.add(ClaimLedger.entry(parsed.meta().slug() + ".html", parsed.meta().title(), j)));
        RepeatedTitle.check(document, parsed.meta().title(), text, parsed.bodyLine(), diagnostics);
        // Number figures and tables first, so that a reference may point forward.
        Map<String, String> labels = new HashMap<>();
        Map<Integer, Integer> numbers = new HashMap<>();
        List<String> chartIds = new ArrayList<>();
        int figure = 0;
        int table = 0;
        for (Directive d : directives) {
            if (!d.block() || d.words().size() < 2) {
                continue;
            }
            String kind = d.words().get(0);
            if (kind.equals("chart")) {
                numbers.put(d.index(), ++figure);
                labels.putIfAbsent(d.words().get(1), embeds.ui().format("figure.ref", Map.of("n", figure)));
                chartIds.add(d.words().get(1));
            } else if (kind.equals("table")) {
                numbers.put(d.index(), ++table);
                String id = d.words().stream().filter(w -> w.startsWith("#")).map(w -> w.substring(1)).findFirst()
                        .orElse("table-" + table);
                labels.putIfAbsent(id, embeds.ui().format("figure.table_ref", Map.of("n", table)));
            }
        }
        DirectiveResolver resolver = new DirectiveResolver(data, charts, embeds, text, diagnostics, labels);
        Citations citations = new Citations(data, text, diagnostics, embeds.ui());
        // Resolve in document order (citation backlinks are numbered in it), then render.
        String[] replacements = new String[directives.size()];
        for (Directive d : directives) {
            replacements[d.index()] = d.kind() == Directive.Kind.CITATION ? citations.cite(d)
                    : resolver.resolve(d, numbers.getOrDefault(d.index(), 0));
        }
        found.resolveTo(replacements);
        String html = markdown.render(document);
        return new Page(file.relative(), parsed.meta(), html, toc(html), citations.references(), List.copyOf(chartIds),
                List.copyOf(resolver.figures()), List.copyOf(claims));
    }

    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private static List<Page.Heading> toc(String html) {
        List<Page.Heading> out = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            out.add(new Page.Heading(Integer.parseInt(m.group(1)), m.group(2), TAG.matcher(m.group(3)).replaceAll("")));
        }
        return out;
    }
}
