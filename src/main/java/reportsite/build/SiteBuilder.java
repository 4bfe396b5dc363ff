package reportsite.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import reportsite.chart.ChartCache;
import reportsite.chart.ChartData;
import reportsite.chart.ChartDescription;
import reportsite.chart.ChartFiles;
import reportsite.chart.ChartImage;
import reportsite.chart.ChartPlanner;
import reportsite.chart.ChartRenderer;
import reportsite.config.BuildConfig;
import reportsite.content.Page;
import reportsite.content.PageCompiler;
import reportsite.data.ChartSpec;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.Severity;
import reportsite.publish.LinkChecker;
import reportsite.publish.SitePublisher;
import reportsite.render.SiteRenderer;
import reportsite.render.TemplateEmbeds;
import reportsite.render.TemplateEngine;
import reportsite.social.PreviewImages;
import reportsite.source.InputFiles;
import reportsite.source.SourceReader;

/**
 * Runs the stages of a build in order. The order listed in {@link #run} is the order of
 * execution; each stage reports problems to one {@link Diagnostics}, and the run stops before
 * anything is written if any of them is an error.
 */
public final class SiteBuilder {

    private final BuildConfig config;

    public SiteBuilder(BuildConfig config) {
        this.config = config;
    }

    /** Builds and publishes the site into the output folder. */
    public BuildResult build() {
        SitePublisher.checkOutput(config.out(), config.content(), config.templates());
        BuildResult result = run(true);
        try {
            SitePublisher.publish(config.out(), result.files());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config.out() + ": " + e.getMessage(), e);
        }
        return result;
    }

    /** Validates the inputs and renders everything in memory, without writing. */
    public BuildResult check() {
        return run(false);
    }

    /** @param draw draw the chart images; a check only needs to know they would exist */
    private BuildResult run(boolean draw) {
        long start = System.nanoTime();
        StageTimes times = new StageTimes();
        Diagnostics diagnostics = new Diagnostics();
        // 1. read the inputs
        InputFiles inputs = SourceReader.read(config.content(), diagnostics);
        if (!Files.isDirectory(config.templates())) {
            diagnostics.error(Position.ofFile(SourceReader.display(config.templates())), "templates folder not found",
                    "run from the project folder, or pass --templates DIR", "");
        }
        times.lap("read");
        diagnostics.throwIfErrors();
        // 2. the data: metrics file → typed dataset
        Dataset data = inputs.metrics().map(f -> MetricsLoader.load(f, diagnostics)).orElse(Dataset.empty());
        times.lap("data");
        diagnostics.throwIfErrors();
        // 3. charts: declarations → what each chart shows; the images are drawn in the
        //    background while the pages compile, since neither needs the other
        ChartPlanner planner = new ChartPlanner(data);
        Map<String, ChartData> charts = new LinkedHashMap<>();
        for (ChartSpec spec : data.charts()) {
            charts.put(spec.id(), planner.plan(spec));
        }
        ChartCache cache = new ChartCache(config.cacheDir());
        CompletableFuture<Map<String, ChartImage>> images = draw
                ? CompletableFuture.supplyAsync(() -> charts.values().parallelStream()
                        .map(c -> config.clean() ? ChartRenderer.render(c) : cache.render(c))
                        .collect(Collectors.toMap(ChartImage::id, img -> img)))
                : CompletableFuture.completedFuture(charts.keySet().stream().collect(Collectors.toMap(id -> id,
                        id -> new ChartImage(id, new byte[0], new byte[0], new byte[0], new byte[0], 0, 0))));
        times.lap("plan charts");
        // 4. content: Markdown → pages, with data directives resolved (in parallel)
        TemplateEngine engine = templates();
        TemplateEmbeds embeds = new TemplateEmbeds(engine, data, diagnostics);
        PageCompiler compiler = new PageCompiler(data, charts, embeds, config.safe(), config.drafts());
        List<Page> pages = inputs.pages().parallelStream()
                .map(f -> compiler.compile(f, diagnostics)).flatMap(Optional::stream).toList();
        times.lap("content");
        checkSlugs(pages, inputs, diagnostics);
        diagnostics.throwIfErrors();
        // 5. chart images: wait for the drawing, keep the charts a page uses
        Map<String, byte[]> files = new TreeMap<>();
        List<String> used = pages.stream().flatMap(p -> p.charts().stream()).distinct().sorted().toList();
        Map<String, ChartImage> drawn = images.join();
        used.forEach(id -> addChart(files, drawn.get(id), charts));
        times.lap("chart images");
        warnUnused(data, used, diagnostics);
        // 6. render: pages + site model → HTML
        SiteRenderer renderer = new SiteRenderer(engine, data, diagnostics);
        files.putAll(renderer.render(pages));
        times.lap("render");
        // 7. a preview image per page, for links shared on social media (in parallel); only with
        //    a base URL, since the pages can announce an image by its absolute URL only
        if (data.site().baseUrl().isPresent()) {
            files.putAll(PreviewImages.render(renderer.previews(pages)));
            times.lap("previews");
        }
        copyAssets(files, diagnostics);
        addSiteFiles(files, data, pages);
        diagnostics.throwIfErrors();
        // 8. check every internal link, anchor and image of the result
        LinkChecker.check(files, SourceReader.display(config.out()), diagnostics);
        times.lap("link check");
        diagnostics.throwIfErrors();
        List<reportsite.diag.Diagnostic> warnings = diagnostics.all().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        return new BuildResult(pages.size(), used.size(), files, warnings, (System.nanoTime() - start) / 1_000_000, times.laps());
    }

    private TemplateEngine templates() {
        try {
            return new TemplateEngine(config.templates());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addChart(Map<String, byte[]> files, ChartImage img, Map<String, ChartData> charts) {
        files.put(ChartFiles.png(img.id()), img.png1x());
        files.put(ChartFiles.png2x(img.id()), img.png2x());
        files.put(ChartFiles.dark(img.id()), img.dark1x());
        files.put(ChartFiles.dark2x(img.id()), img.dark2x());
        files.put(ChartFiles.csv(img.id()), ChartDescription.csv(charts.get(img.id())).getBytes(StandardCharsets.UTF_8));
    }

    private void checkSlugs(List<Page> pages, InputFiles inputs, Diagnostics diagnostics) {
        Map<String, Page> seen = new HashMap<>();
        for (Page p : pages.stream().sorted(java.util.Comparator.comparing(Page::source)).toList()) {
            Page first = seen.putIfAbsent(p.slug(), p);
            if (first != null) {
                reportsite.source.SourceFile file = inputs.pages().stream().filter(f -> f.relative().equals(p.source()))
                        .findFirst().orElseThrow();
                reportsite.diag.SourceText text = file.sourceText();
                Position at = slugPosition(text).orElse(text.at(1, 1));
                diagnostics.error(text, at, "duplicate slug '" + p.slug() + "': "
                        + SourceReader.display(config.content().resolve(first.source())) + " has it too",
                        "give one of them another 'slug:' in its front matter");
            }
        }
    }

    /** The position of the value of a 'slug:' line in the front matter. */
    private static Optional<Position> slugPosition(reportsite.diag.SourceText text) {
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
                diagnostics.add(new reportsite.diag.Diagnostic(Severity.WARNING, spec.position(),
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

    private static void addSiteFiles(Map<String, byte[]> files, Dataset data, List<Page> pages) {
        files.put(".nojekyll", new byte[0]);
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        data.site().baseUrl().ifPresent(base -> {
            robots.append("Sitemap: ").append(base).append("sitemap.xml\n");
            StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            files.keySet().stream().filter(p -> p.endsWith(".html") && !p.equals("404.html")).sorted().forEach(p ->
                    sitemap.append("  <url><loc>").append(base).append(p.equals("index.html") ? "" : p).append("</loc></url>\n"));
            sitemap.append("</urlset>\n");
            files.put("sitemap.xml", sitemap.toString().getBytes(StandardCharsets.UTF_8));
        });
        files.put("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8));
        // GitHub Pages reads the custom domain from a CNAME file at the root of what it serves.
        data.site().cname().ifPresent(host -> files.put("CNAME", (host + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}
