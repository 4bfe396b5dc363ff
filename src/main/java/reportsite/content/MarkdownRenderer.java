package reportsite.content;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * flexmark configured once: GitHub-flavoured tables, strikethrough, autolinks, footnotes,
 * heading ids, typographic quotes, header cells of tables scoped to their column, and the
 * directives and citations of {@link DirectiveSyntax}. Parser and renderer are thread-safe and
 * shared.
 */
public final class MarkdownRenderer {

    /**
     * In safe mode, links and images keep only relative, http(s), mailto and data:image URLs; any
     * other scheme is dropped, however it is written ({@code JaVaScRiPt:}, {@code java&#9;script:},
     * {@code &#106;avascript:}). flexmark matches this against the URL as written, before entities
     * are decoded; its default catches only a lower-case {@code javascript:}.
     */
    static final String SAFE_SUPPRESSED_LINKS =
            "(?is)(?![\\x00-\\x20]*(?:https?:|mailto:|data:image/))(?:[^/?#&]|&#?\\w+;?)*:.*";

    private static final Map<List<Boolean>, MarkdownRenderer> CONFIGURED = new ConcurrentHashMap<>();

    private final Parser parser;
    private final HtmlRenderer renderer;

    /** The renderer of these options, built once per process: building one costs more than parsing a small page. */
    public static MarkdownRenderer of(boolean safe, boolean citeAfterLetter) {
        return CONFIGURED.computeIfAbsent(List.of(safe, citeAfterLetter), k -> new MarkdownRenderer(safe, citeAfterLetter));
    }

    /** @param safe drop raw HTML (scripts, event handlers) written in the Markdown */
    public MarkdownRenderer(boolean safe) {
        this(safe, false);
    }

    /**
     * @param safe drop raw HTML (scripts, event handlers) written in the Markdown
     * @param citeAfterLetter read {@code [58]} right after a Latin letter as a citation, as a
     *     language without spaces writes it ({@link reportsite.data.Language#citesAfterLetter()})
     */
    public MarkdownRenderer(boolean safe, boolean citeAfterLetter) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create(), TypographicExtension.create(),
                MarkdownTables.create(), DirectiveSyntax.create(citeAfterLetter)));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(TablesExtension.CLASS_NAME, "data");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        if (safe) {
            options.set(HtmlRenderer.SUPPRESS_HTML, true);
            options.set(HtmlRenderer.SUPPRESSED_LINKS, SAFE_SUPPRESSED_LINKS);
        }
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The Markdown tree, whose directive nodes are resolved before it is rendered. */
    Document parse(String markdown) {
        return parser.parse(markdown);
    }

    String render(Document document) {
        return MarkdownTables.wrap(renderer.render(document));
    }

    /** Markdown to HTML; a directive in it shows as written. */
    public String render(String markdown) {
        return render(parse(markdown));
    }
}
