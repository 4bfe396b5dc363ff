package reportsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import reportsite.chart.ChartCache;
import reportsite.chart.ChartData;
import reportsite.chart.ChartDescription;
import reportsite.chart.ChartDrawing;
import reportsite.chart.ChartFiles;
import reportsite.chart.ChartImage;
import reportsite.chart.ChartPlanner;
import reportsite.chart.ChartRenderer;
import reportsite.config.BuildConfig;
import reportsite.content.FrontMatterParser;
import reportsite.content.MarkdownRenderer;
import reportsite.content.PageCompiler;
import reportsite.content.PageOutline;
import reportsite.data.ChartSpec;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.Severity;
import reportsite.diag.SourceText;
import reportsite.publish.LinkChecker;
import reportsite.publish.SitePublisher;
import reportsite.render.HostingFiles;
import reportsite.render.SearchIndex;
import reportsite.render.SiteRenderer;
import reportsite.render.TemplateEmbeds;
import reportsite.render.TemplateEngine;
import reportsite.social.PreviewImages;
import reportsite.source.InputFiles;
import reportsite.source.SourceFile;
import reportsite.source.SourceReader;
import reportsite.updates.DataChanges;
import reportsite.updates.DataUpdate;
import reportsite.updates.FigureSnapshot;
import reportsite.updates.UpdateHistory;

/**
 * Runs the stages of a build in order. The order listed in {@link #run} is the order of
 * execution; each stage reports problems to one {@link Diagnostics}, and the run stops before
 * anything is written if any of them is an error. {@link #build} adds what happens around a
 * run: skipping it when nothing changed, reporting and recording changed figures, publishing.
 */
public final class SiteBuilder {

    private final BuildConfig config;
    private final WarmCache warm;

    public SiteBuilder(BuildConfig config) {
        this(config, new WarmCache());
    }

    /** @param warm what earlier builds of this process left in memory (the development server keeps one) */
    public SiteBuilder(BuildConfig config, WarmCache warm) {
        this.config = config;
        this.warm = warm;
    }

    /** Builds and publishes the site into the output folder. */
    public BuildResult build() {
        return build(new ReentrantLock());
    }

    /**
     * Builds and publishes the site, holding {@code publishLock} while the new site is swapped in
     * (the development server reads files under the matching read lock).
     */
    public BuildResult build(Lock publishLock) {
        return build(publishLock, files -> { });
    }

    /**
     * Builds and publishes the site, as {@link #build(Lock)}, and calls {@code published} with
     * the files as soon as they are in place: before the state for the next build is saved, so
     * that the development server can tell its tabs to reload at once.
     */
    public BuildResult build(Lock publishLock, Consumer<Map<String, byte[]>> published) {
        long start = System.nanoTime();
        StageTimes times = new StageTimes();
        SitePublisher.checkOutput(config.out(), config.content(), config.templates());
        Path cache = config.cacheDir();
        // Hashed before reading, so that a file changed during the run makes the next build run
        // again. --clean neither reads nor keeps caches, so it needs no hash of its inputs.
        String inputs = config.clean() ? "" : Fingerprints.inputs(config);
        if (!config.clean()) {
            Optional<BuildResult> same = upToDate(cache, inputs, start);
            if (same.isPresent()) {
                // Still news to a tab that shows the error of a failed build in between.
                published.accept(same.get().files());
                return same.get();
            }
        }
        times.lap("up-to-date check");
        Run run = run(times, true);
        Path snapshotFile = cache.resolve(FigureSnapshot.FILE);
        Run first = run;
        DataChanges changes = warm.snapshot(snapshotFile).or(() -> FigureSnapshot.read(snapshotFile)).filter(before -> before.content().equals(first.snapshot().content()))
                .map(before -> DataChanges.between(before, first.snapshot())).orElse(DataChanges.none());
        if (!changes.isEmpty()) {
            // Record the change in the history file, then build again from it: the site is
            // always what the committed content makes, with or without a cache.
            try {
                if (UpdateHistory.record(config.content(), changes)) {
                    inputs = config.clean() ? "" : Fingerprints.inputs(config);
                    times.lap("data updates");
                    run = run(times, true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + UpdateHistory.display(config.content()) + ": " + e.getMessage(), e);
            }
            changes = changes.recordedIn(UpdateHistory.display(config.content()));
        }
        publishLock.lock();
        try {
            Map<String, byte[]> before = warm.published();
            if (!before.isEmpty() && SitePublisher.holds(config.out(), before)) {
                // The state file describes the output as it was: gone until the update is done.
                Files.deleteIfExists(cache.resolve(BuildState.FILE));
                SitePublisher.update(config.out(), before, run.result().files());
            } else {
                SitePublisher.publish(config.out(), run.result().files());
            }
            warm.published(run.result().files());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config.out() + ": " + e.getMessage(), e);
        } finally {
            publishLock.unlock();
        }
        times.lap("publish");
        published.accept(run.result().files());
        try {
            if (!warm.snapshot(snapshotFile).equals(Optional.of(run.snapshot()))) {
                run.snapshot().write(snapshotFile);
                warm.snapshot(snapshotFile, run.snapshot());
            }
            if (config.clean()) {
                // The last state no longer describes the output; the next build runs in full.
                Files.deleteIfExists(cache.resolve(BuildState.FILE));
            } else {
                BuildState.of(inputs, run.result(), config.out(), warm::sha256).write(cache.resolve(BuildState.FILE));
            }
        } catch (IOException e) {
            // Without them the next build reports no data change and runs in full: still correct.
        }
        times.lap("save state");
        return run.result().finished(changes, (System.nanoTime() - start) / 1_000_000, times.laps());
    }

    /** Validates the inputs and renders everything in memory, without writing the site or drawing charts. */
    public BuildResult check() {
        return run(new StageTimes(), false).result();
    }

    /** The last build's result when its inputs are unchanged and the output folder is as it left it. */
    private Optional<BuildResult> upToDate(Path cache, String inputs, long start) {
        return BuildState.read(cache.resolve(BuildState.FILE)).flatMap(state -> state.unchanged(inputs, config.out()).map(files -> {
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new BuildResult(state.pages(), state.charts(), files, state.warnings(), millis, Map.of("up to date", millis),
                    DataChanges.none(), true);
        }));
    }

    /** The templates folder's hash and the engine made from it. */
    private record Templates(String hash, TemplateEngine engine) {
    }

    private static void onOwnThread(Runnable task) {
        Thread t = new Thread(task, "report-site-templates");
        t.setDaemon(true);
        t.start();
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** A run's result and the snapshot of its figures. */
    private record Run(BuildResult result, FigureSnapshot snapshot) {
    }

    /**
     * The stages, in order; each lap of {@code times} is one stage (laps of the same name add up).
     *
     * @param build a build: draw the chart images and keep rendered pages in the cache; a check
     *     only needs to know the images would exist, and writes nothing
     */
    private Run run(StageTimes times, boolean build) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        // The template engine is made on a thread of its own while the inputs and the data are
        // read, and then, while the build goes on, its templates are parsed and flexmark loaded:
        // in a fresh JVM those take some 0.2 s.
        CompletableFuture<Templates> templates = new CompletableFuture<>();
        onOwnThread(() -> {
            try {
                String hash = Fingerprints.tree(config.templates());
                TemplateEngine engine = warm.engine(config.templates(), hash);
                templates.complete(new Templates(hash, engine));
                engine.preload();
                MarkdownRenderer.warmUp();
            } catch (RuntimeException e) {
                templates.completeExceptionally(e);
            }
        });
        // 1. read the inputs: pages, the metrics file, the history of data updates
        InputFiles inputs = SourceReader.read(config.content(), diagnostics);
        if (!Files.isDirectory(config.templates())) {
            diagnostics.error(Position.ofFile(SourceReader.display(config.templates())), "templates folder not found",
                    "run from the project folder, or pass --templates DIR", "");
        }
        List<DataUpdate> updates = UpdateHistory.read(config.content(), diagnostics);
        if (build && inputs.metrics().filter(f -> f.text().contains("charts:")).isPresent()) {
            // Only for a site with charts: elsewhere the warm-up would take a core from the pages.
            ChartDrawing.warmUp();
        }
        times.lap("read");
        diagnostics.throwIfErrors();
        // 2. the data: metrics file → typed dataset
        Dataset data = warm.data(inputs.metrics(), diagnostics).withBaseUrl(config.baseUrl());
        times.lap("data");
        diagnostics.throwIfErrors();
        // 3. charts: declarations → what each chart shows; the images are drawn in the
        //    background while the pages compile, since neither needs the other
        Map<String, ChartData> charts = warm.plans(data);
        Optional<ChartCache> disk = config.clean() ? Optional.empty() : Optional.of(new ChartCache(config.cacheDir()));
        Optional<ChartDrawing> drawing = build ? Optional.of(ChartDrawing.start(charts.values(), Optional.of(warm.charts(disk))))
                : Optional.empty();
        times.lap("plan charts");
        // 4. front matter of every page → the menu
        Templates ready = join(templates);
        String templatesHash = ready.hash();
        TemplateEngine engine = ready.engine();
        SiteRenderer renderer = new SiteRenderer(engine, data, updates, diagnostics);
        List<PageStage.Outlined> outlined = inputs.pages().parallelStream()
                .map(f -> FrontMatterParser.parse(f, diagnostics).filter(p -> config.drafts() || !p.meta().draft())
                        .map(p -> new PageStage.Outlined(f, p)))
                .flatMap(Optional::stream).toList();
        List<PageOutline> outlines = outlined.stream().map(PageStage.Outlined::outline).toList();
        checkSlugs(outlines, inputs, diagnostics);
        List<Map<String, Object>> nav = renderer.navigation(outlines);
        // 5. content: each page's Markdown → HTML with its directives resolved, laid out by the
        //    templates (in parallel), or taken from the page cache when nothing it depends on changed
        String context = Fingerprints.sha256(Fingerprints.generator(), Fingerprints.options(config),
                inputs.metrics().map(SourceFile::text).orElse(""), templatesHash, nav.toString());
        PageCompiler compiler = new PageCompiler(data, charts, new TemplateEmbeds(engine, data, diagnostics),
                config.clean() ? new MarkdownRenderer(config.safe()) : warm.markdown(config.safe()), config.drafts());
        PageStage stage = new PageStage(config, warm, context, compiler, renderer, nav);
        List<PageStage.Rendered> rendered = stage.render(outlined, diagnostics);
        Map<String, PageCache.Entry> pages = new TreeMap<>();
        rendered.forEach(r -> r.entry().ifPresent(e -> pages.put(r.outline().outputPath(), e)));
        times.lap("content");
        diagnostics.throwIfErrors();
        // 6. chart images: wait for the drawing, keep the charts a page uses
        Map<String, byte[]> files = new TreeMap<>();
        pages.forEach((path, page) -> files.put(path, page.html()));
        List<String> used = pages.values().stream().flatMap(p -> p.charts().stream()).distinct().sorted().toList();
        // A check draws nothing: it only needs to know that each image would exist.
        Map<String, ChartImage> drawn = drawing.map(ChartDrawing::images).orElseGet(() -> charts.keySet().stream()
                .collect(Collectors.toMap(id -> id, id -> new ChartImage(id, new byte[0], new byte[0], new byte[0], new byte[0], 0, 0))));
        used.forEach(id -> addChart(files, drawn.get(id), charts));
        times.lap("chart images");
        warnUnused(data, used, diagnostics);
        // 7. the pages made from the data: comparison, companies, sources, data updates, 404
        // --clean keeps nothing, and spares itself the hashing (large on a site of many pages).
        String generatedKey = config.clean() ? "" : Fingerprints.sha256(context, updates.toString(), outlines.toString());
        WarmCache.Generated generated = (config.clean() ? Optional.<WarmCache.Generated>empty() : warm.generated(generatedKey)).orElseGet(() -> {
            int messages = diagnostics.all().size();
            warm.startGenerated();
            WarmCache.Generated made = new WarmCache.Generated(renderer.generated(outlines, nav, config.clean() ? (description, render) -> render.get()
                    : (description, render) -> warm.generatedPage(Fingerprints.sha256(context, description.get()), render)), renderer.shown());
            if (!config.clean() && diagnostics.all().size() == messages) {
                // Kept only without messages: a reuse would not give them again.
                warm.keepGenerated(generatedKey, made);
            }
            return made;
        });
        files.putAll(generated.files());
        files.put(SearchIndex.PATH, SearchIndex.of(files, data));
        times.lap("render");
        // 8. a preview image per page, for links shared on social media (in parallel); only with
        //    a base URL, since the pages can announce an image by its absolute URL only
        if (data.site().baseUrl().isPresent()) {
            files.putAll(PreviewImages.render(renderer.previews(outlines)));
            times.lap("previews");
        }
        copyAssets(files, diagnostics);
        files.putAll(HostingFiles.of(files.keySet(), data.site()));
        diagnostics.throwIfErrors();
        // 9. check every internal link, anchor and image of the result
        LinkChecker.check(files, SourceReader.display(config.out()), diagnostics, warm.scans());
        times.lap("link check");
        diagnostics.throwIfErrors();
        // 10. what the figures are and what shows them, for the next build's change report
        Map<String, String> shows = new TreeMap<>();
        pages.forEach((path, page) -> shows.put(FigureSnapshot.pageUnit(path), page.shows()));
        generated.shown().forEach((path, model) -> shows.put(FigureSnapshot.pageUnit(path), Fingerprints.sha256(model)));
        used.forEach(id -> shows.put(FigureSnapshot.chartUnit(id), warm.chartKey(charts.get(id))));
        if (build) {
            stage.keep(rendered);
            drawing.ifPresent(d -> warm.keepImagesOf(d.keys()));
        }
        List<Diagnostic> warnings = diagnostics.all().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        BuildResult result = new BuildResult(outlines.size(), used.size(), files, warnings, (System.nanoTime() - start) / 1_000_000,
                times.laps(), DataChanges.none(), false);
        return new Run(result, FigureSnapshot.of(config.content(), data, shows));
    }

    private static void addChart(Map<String, byte[]> files, ChartImage img, Map<String, ChartData> charts) {
        files.put(ChartFiles.png(img.id()), img.png1x());
        files.put(ChartFiles.png2x(img.id()), img.png2x());
        files.put(ChartFiles.dark(img.id()), img.dark1x());
        files.put(ChartFiles.dark2x(img.id()), img.dark2x());
        files.put(ChartFiles.csv(img.id()), ChartDescription.csv(charts.get(img.id())).getBytes(StandardCharsets.UTF_8));
    }

    private void checkSlugs(List<PageOutline> pages, InputFiles inputs, Diagnostics diagnostics) {
        Map<String, PageOutline> seen = new HashMap<>();
        for (PageOutline p : pages.stream().sorted(Comparator.comparing(PageOutline::source)).toList()) {
            PageOutline first = seen.putIfAbsent(p.meta().slug(), p);
            if (first != null) {
                SourceFile file = inputs.pages().stream().filter(f -> f.relative().equals(p.source())).findFirst().orElseThrow();
                SourceText text = file.sourceText();
                Position at = slugPosition(text).orElse(text.at(1, 1));
                diagnostics.error(text, at, "duplicate slug '" + p.meta().slug() + "': "
                        + SourceReader.display(config.content().resolve(first.source())) + " has it too",
                        "give one of them another 'slug:' in its front matter");
            }
        }
    }

    /** The position of the value of a 'slug:' line in the front matter. */
    private static Optional<Position> slugPosition(SourceText text) {
        String[] lines = text.text().split("\n", -1);
        for (int i = 1; i < lines.length && !lines[i].equals("---"); i++) {
            if (lines[i].startsWith("slug:")) {
                int col = "slug:".length();
                while (col < lines[i].length() && lines[i].charAt(col) == ' ') {
                    col++;
                }
                return Optional.of(text.at(i + 1, col + 1));
            }
        }
        return Optional.empty();
    }

    private static void warnUnused(Dataset data, List<String> used, Diagnostics diagnostics) {
        for (ChartSpec spec : data.charts()) {
            if (!used.contains(spec.id())) {
                diagnostics.add(new Diagnostic(Severity.WARNING, spec.position(),
                        "chart '" + spec.id() + "' is declared but no page shows it", "place it with {{ chart " + spec.id() + " }}", ""));
            }
        }
    }

    /** Static files under templates/assets/ are copied to assets/ unchanged. */
    private void copyAssets(Map<String, byte[]> files, Diagnostics diagnostics) {
        Path assets = config.templates().resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        List<Path> list = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(assets)) {
            walk.filter(Files::isRegularFile).forEach(list::add);
            for (Path p : list) {
                String rel = "assets/" + assets.relativize(p).toString().replace('\\', '/');
                files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(SourceReader.display(assets)), "cannot read assets: " + e.getMessage(), "", "");
        }
    }
}
