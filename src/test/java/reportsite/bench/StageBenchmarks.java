package reportsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import reportsite.chart.ChartData;
import reportsite.chart.ChartPlanner;
import reportsite.chart.ChartRenderer;
import reportsite.content.MarkdownRenderer;
import reportsite.content.Page;
import reportsite.content.Compiling;
import reportsite.content.PageCompiler;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostics;
import reportsite.publish.LinkChecker;
import reportsite.render.RenderAll;
import reportsite.render.TemplateEmbeds;
import reportsite.render.TemplateEngine;
import reportsite.source.SourceFile;
import reportsite.source.SourceReader;

/**
 * One benchmark per stage of a build, on the example report (run from the project folder with
 * {@code bash bench/jmh.sh}), so that a slowdown points at its stage: data (metrics file →
 * dataset), Markdown alone, a whole page (front matter, directives, Markdown), templates,
 * one chart (all four images), and the link check of the whole site.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StageBenchmarks {

    private SourceFile metrics;
    private SourceFile page;
    private String markdown;
    private Dataset data;
    private Map<String, ChartData> charts;
    private ChartData chart;
    private PageCompiler compiler;
    private TemplateEngine engine;
    private List<Page> pages;
    private Map<String, byte[]> site;
    private final MarkdownRenderer markdownRenderer = new MarkdownRenderer(false);

    @Setup
    public void setUp() throws IOException {
        Path content = Path.of("content");
        Diagnostics d = new Diagnostics();
        metrics = SourceReader.readFile(content, content.resolve("metrics.yaml"), d).orElseThrow();
        page = SourceReader.readFile(content, content.resolve("investment.md"), d).orElseThrow();
        markdown = Files.readString(content.resolve("investment.md"), StandardCharsets.UTF_8);
        data = MetricsLoader.load(metrics, d);
        charts = new ChartPlanner(data).planAll();
        chart = charts.get("capex-quarterly");
        TemplateEngine engine = new TemplateEngine(Path.of("templates"));
        compiler = Compiling.compiler(data, charts, new TemplateEmbeds(engine, data, d), false);
        this.engine = engine;
        pages = SourceReader.read(content, d).pages().stream().map(f -> Compiling.compile(compiler, f, d)).flatMap(Optional::stream).toList();
        site = RenderAll.render(engine, data, pages, d);
        if (d.hasErrors()) {
            throw new IllegalStateException(d.all().toString());
        }
    }

    @Benchmark
    public Dataset data() {
        return MetricsLoader.load(metrics, new Diagnostics());
    }

    @Benchmark
    public String markdownOnly() {
        return markdownRenderer.render(markdown);
    }

    @Benchmark
    public Optional<Page> compilePage() {
        return Compiling.compile(compiler, page, new Diagnostics());
    }

    @Benchmark
    public Map<String, byte[]> renderTemplates() {
        return RenderAll.render(engine, data, pages, new Diagnostics());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object drawChartAllVariants() {
        return ChartRenderer.render(chart);
    }

    @Benchmark
    public Diagnostics linkCheck() {
        Diagnostics d = new Diagnostics();
        LinkChecker.check(site, "site", d);
        return d;
    }
}
