package reportsite.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reportsite.chart.ChartData;
import reportsite.chart.ChartPlanner;
import reportsite.chart.ChartRenderer;
import reportsite.chart.ChartTheme;
import reportsite.config.BuildConfig;
import reportsite.content.FrontMatterParser;
import reportsite.content.MarkdownRenderer;
import reportsite.content.PageCompiler;
import reportsite.content.PageOutline;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostics;
import reportsite.publish.LinkChecker;
import reportsite.render.SiteRenderer;
import reportsite.render.TemplateEmbeds;
import reportsite.render.TemplateEngine;
import reportsite.source.InputFiles;
import reportsite.source.SourceFile;
import reportsite.source.SourceReader;
import reportsite.updates.UpdateHistory;

/**
 * The work of a rebuild, in small steps, for the development server to run while it waits for
 * edits: load the data, compile and lay out one page, draw one chart, render the generated
 * pages, check the links. A rebuild in a fresh JVM runs code the compiler has not optimised yet,
 * and takes about twice as long as after some twenty edits; the steps do that work ahead of the
 * edits. They write nothing and keep nothing, and each is short (a page or a chart image, a few
 * ms), so that a real rebuild waits for one step at most.
 */
public final class Rehearsal {

    /** Pages rehearsed, at most. */
    static final int PAGES = 24;

    private final List<Runnable> steps;
    private int next;

    private Rehearsal(List<Runnable> steps) {
        this.steps = steps;
    }

    /** The steps for the site as it is now; empty when its inputs do not build (the builds say why). */
    public static Optional<Rehearsal> of(BuildConfig config) {
        try {
            Diagnostics d = new Diagnostics();
            InputFiles inputs = SourceReader.read(config.content(), d);
            d.throwIfErrors();
            Optional<SourceFile> metrics = inputs.metrics();
            Dataset data = metrics.map(f -> MetricsLoader.load(f, d)).orElse(Dataset.empty());
            d.throwIfErrors();
            Map<String, ChartData> charts = new ChartPlanner(data).planAll();
            TemplateEngine engine = new TemplateEngine(config.templates());
            SiteRenderer renderer = new SiteRenderer(engine, data, UpdateHistory.read(config.content(), new Diagnostics()), new Diagnostics());
            List<PageOutline> outlines = new ArrayList<>();
            List<Runnable> pageSteps = new ArrayList<>();
            metrics.ifPresent(f -> pageSteps.add(() -> MetricsLoader.load(f, new Diagnostics())));
            List<Map<String, Object>> nav = new ArrayList<>();
            // A renderer that remembers nothing, shared as the build's is: a page edit runs flexmark.
            MarkdownRenderer markdown = new MarkdownRenderer(config.safe());
            // A few pages teach the JIT what all of them would; a site of thousands keeps its rounds short.
            for (SourceFile page : inputs.pages().stream().limit(PAGES).toList()) {
                FrontMatterParser.parse(page, new Diagnostics()).ifPresent(parsed -> {
                    outlines.add(new PageOutline(page.relative(), parsed.meta()));
                    pageSteps.add(() -> {
                        Diagnostics own = new Diagnostics();
                        PageCompiler compiler = new PageCompiler(data, charts, new TemplateEmbeds(engine, data, own), markdown, config.drafts());
                        renderer.page(compiler.compile(page, parsed, own), nav);
                    });
                });
            }
            nav.addAll(renderer.navigation(outlines));
            pageSteps.add(() -> {
                Map<String, byte[]> files = renderer.generated(outlines, nav);
                LinkChecker.check(files, "site", new Diagnostics());
            });
            List<Runnable> steps = new ArrayList<>();
            // The pages' work twice a round: it is cheaper than the charts' and comes with every edit.
            steps.addAll(pageSteps);
            steps.addAll(pageSteps);
            for (ChartData c : charts.values()) {
                // An image a step, the longest step (some 8 ms warm) a build may wait for.
                for (ChartTheme theme : List.of(ChartTheme.LIGHT, ChartTheme.DARK)) {
                    steps.add(() -> ChartRenderer.draw(c, theme, 1));
                    steps.add(() -> ChartRenderer.draw(c, theme, 2));
                }
            }
            return Optional.of(new Rehearsal(steps));
        } catch (IOException | RuntimeException e) {
            // A user error among them: the builds report it.
            return Optional.empty();
        }
    }

    /** Runs the next step, round and round; a step that fails is only a rehearsal that failed. */
    public void step() {
        Runnable step = steps.get(next);
        next = (next + 1) % steps.size();
        try {
            step.run();
        } catch (RuntimeException e) {
            // The real build reports what is wrong.
        }
    }

    /** Steps in one round: twice one per page, one for the data and one for the generated pages and links; one per chart image. */
    public int size() {
        return steps.size();
    }
}
