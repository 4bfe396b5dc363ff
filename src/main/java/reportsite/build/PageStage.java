package reportsite.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import reportsite.config.BuildConfig;
import reportsite.content.FrontMatterParser;
import reportsite.content.Page;
import reportsite.content.PageCompiler;
import reportsite.content.PageOutline;
import reportsite.diag.Diagnostics;
import reportsite.render.SiteRenderer;
import reportsite.source.SourceFile;

/**
 * The content stage: each Markdown page compiled (directives resolved) and laid out by the
 * templates, in parallel, or taken from the {@link PageCache} when nothing it depends on changed.
 * A page's cache key is a hash of its own source and of the {@code context}: everything else
 * its HTML depends on (the generator, the options, the metrics file, the templates, the menu).
 */
final class PageStage {

    /** A page whose front matter was read. */
    record Outlined(SourceFile file, FrontMatterParser.Parsed parsed) {
        PageOutline outline() {
            return new PageOutline(file.relative(), parsed.meta());
        }
    }

    /**
     * A page laid out, or empty after errors.
     *
     * @param fresh rendered by this run without any message, so that it may be cached: a page
     *     from the cache never hides a message
     * @param hit taken from a cache (which holds only pages rendered without messages)
     */
    record Rendered(PageOutline outline, String key, Optional<PageCache.Entry> entry, boolean fresh, boolean hit) {
    }

    private final BuildConfig config;
    private final WarmCache warm;
    private final PageCache cache;
    private final String context;
    private final PageCompiler compiler;
    private final SiteRenderer renderer;
    private final List<Map<String, Object>> nav;

    PageStage(BuildConfig config, WarmCache warm, String context, PageCompiler compiler, SiteRenderer renderer,
              List<Map<String, Object>> nav) {
        this.config = config;
        this.warm = warm;
        this.cache = new PageCache(config.cacheDir().resolve("pages"));
        this.context = context;
        this.compiler = compiler;
        this.renderer = renderer;
        this.nav = nav;
    }

    List<Rendered> render(List<Outlined> pages, Diagnostics diagnostics) {
        return pages.parallelStream().map(o -> {
            // --clean neither reads nor keeps pages, and spares itself the hashing.
            String key = config.clean() ? "" : Fingerprints.sha256(context, o.file().relative(), o.file().text());
            Optional<PageCache.Entry> hit = config.clean() ? Optional.empty() : warm.page(key).or(() -> cache.get(key));
            return hit.map(entry -> new Rendered(o.outline(), key, Optional.of(entry), false, true))
                    .orElseGet(() -> compile(o, key, diagnostics));
        }).toList();
    }

    /** After a build without errors: keeps the pages it rendered, forgets those it did not use. */
    void keep(List<Rendered> rendered) {
        if (!config.clean()) {
            Map<String, PageCache.Entry> used = new HashMap<>();
            rendered.stream().filter(r -> r.fresh() || r.hit()).forEach(r -> used.put(r.key(), r.entry().orElseThrow()));
            warm.keepPages(used);
            cache.keepOnly(rendered.stream().filter(Rendered::fresh).collect(Collectors.toMap(Rendered::key, r -> r.entry().orElseThrow())),
                    rendered.stream().map(Rendered::key).collect(Collectors.toSet()));
        }
    }

    /** One page compiled and laid out; its messages are collected apart first, to see if it had any. */
    private Rendered compile(Outlined o, String key, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Page page = compiler.compile(o.file(), o.parsed(), own);
        own.all().forEach(diagnostics::add);
        Optional<PageCache.Entry> entry = own.hasErrors() ? Optional.empty() : renderer.page(page, nav)
                .map(html -> new PageCache.Entry(html, page.charts(), Fingerprints.sha256(page.html())));
        return new Rendered(o.outline(), key, entry, entry.isPresent() && own.all().isEmpty(), false);
    }
}
