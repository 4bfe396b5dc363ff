package reportsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import reportsite.chart.ChartData;
import reportsite.chart.ChartDescription;
import reportsite.chart.ChartFiles;
import reportsite.chart.ChartImage;
import reportsite.chart.ChartPlanner;
import reportsite.chart.UnusedCharts;
import reportsite.config.BuildConfig;
import reportsite.content.FrontMatterParser;
import reportsite.content.MarkdownRenderer;
import reportsite.content.Page;
import reportsite.content.PageCompiler;
import reportsite.content.PageOutline;
import reportsite.content.SlugCheck;
import reportsite.data.Dataset;
import reportsite.data.Language;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.Severity;
import reportsite.publish.LinkChecker;
import reportsite.publish.PageLinks;
import reportsite.render.Edition;
import reportsite.render.FigureUses;
import reportsite.render.HostingFiles;
import reportsite.render.SearchIndex;
import reportsite.render.SiteRenderer;
import reportsite.render.TemplateEmbeds;
import reportsite.render.TemplateEngine;
import reportsite.render.TemplateOverrides;
import reportsite.social.PreviewImages;
import reportsite.source.InputFiles;
import reportsite.source.SourceFile;
import reportsite.source.SourceReader;
import reportsite.source.Theme;
import reportsite.source.UiStrings;
import reportsite.updates.DataChanges;
import reportsite.updates.DataUpdate;
import reportsite.updates.FigureSnapshot;
import reportsite.updates.UpdateHistory;

/**
 * The stages from {@code content/} and {@code templates/} to the files of {@code site/}, in the
 * order of {@link #run}. Each stage is a call from its inputs to its outputs; some are wrapped in
 * {@link BuildCache#get} under a key of all they read, and those that fan out run on the one
 * executor of the run ({@link Work}). A stage reports problems to the run's {@link Diagnostics};
 * the run stops after any stage that reported an error, before anything is written.
 */
final class Pipeline {

    /** How the run treats changed figures: a build records them in the history file, a check does not. */
    interface UpdateRecorder {
        /** @return true when the changes are in the history file (written now, or already there) */
        boolean record(DataChanges changes) throws IOException;
    }

    static final CacheKind<Reported<Map<Language, Dataset>>> DATA = CacheKind.inMemory("data", Reported::noErrors);
    static final CacheKind<Map<String, ChartData>> PLANS = CacheKind.inMemory("plans", p -> true);
    static final CacheKind<TemplateEngine> TEMPLATES = CacheKind.inMemory("templates", t -> true);
    static final CacheKind<RenderedPage> PAGES = CacheKind.onDisk("pages", RenderedPage.CODEC, RenderedPage::keepable);
    static final CacheKind<ChartImage> CHARTS = CacheKind.onDisk("charts", new ChartImageCodec(), c -> true);
    static final CacheKind<ReadPage> READ = CacheKind.inMemory("read pages", r -> true);
    static final CacheKind<Reported<SiteRenderer.DataPages>> DATA_PAGES = CacheKind.inMemory("data-pages", r -> r.messages().isEmpty());
    static final CacheKind<Reported<Optional<UiStrings>>> UI = CacheKind.inMemory("ui", Reported::noErrors);
    static final CacheKind<List<String>> SEARCH_DOCS = CacheKind.inMemory("search-docs", s -> true);

    /** A value with the messages making it gave, which a reuse from the cache gives again. */
    record Reported<T>(T value, List<Diagnostic> messages) {
        static <T> Reported<T> of(Function<Diagnostics, T> make) {
            Diagnostics own = new Diagnostics();
            T value = make.apply(own);
            return new Reported<>(value, own.all());
        }

        boolean noErrors() {
            return messages.stream().noneMatch(Diagnostic::isError);
        }

        /** The value, its messages given to {@code d}. */
        T to(Diagnostics d) {
            messages.forEach(d::add);
            return value;
        }
    }

    /** A page whose front matter was read. */
    /** @param name its path under its edition's folder, which its translations share */
    private record Outlined(SourceFile file, FrontMatterParser.Parsed parsed, String name) {
        PageOutline outline() {
            return new PageOutline(file.relative(), parsed.meta());
        }
    }

    private final BuildConfig config;
    private final BuildCache cache;
    private final Keys keys;
    /** How the run draws a chart: {@code check} only needs to know it would exist. */
    private final Function<ChartData, ChartImage> painter;
    private final Optional<FigureSnapshot> previous;
    private final UpdateRecorder recorder;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    /** Set when this run recorded changed figures in the history file. */
    private boolean recorded;

    /**
     * @param previous the figures of the last build, to tell what changed; empty for none
     * @param recorder where changed figures are recorded
     */
    Pipeline(BuildConfig config, BuildCache cache, Keys keys, Function<ChartData, ChartImage> painter, Optional<FigureSnapshot> previous,
             UpdateRecorder recorder) {
        this.config = config;
        this.cache = cache;
        this.keys = keys;
        this.painter = painter;
        this.previous = previous;
        this.recorder = recorder;
    }

    /** The stages, in the order they run. */
    Site run() {
        Diagnostics d = new Diagnostics();
        try (Work work = new Work()) {
            // 1. read: the pages, the metrics file, the history of data updates, the assets
            InputFiles inputs = stage("read", d, () -> SourceReader.read(config.content(), d));
            String templatesHash = stage("read", d, () -> templatesHash(d));
            // 2. data: metrics file → one typed dataset per edition, its texts in the edition's language
            Map<Language, Dataset> byLanguage = stage("data", d, () -> loadData(inputs, d));
            Dataset data = byLanguage.values().iterator().next();
            // 3. the editions: one per language of the data, each with its interface strings
            List<Edition> editions = stage("editions", d, () -> editions(byLanguage.keySet(), templatesHash, d));
            // what every page and chart plan of an edition depends on beyond its own text
            Map<Edition, String> keyBases = new LinkedHashMap<>();
            editions.forEach(e -> keyBases.put(e, pageKeyBase(inputs, templatesHash, e)));
            // 4. charts of each edition: what each shows; the images are drawn in the background from
            //    here on, while the later stages run
            Map<Edition, Map<String, ChartData>> plans = stage("plan charts", d, () -> plan(byLanguage, keyBases));
            Map<Edition, CompletableFuture<Map<String, ChartImage>>> images = new LinkedHashMap<>();
            plans.forEach((e, charts) -> images.put(e, work.start(() -> drawCharts(charts, work))));
            // 5. data updates: changed figures recorded in the history before any page shows them
            FigureSnapshot dataFigures = timed("data updates", () -> FigureSnapshot.of(config.content(), data, Map.of()));
            List<DataUpdate> history = stage("data updates", d, () -> recordUpdates(dataFigures, d));
            // the templates
            TemplateEngine engine = stage("templates", d, () -> cached(TEMPLATES, () -> templateEngine(), templatesHash));
            // 6. the pages of each edition, from its folder of content/, by front matter alone
            // (errors in front matter are reported with those of the pages' bodies, so this is not a stage that stops the run)
            Map<Edition, List<Outlined>> outlined = timed("outline", () -> outline(inputs, editions, d));
            // 7. each edition: its pages and the pages made from the data (the pages of every
            //    edition are compiled before the run stops, so that all their errors are reported)
            // each edition's Markdown pages by file name, for the other editions' language switch
            Map<Edition, Map<String, String>> pairs = new LinkedHashMap<>();
            editions.forEach(e -> pairs.put(e, pairs(e, outlined.get(e))));
            List<Made> made = new ArrayList<>();
            for (Edition e : editions) {
                List<Edition.Other> others = editions.stream().filter(o -> o != e).map(o -> new Edition.Other(o, pairs.get(o))).toList();
                edition(e, others, byLanguage.get(e.language()), history, outlined.get(e), pairs.get(e), engine,
                        keyBases.get(e), plans.get(e), images.get(e), work, d).ifPresent(made::add);
            }
            d.throwIfErrors();
            // 8. every file of the site, and a check of every internal link, anchor and image in it
            Written written = stage("files", d, () -> work.call(() -> files(made, d)));
            SortedMap<String, byte[]> files = written.files();
            stage("link check", d, () -> work.call(() -> {
                LinkChecker.check(files, SourceReader.display(config.out()), d, written.links()::get);
                return files;
            }));
            if (config.strict()) {
                warningsAsErrors(d);
            }
            // 9. what each page and chart of the default edition shows, for the next build's change report
            Made main = made.get(0);
            FigureSnapshot figures = timed("change report",
                    () -> dataFigures.withShows(shows(main.pages(), main.dataPages(), main.used(), main.charts())));
            List<Diagnostic> warnings = d.all().stream().filter(w -> w.severity() == Severity.WARNING).toList();
            DataChanges changes = timed("change report", () -> recorded ? changes(figures).recordedIn(UpdateHistory.display(config.content()))
                    : changes(figures));
            return new Site(made.stream().mapToInt(m -> m.pages().size()).sum(), made.stream().mapToInt(m -> m.used().size()).sum(),
                    files, warnings, figures, changes, Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis)));
        }
    }

    /** What one edition made: its pages, the pages made from the data, its charts and preview images. */
    private record Made(Edition edition, Dataset data, String keyBase, Map<String, String> pairs, List<RenderedPage> pages,
                        SiteRenderer.DataPages dataPages, List<String> used, Map<String, ChartImage> drawn, Map<String, ChartData> charts,
                        Map<String, byte[]> previews) {
    }

    /** {@code --strict}: every warning is an error too, so that nothing is written while one is left. */
    private static void warningsAsErrors(Diagnostics d) {
        d.all().stream().filter(w -> w.severity() == Severity.WARNING).forEach(w -> d.add(
                new Diagnostic(Severity.ERROR, w.position(), w.message() + " (an error with --strict)", w.hint(), w.sourceLine())));
        d.throwIfErrors();
    }

    /** The charts of each edition, planned from its data in its words. */
    private Map<Edition, Map<String, ChartData>> plan(Map<Language, Dataset> byLanguage, Map<Edition, String> keyBases) {
        Map<Edition, Map<String, ChartData>> out = new LinkedHashMap<>();
        keyBases.forEach((e, keyBase) -> out.put(e, cached(PLANS,
                () -> new ChartPlanner(byLanguage.get(e.language()), e.language(), e.ui()).planAll(), keyBase)));
        return out;
    }

    /**
     * The stages of one edition, from its data and pages to its files (paths without the
     * edition's folder); empty when its pages, or an earlier edition's, had errors.
     */
    private Optional<Made> edition(Edition e, List<Edition.Other> others, Dataset data, List<DataUpdate> history, List<Outlined> outlined,
                                   Map<String, String> pairs, TemplateEngine engine, String pageKeyBase, Map<String, ChartData> charts,
                                   CompletableFuture<Map<String, ChartImage>> images, Work work, Diagnostics d) {
        SiteRenderer renderer = new SiteRenderer(engine, data, history, e, others);
        // pages: Markdown → HTML with the directives resolved, laid out by the templates (a page
        // whose front matter has errors is left out, and its errors are reported with the others')
        List<PageOutline> outlines = outlined.stream().map(o -> o.outline()).toList();
        List<Map<String, Object>> nav = renderer.navigation(outlines);
        String navKey = Keys.sha256(List.of(pageKeyBase, nav));
        PageCompiler compiler = new PageCompiler(data, charts, new TemplateEmbeds(engine, data, e.ui(), d),
                new MarkdownRenderer(config.safe()));
        List<RenderedPage> pages = timed("pages", () -> reportAll(work.map(outlined, o -> cached(PAGES,
                () -> page(o, compiler, renderer, nav), navKey, o.file().relative(), o.file().text())), d));
        if (d.hasErrors()) {
            return Optional.empty();
        }
        // the pages made from the data: comparison, companies, sources, data updates, 404
        // (the Data updates page names the pages and charts showing each changed figure)
        List<String> used = pages.stream().flatMap(p -> p.charts().stream()).distinct().sorted().toList();
        FigureUses uses = FigureUses.of(used(charts, used), pages.stream()
                .map(p -> new FigureUses.PageFigures(p.path(), p.figures(), p.charts())).toList());
        SiteRenderer.DataPages dataPages = stage("data pages", d, () -> cached(DATA_PAGES,
                () -> Reported.of(own -> renderer.dataPages(outlines, nav, uses, own)), navKey, history, outlines, uses).to(d));
        // the chart images the pages use
        Map<String, ChartImage> drawn = stage("charts", d, () -> Work.join(images));
        UnusedCharts.warn(data, used, d);
        // preview images for shared links (they need absolute URLs, so only with a base URL)
        Map<String, byte[]> previews = stage("previews", d, () -> data.site().baseUrl().isPresent()
                ? work.call(() -> PreviewImages.render(renderer.previews(outlines))) : Map.of());
        return Optional.of(new Made(e, data, pageKeyBase, pairs, pages, dataPages, used, drawn, charts, previews));
    }

    /** {@code make}'s value, or the one kept under the key of {@code kind} and {@code parts}: all that it is made from. */
    private <T> T cached(CacheKind<T> kind, Supplier<T> make, Object... parts) {
        return cache.get(kind, () -> keys.of(kind, parts), make);
    }

    /** Runs a stage, notes its time (stages of the same name add up), and stops the run after errors. */
    private <T> T stage(String name, Diagnostics d, Supplier<T> stage) {
        T out = timed(name, stage);
        d.throwIfErrors();
        return out;
    }

    /** Runs a step and notes its time under {@code name}, errors or not (they are reported with a later stage's). */
    private <T> T timed(String name, Supplier<T> step) {
        long start = System.nanoTime();
        T out = step.get();
        stageMillis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
        return out;
    }

    /** What every page of an edition depends on beyond its own text. */
    private String pageKeyBase(InputFiles inputs, String templatesHash, Edition e) {
        return Keys.sha256(List.of(options(config), metricsText(inputs), templatesHash, e.language().code()));
    }

    /** The options that change what a build writes. */
    static String options(BuildConfig config) {
        return "drafts=" + config.drafts() + " safe=" + config.safe() + " base=" + config.baseUrl().orElse("") + " strict=" + config.strict();
    }

    /** The text the data is made from: the metrics file and the CSV files it may name. */
    private static String metricsText(InputFiles inputs) {
        StringBuilder text = new StringBuilder(inputs.metrics().map(f -> f.display() + "\u0000" + f.text()).orElse(""));
        inputs.tables().values().forEach(t -> text.append('\u0000').append(t.display()).append('\u0000').append(t.text()));
        return text.toString();
    }

    /**
     * The templates folder's files: the built-in theme under them is part of the generator's
     * identity, in every key. A report without the folder uses the built-in theme alone.
     */
    private String templatesHash(Diagnostics d) {
        TemplateOverrides.check(new Theme(config.templates()), d);
        return Keys.tree(config.templates());
    }

    /** The dataset of each edition, the default edition's first. */
    private Map<Language, Dataset> loadData(InputFiles inputs, Diagnostics d) {
        Map<Language, Dataset> loaded = cached(DATA, () -> Reported.of(own -> inputs.metrics()
                .map(f -> MetricsLoader.loadEditions(f, inputs.tables(), own)).orElseGet(() -> Map.of(Language.EN, Dataset.empty()))), metricsText(inputs)).to(d);
        Map<Language, Dataset> out = new LinkedHashMap<>();
        loaded.forEach((language, data) -> out.put(language, data.withBaseUrl(config.baseUrl())));
        return out;
    }

    /** One edition per language of the data, each with its interface strings; the first at the site's root. */
    private List<Edition> editions(Set<Language> languages, String templatesHash, Diagnostics d) {
        List<Edition> out = new ArrayList<>();
        for (Language language : languages) {
            cached(UI, () -> Reported.of(own -> UiStrings.load(config.templates(), language, own)), templatesHash, language.code())
                    .to(d).ifPresent(ui -> out.add(Edition.of(language, out.isEmpty(), ui)));
        }
        return out;
    }

    /** Records the figures that changed since the last build, then reads the history as it now is. */
    private List<DataUpdate> recordUpdates(FigureSnapshot dataFigures, Diagnostics d) {
        DataChanges changed = changes(dataFigures);
        if (!changed.isEmpty()) {
            try {
                recorded = recorder.record(changed);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + UpdateHistory.display(config.content()) + ": " + e.getMessage(), e);
            }
        }
        return UpdateHistory.read(config.content(), d);
    }

    /** What changed since the last build's figures, when they were read from the same content folder. */
    private DataChanges changes(FigureSnapshot now) {
        return previous.filter(before -> before.content().equals(now.content()))
                .map(before -> DataChanges.between(before, now)).orElse(DataChanges.none());
    }

    private TemplateEngine templateEngine() {
        try {
            return new TemplateEngine(config.templates());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + config.templates() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The pages of each edition: those under {@code content/<code>/} belong to that edition, the
     * rest to the default one. A page in one edition without its pair (same file name) in
     * another is reported; {@code --strict} makes that an error.
     */
    private Map<Edition, List<Outlined>> outline(InputFiles inputs, List<Edition> editions, Diagnostics d) {
        Map<Edition, List<Outlined>> out = new LinkedHashMap<>();
        for (Edition e : editions) {
            List<SourceFile> files = inputs.pages().stream().filter(f -> editionOf(f, editions) == e).toList();
            List<Outlined> outlined = files.stream()
                    .map(f -> FrontMatterParser.parse(f, e.prefix(), d).filter(p -> config.drafts() || !p.meta().draft())
                            .map(p -> new Outlined(f, p, f.relative().substring(e.prefix().length()))))
                    .flatMap(Optional::stream).toList();
            SlugCheck.check(outlined.stream().map(Outlined::outline).toList(), files, config.content(), d);
            out.put(e, outlined);
        }
        Map<Edition, Map<String, SourceFile>> byName = new LinkedHashMap<>();
        out.forEach((e, pages) -> byName.put(e, pages.stream().collect(Collectors.toMap(Outlined::name, Outlined::file))));
        PagePairs.check(byName, d);
        return out;
    }

    private static Edition editionOf(SourceFile f, List<Edition> editions) {
        return editions.stream().skip(1).filter(e -> f.relative().startsWith(e.prefix())).findFirst().orElse(editions.get(0));
    }

    /** An edition's pages by file name without its folder → output path, for the other editions' language switch. */
    private static Map<String, String> pairs(Edition e, List<Outlined> outlined) {
        Map<String, String> out = new TreeMap<>();
        outlined.forEach(o -> out.put(o.name(), o.outline().outputPath()));
        return out;
    }

    /** One page compiled and laid out, with its own messages, so that the cache can see whether it had any. */
    private static RenderedPage page(Outlined o, PageCompiler compiler, SiteRenderer renderer, List<Map<String, Object>> nav) {
        Diagnostics own = new Diagnostics();
        Page page = compiler.compile(o.file(), o.parsed(), own);
        Optional<byte[]> html = own.hasErrors() ? Optional.empty() : renderer.page(page, nav, own);
        return new RenderedPage(o.outline().outputPath(), html, page.charts(), page.figures(), Keys.sha256(page.html()), own.all());
    }

    private static Map<String, ChartData> used(Map<String, ChartData> charts, List<String> used) {
        Map<String, ChartData> out = new TreeMap<>();
        used.forEach(id -> out.put(id, charts.get(id)));
        return out;
    }

    private static List<RenderedPage> reportAll(List<RenderedPage> pages, Diagnostics d) {
        pages.forEach(p -> p.messages().forEach(d::add));
        return pages;
    }

    private Map<String, ChartImage> drawCharts(Map<String, ChartData> charts, Work work) {
        List<ChartImage> images = work.map(List.copyOf(charts.values()),
                c -> cached(CHARTS, () -> painter.apply(c), c));
        Map<String, ChartImage> byId = new LinkedHashMap<>();
        images.forEach(img -> byId.put(img.id(), img));
        return byId;
    }

    /** The files of the site, and the ids and links of each page, read once for its search entry too. */
    private record Written(SortedMap<String, byte[]> files, Map<String, PageLinks> links) {
    }

    /** A page as the search index and the link check read it: one parse for both. */
    record ReadPage(PageLinks links, SearchIndex.PageText text) {
        static ReadPage of(byte[] html) {
            Document doc = PageLinks.parse(html, false);
            return new ReadPage(PageLinks.of(doc, false), SearchIndex.PageText.of(doc));
        }
    }

    /** Every file of every edition under its folder, the assets, the search indexes and the files for hosting. */
    private Written files(List<Made> made, Diagnostics d) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Map<Made, SortedMap<String, byte[]>> byEdition = new LinkedHashMap<>();
        for (Made m : made) {
            SortedMap<String, byte[]> own = new TreeMap<>();
            m.pages().forEach(p -> own.put(p.path(), p.html().orElseThrow()));
            for (String id : m.used()) {
                ChartImage img = m.drawn().get(id);
                own.put(ChartFiles.png(id), img.png1x());
                own.put(ChartFiles.png2x(id), img.png2x());
                own.put(ChartFiles.dark(id), img.dark1x());
                own.put(ChartFiles.dark2x(id), img.dark2x());
                own.put(ChartFiles.csv(id), ChartDescription.csv(m.charts().get(id)).getBytes(StandardCharsets.UTF_8));
            }
            own.putAll(m.dataPages().files());
            String prefix = m.edition().prefix();
            own.forEach((path, bytes) -> files.put(prefix + path, bytes));
            files.putAll(m.previews());
            byEdition.put(m, own);
        }
        files.putAll(new Theme(config.templates()).files("assets", "assets/", d));
        Map<String, ReadPage> read = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().filter(f -> f.getKey().endsWith(".html"))
                .forEach(f -> read.put(f.getKey(), cached(READ, () -> ReadPage.of(f.getValue()), f.getValue())));
        byEdition.forEach((m, own) -> files.put(m.edition().prefix() + SearchIndex.PATH, searchIndex(m, own.keySet(), read)));
        files.putAll(HostingFiles.of(List.copyOf(files.keySet()), made.get(0).data().site(), alternates(made)));
        Map<String, PageLinks> links = new HashMap<>();
        read.forEach((path, page) -> links.put(path, page.links()));
        return new Written(files, links);
    }

    /** An edition's search index: its pages as read, and its figures and sources, kept while its data and pages are unchanged. */
    private byte[] searchIndex(Made m, Set<String> files, Map<String, ReadPage> read) {
        List<String> paths = SearchIndex.pages(files);
        String prefix = m.edition().prefix();
        List<String> pages = paths.stream()
                .map(p -> SearchIndex.entry(prefix + p, read.get(prefix + p).text(), m.data().site().description())).toList();
        return SearchIndex.of(pages, cached(SEARCH_DOCS, () -> SearchIndex.docs(m.data(), m.edition().ui(), paths), m.keyBase(), paths));
    }

    /** For the change report: by page or chart, a hash of what it shows (its body, not its layout). */
    private static Map<String, String> shows(List<RenderedPage> pages, SiteRenderer.DataPages dataPages, List<String> used,
                                             Map<String, ChartData> charts) {
        Map<String, String> shows = new TreeMap<>();
        pages.forEach(p -> shows.put(FigureSnapshot.pageUnit(p.path()), p.shows()));
        dataPages.shows().forEach((path, model) -> shows.put(FigureSnapshot.pageUnit(path), Keys.sha256(model)));
        used.forEach(id -> shows.put(FigureSnapshot.chartUnit(id), Keys.sha256(charts.get(id))));
        return shows;
    }

    /**
     * For the sitemap: each page of an edition with its pair in every edition, by {@code hreflang}
     * (pairs share a file name under their edition's folder; the pages made from the data share
     * their path). Empty with one edition.
     */
    private static Map<String, Map<String, String>> alternates(List<Made> made) {
        if (made.size() < 2) {
            return Map.of();
        }
        Map<String, Map<String, String>> groups = new TreeMap<>();
        for (Made m : made) {
            String lang = m.edition().language().htmlLang();
            m.pairs().forEach((file, path) -> groups.computeIfAbsent("page:" + file, k -> new TreeMap<>())
                    .put(lang, m.edition().prefix() + path));
            m.dataPages().files().keySet().forEach(path -> groups.computeIfAbsent("data:" + path, k -> new TreeMap<>())
                    .put(lang, m.edition().prefix() + path));
        }
        Map<String, Map<String, String>> byPath = new TreeMap<>();
        groups.values().forEach(group -> group.values().forEach(path -> byPath.put(path, group)));
        return byPath;
    }
}
