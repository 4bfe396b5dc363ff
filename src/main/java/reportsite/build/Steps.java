package reportsite.build;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import reportsite.chart.ChartData;
import reportsite.chart.ChartDescription;
import reportsite.chart.ChartImage;
import reportsite.chart.ChartPlanner;
import reportsite.chart.ChartRenderer;
import reportsite.chart.ChartTheme;
import reportsite.chart.GlyphCheck;
import reportsite.content.ClaimLedger;
import reportsite.content.FrontMatterParser;
import reportsite.content.Page;
import reportsite.content.PageCompiler;
import reportsite.content.PageOutline;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostics;
import reportsite.publish.PageLinks;
import reportsite.render.FigureUses;
import reportsite.render.SearchIndex;
import reportsite.render.SiteRenderer;
import reportsite.render.TemplateEmbeds;
import reportsite.render.TemplateEngine;
import reportsite.source.SourceFile;
import reportsite.source.Theme;
import reportsite.i18n.UiStrings;
import reportsite.updates.FiguresFile;

/**
 * The cached steps of a build, each a static function of one record of its inputs, and the one
 * way the pipeline runs them ({@link #run}): the key is made from that record, a value is kept
 * only when {@link CacheKind#keeps} allows, and its messages come back with it. A step sees
 * its record and nothing else: its inputs are its parameters, and, being a constant, it has no
 * captured state (StepsTest checks every kind).
 */
final class Steps {

    /** {@code metrics.yaml} → one dataset per edition, its texts in the edition's language, the default edition's first. */
    record DataIn(Optional<SourceFile> metrics, Map<String, SourceFile> tables, Optional<String> baseUrl) {
    }

    static final CacheKind<DataIn, Map<Language, Dataset>> DATA = CacheKind.inMemory("data", (in, own) -> {
        Map<Language, Dataset> loaded = in.metrics().map(f -> MetricsLoader.loadEditions(f, in.tables(), own))
                .orElseGet(() -> Map.of(Language.EN, Dataset.empty()));
        Map<Language, Dataset> out = new java.util.LinkedHashMap<>();
        loaded.forEach((language, data) -> out.put(language, data.withBaseUrl(in.baseUrl())));
        return out;
    });

    /** An edition's interface strings, from the templates folder as read. */
    record UiIn(Keyed<Theme> templates, Language language) {
    }

    static final CacheKind<UiIn, Optional<UiStrings>> UI = CacheKind.inMemory("ui",
            (in, own) -> UiStrings.load(in.templates().value(), in.language(), own));

    /** The template engine over the templates as read (it keeps the templates it has parsed). */
    record TemplatesIn(Keyed<Theme> templates) {
    }

    static final CacheKind<TemplatesIn, TemplateEngine> TEMPLATES = CacheKind.inMemory("templates",
            (in, own) -> new TemplateEngine(in.templates().value()));

    /** What each chart of an edition shows, from its data in its words. */
    record PlanIn(Keyed<Dataset> data, Language language, Keyed<UiStrings> ui) {
    }

    /**
     * Each chart keyed by a hash of what it shows, worked out once per plan: a plan is kept while
     * its data is unchanged, so a page edit's build does not hash every chart's data again for the
     * images' keys, and a figure edit hashes each new plan once for both its images and its change
     * report.
     */
    static final CacheKind<PlanIn, Map<String, Keyed<ChartData>>> PLANS = CacheKind.inMemory("plans", (in, own) -> {
        Map<String, ChartData> plans = new ChartPlanner(in.data().value(), in.language(), in.ui().value()).planAll();
        if (!plans.isEmpty()) {
            // the check loads the charts' font, a tenth of a small report's build, for nothing when there is no chart
            GlyphCheck.check(plans, ChartTheme.LIGHT.in(in.language()), own);
        }
        Map<String, Keyed<ChartData>> keyed = new java.util.LinkedHashMap<>();
        plans.forEach((id, chart) -> keyed.put(id, Keyed.of(chart)));
        return keyed;
    });

    /** One chart's images. */
    record ChartIn(Keyed<ChartData> chart) {
    }

    static final CacheKind<ChartIn, ChartImage> CHARTS = CacheKind.onDisk("charts", new ChartImageCodec(),
            (in, own) -> ChartRenderer.render(in.chart().value()));

    /** For {@code check}: only whether each image would exist matters, so none is drawn. */
    static final CacheKind<ChartIn, ChartImage> CHARTS_NOT_DRAWN = CacheKind.inMemory("charts not drawn",
            (in, own) -> new ChartImage(in.chart().value().spec().id(), new byte[0], new byte[0], new byte[0], new byte[0], 0, 0));

    /** One Markdown page: its text and front matter, the menu, and everything of its edition. */
    record PageIn(Keyed<EditionContext> edition, SourceFile file, FrontMatterParser.Parsed parsed, String outputPath,
                  Keyed<List<Map<String, Object>>> nav) {
    }

    static final CacheKind<PageIn, RenderedPage> PAGES = CacheKind.onDisk("pages", RenderedPage.CODEC, (in, own) -> {
        EditionContext e = in.edition().value();
        PageCompiler compiler = new PageCompiler(e.data(), e.charts(), new TemplateEmbeds(e.engine(), e.data(), e.edition().ui(), own),
                e.markdown());
        Page page = compiler.compile(in.file(), in.parsed(), own);
        Optional<byte[]> html = own.hasErrors() ? Optional.empty() : e.renderer().page(page, in.nav().value(), own);
        return new RenderedPage(in.outputPath(), html, page.charts(), page.figures(), Keys.sha256(page.html()), Keyed.of(page.claims()));
    });

    /** The pages made from an edition's data: comparison, companies, sources, data updates, claims, 404. */
    record DataPagesIn(Keyed<EditionContext> edition, List<PageOutline> pages, Keyed<List<Map<String, Object>>> nav, FigureUses uses,
                       List<Keyed<List<ClaimLedger.Entry>>> claims) {

        /** The claims ledger: every sentence of the pages judged against the data, in the pages' order. */
        List<ClaimLedger.Entry> ledger() {
            return claims.stream().flatMap(c -> c.value().stream()).toList();
        }
    }

    static final CacheKind<DataPagesIn, SiteRenderer.DataPages> DATA_PAGES = CacheKind.inMemory("data-pages", (in, own) -> {
        SiteRenderer.DataPages made = in.edition().value().renderer().dataPages(in.pages(), in.nav().value(), in.uses(), in.ledger(), own);
        // what each shows, hashed once here rather than by every build's change report
        Map<String, String> shows = new java.util.TreeMap<>();
        made.shows().forEach((path, model) -> shows.put(path, Keys.sha256(model)));
        return new SiteRenderer.DataPages(made.files(), shows);
    });

    /** A finished page, as the search index and the link check read it. */
    record ReadIn(byte[] html) {
    }

    /** A page as the search index and the link check read it: one parse for both. */
    record ReadPage(PageLinks links, SearchIndex.PageText text) {
    }

    static final CacheKind<ReadIn, ReadPage> READ = CacheKind.inMemory("read pages", (in, own) -> {
        Document doc = PageLinks.parse(in.html(), false);
        return new ReadPage(PageLinks.of(doc, false), SearchIndex.PageText.of(doc));
    });

    /** An edition's figures and sources as search entries. */
    record SearchDocsIn(Keyed<EditionContext> edition, List<String> paths) {
    }

    static final CacheKind<SearchDocsIn, List<String>> SEARCH_DOCS = CacheKind.inMemory("search-docs",
            (in, own) -> SearchIndex.docs(in.edition().value().data(), in.edition().value().edition().ui(), in.paths()));

    /** The site's {@code figures.json}: every figure with its sources, in the default edition's words. */
    record FiguresIn(Keyed<Dataset> data) {
    }

    static final CacheKind<FiguresIn, byte[]> FIGURES_FILE = CacheKind.inMemory("figures-file",
            (in, own) -> FiguresFile.of(in.data().value()).getBytes(StandardCharsets.UTF_8));

    /** An edition's charts, as planned. */
    record PlannedCharts(Keyed<Map<String, Keyed<ChartData>>> charts) {
    }

    /** The data of an edition's charts as CSV files, by chart id. */
    static final CacheKind<PlannedCharts, Map<String, byte[]>> CHART_CSV = CacheKind.inMemory("chart-csv", (in, own) -> {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        in.charts().value().forEach((id, chart) -> out.put(id, ChartDescription.csv(chart.value()).getBytes(StandardCharsets.UTF_8)));
        return out;
    });

    /** Every kind, for the tests that hold them to their rules. */
    static final List<CacheKind<?, ?>> ALL = List.of(DATA, UI, TEMPLATES, PLANS, CHARTS, CHARTS_NOT_DRAWN, PAGES, DATA_PAGES, READ,
            SEARCH_DOCS, FIGURES_FILE, CHART_CSV);

    private final BuildCache cache;
    private final Keys keys;

    Steps(BuildCache cache, Keys keys) {
        this.cache = cache;
        this.keys = keys;
    }

    /** {@code kind}'s value for {@code inputs}: kept from an earlier run, or made now. */
    <I extends Record, T> Reported<T> run(CacheKind<I, T> kind, I inputs) {
        return cache.get(kind, key(kind, inputs), () -> Reported.of(own -> kind.step().run(inputs, own)));
    }

    /** {@code kind}'s value for {@code inputs} if an earlier run kept it; nothing is made. */
    <I extends Record, T> Optional<T> kept(CacheKind<I, T> kind, I inputs) {
        return cache.kept(kind, key(kind, inputs)).map(Reported::value);
    }

    /** As {@link #run}, its messages given to {@code d}, the value keyed by the step's key (for the steps that read it). */
    <I extends Record, T> Keyed<T> keyed(CacheKind<I, T> kind, I inputs, Diagnostics d) {
        Supplier<String> key = key(kind, inputs);
        T value = cache.get(kind, key, () -> Reported.of(own -> kind.step().run(inputs, own))).to(d);
        return Keyed.madeBy(key, value);
    }

    /** The key of {@code inputs}, worked out once and only when asked for. */
    private <I extends Record> Supplier<String> key(CacheKind<I, ?> kind, I inputs) {
        String[] known = new String[1];
        return () -> {
            if (known[0] == null) {
                known[0] = keys.of(kind, inputs);
            }
            return known[0];
        };
    }
}
