package reportsite.content;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * flexmark configured once: GitHub-flavoured tables, strikethrough, autolinks, footnotes,
 * heading ids, typographic quotes, and header cells of tables scoped to their column. Parser and renderer are thread-safe and shared.
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

    private final Parser parser;
    private final HtmlRenderer renderer;
    /**
     * Whether HTML is kept by its Markdown. Pages come here with their directives replaced by
     * placeholders, so a page's Markdown, and so its HTML, changes only when its text does: a
     * renderer kept from build to build (by the development server) skips flexmark, half of a
     * page's compile time, for every page a figure edit touches. Kept: what the current and the
     * previous build rendered, up to a budget.
     */
    private final boolean remembers;
    private Map<String, String> current = new ConcurrentHashMap<>();
    private Map<String, String> previous = new ConcurrentHashMap<>();
    /** Characters of Markdown kept by the current build, which stops keeping at {@link #BUDGET}. */
    private final AtomicLong kept = new AtomicLong();
    private static final long BUDGET = 8 << 20;

    /** @param safe drop raw HTML (scripts, event handlers) written in the Markdown */
    public MarkdownRenderer(boolean safe) {
        this(safe, false);
    }

    private MarkdownRenderer(boolean safe, boolean remembers) {
        this.remembers = remembers;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create(), TypographicExtension.create(),
                MarkdownTables.create()));
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

    private static final AtomicBoolean WARMED = new AtomicBoolean();

    /**
     * Once per process: loads flexmark and its extensions by rendering a few lines, so that a
     * build can pay that (about 0.1 s in a fresh JVM) on another core while it reads its data.
     */
    public static void warmUp() {
        if (WARMED.compareAndSet(false, true)) {
            new MarkdownRenderer(false).render("# A\n\nSome *text*, \"quotes\", ~~gone~~, https://example.com [a](b.html)[^1].\n\n"
                    + "| a | b |\n|---|--:|\n| 1 | 2 |\n\n[^1]: A note.\n");
        }
    }

    /** A renderer that remembers what it rendered, for a process that builds again and again. */
    public static MarkdownRenderer remembering(boolean safe) {
        return new MarkdownRenderer(safe, true);
    }

    public String render(String markdown) {
        if (!remembers) {
            return MarkdownTables.wrap(renderer.render(parser.parse(markdown)));
        }
        String html = current.get(markdown);
        if (html == null) {
            html = previous.get(markdown);
            if (html == null) {
                html = MarkdownTables.wrap(renderer.render(parser.parse(markdown)));
            }
            if (kept.addAndGet(markdown.length()) <= BUDGET) {
                current.put(markdown, html);
            }
        }
        return html;
    }

    /** Starts a build: what the build before last rendered and the last did not is forgotten. */
    public synchronized void nextBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
        kept.set(0);
    }
}
