package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.chart.ChartData;
import reportsite.chart.ChartDescription;
import reportsite.chart.ChartFiles;
import reportsite.chart.ChartPlanner;
import reportsite.chart.ChartRenderer;
import reportsite.config.BuildConfig;
import reportsite.content.Page;
import reportsite.content.PageCompiler;
import reportsite.data.Dataset;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostics;
import reportsite.diag.UserError;
import reportsite.publish.LinkChecker;
import reportsite.render.SiteRenderer;
import reportsite.render.TemplateEmbeds;
import reportsite.render.TemplateEngine;
import reportsite.source.SourceFile;
import reportsite.source.SourceReader;

/**
 * Seeded fuzzing of the three inputs a user writes: the metrics file, front matter and Markdown.
 * Each input is the valid base of the bad-input corpus with a few mutations (byte flips,
 * truncation, deletions, and insertions of the fragments that mean something to YAML, Markdown
 * and the directives). Whatever the input, a stage may only report problems (a
 * {@link UserError}) or succeed: any other exception is a bug, and so is an input that hangs.
 *
 * <p>The budget is a number of inputs, not a time: the test says nothing of speed, so a busy
 * machine makes it slower, never red. The slowest input is printed, for whoever is curious.
 *
 * <p>Every iteration has its own seed ({@code SEED + i}), so a failure names the iteration that
 * reproduces it.
 */
class FuzzTest {

    /** Longer hunts: {@code mvn test -Dtest=FuzzTest -Dfuzz.iterations=100000 -Dfuzz.seed=7}. */
    private static final long SEED = Long.getLong("fuzz.seed", 8_2025L);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 3000);
    /** Every n-th input goes through the whole build (check) instead, as the command line runs it. */
    private static final int WHOLE_BUILD_EVERY = 100;
    /**
     * A safety net, not a speed limit: an input still running after this long is taken to loop
     * forever. An input takes milliseconds; this is thousands of times more, for a loaded machine.
     */
    private static final Duration HANG = Duration.ofSeconds(30);
    private static final Path BASE = Path.of("src/test/resources/bad-input/_base/content");

    private static final String[] FRAGMENTS = {
        "{{", "}}", "{{ ", " }}", "[", "]", "[1]", "[99999]", ":", ": ", "- ", "-", "\t", "\"", "'", "\n", "\r\n", "\r",
        "---\n", "---", "#", "# ", "## ", "|", "`", "```\n", "~~~", "&a ", "*a", "&x [*x]", "!!", "!tag ", "? ", ">", "|-\n",
        "{", "}", ",", "%", "@", "@latest", "->", " / ", " in USD", " in usd", "{{ chart capex-chart }}", "{{ keyfigures }}",
        "{{ table capex }}", "{{ factcheck users-claim }}", "{{ ref capex-chart }}", "{{ period acme FY2026-Q1 }}",
        "{{ acme.capex@FY2026-Q1 }}", "{{ globex.users@latest }}", "{{ acme.capex@FY2026-Q1 -> globex.capex@2025-Q2 }}",
        "value: ", "sources: []", "period: ", "FY2026-Q4", "2025-Q5", "9999", "-1", "0", "1e400", "0x1F", "0o17", ".nan",
        ".inf", "-.inf", "null", "~", "true", "1_000", "99999999999999999999", "\u00e9", "\u4e2d\u6587", "\ud83d\ude80",
        "\u202e", "e\u0301", "\u200b", "\ufeff", "\u0000", "\\", "\\{{", "<script>alert(1)</script>", "<!--", "${x}",
        "<#if x>", "](javascript:alert(1))", "[^1]", "[^1]: ", "    ", "\n\n", "* ", "1. ", "<", "&", "&amp;", "\"\"\"",
        "1e-999999999", "indexed", "0", "{{ ref table-1 }}", "{{ x in EUR }}", "@FY2026", "@2025-Q1", "@latest }}",
    };

    /** Values put in place of a whole value after "key: ": edge cases of every field's type. */
    private static final String[] VALUES = {
        "0", "-0", "0.0", "-1", "1e-999999999", "1e999999999", "1e17", "-1e17", "1e-17", "0.000000000000000000001",
        "123456789.123456789", "4", "12", "13", "99999", "100000", ".nan", "-.inf", "null", "", "~", "true", "[]", "{}",
        "[capex, users]", "[users, capex]", "[acme, acme]", "[1, 1, 2]", "[acme, globex]", "indexed", "line", "hbar",
        "stacked_bar", "planned_vs_actual", "grouped_bar", "yoy", "qoq", "ratio", "percent", "count", "money", "none",
        "trillion", "guidance", "plan", "USD", "CNY", "EUR", "usd", "FY1900", "FY2200-Q4", "1900", "2200-12-31",
        "2025-Q1", "2025-Q2", "2025-05", "2025-06", "2024", "FY2026", "FY2026-Q2", "2025-02-29", "latest",
        "{about: 0}", "{more_than: 0}", "{less_than: 1e-17}", "{from: 0, to: 1e17}", "{text: ''}", "{text: x, about: 1}",
        "{derived: {base: FY2026-Q1, growth_pct: 1e17}}", "{derived: {base: 2025-Q2, growth_pct: -99.999999}}",
        "{derived: {base: FY2026-Q1, growth_pct: 0}}", "\"#FFFFFF\"", "'#ffffff'", "acme", "globex", "capex", "users",
        "capex-chart", "users-claim", "unsupported", "corrected", "high", "low", "https://example.com/x", "\"\"", "\"{{\"",
    };

    /** Whole entries appended to the file: the metrics file ends with the charts list. */
    private static final String[] BLOCKS = {
        "  - {id: c2, kind: indexed, metric: capex, title: T}\n",
        "  - {id: c3, kind: line, metrics: [capex, users], title: T}\n",
        "  - {id: c4, kind: hbar, metric: users, title: T}\n",
        "  - {id: c5, kind: stacked_bar, metrics: [capex, users], currency: USD, title: T}\n",
        "  - {id: c6, kind: planned_vs_actual, metrics: [capex, users], entities: [globex], title: T}\n",
        "  - {id: c7, kind: grouped_bar, metric: capex, from: 2025-Q3, to: 2025-Q1, currency: USD, title: T}\n",
        "derived:\n  - {id: capex_yoy, label: Growth, op: yoy, metric: capex}\n",
        "derived:\n  - {id: capex_qoq, label: Growth, op: qoq, metric: capex}\n",
        "derived:\n  - {id: per_user, label: Per user, op: ratio, numerator: capex, denominator: users, unit: percent}\n",
        "\n{{ chart capex-chart }}\n\n{{ chart capex-chart }}\n",
        "\n{{ table capex users capex #t }}\n\n{{ ref t }} {{ ref table-1 }}\n",
        "\n# H\n## H\n## H\n### H\n[^1]\n\n[^1]: [1] {{ acme.capex@latest }}\n",
    };

    @TempDir
    Path tmp;

    /** A crash: what was thrown, where, and the iteration that reproduces it. */
    record Crash(int iteration, String target, String mutations, Throwable error) {
        String site() {
            StackTraceElement top = error.getStackTrace().length == 0 ? null : error.getStackTrace()[0];
            for (StackTraceElement e : error.getStackTrace()) {
                if (e.getClassName().startsWith("reportsite.")) {
                    top = e;
                    break;
                }
            }
            return error.getClass().getSimpleName() + " at " + top;
        }
    }

    @Test
    void mutatedInputsOnlyEverCauseUserErrors() throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Map<String, byte[]> base = new LinkedHashMap<>();
        for (String name : List.of("metrics.yaml", "index.md", "notes.md")) {
            base.put(name, Files.readAllBytes(BASE.resolve(name)));
            Files.write(content.resolve(name), base.get(name));
        }
        Fixture fixture = new Fixture(content, Path.of("templates"));
        BuildConfig config = new BuildConfig(content, Path.of("templates"), tmp.resolve("site"), false, false, false);
        new SiteBuilder(config).check(); // warm up: the base is valid

        List<Crash> crashes = new ArrayList<>();
        List<String> hung = new ArrayList<>();
        Duration slowest = Duration.ZERO;
        String slowestInput = "";
        int userErrors = 0;
        int wholeBuilds = 0;
        List<String> names = List.copyOf(base.keySet());
        for (int i = 0; i < ITERATIONS; i++) {
            Random random = new Random(SEED + i);
            String target = names.get(i % 10 < 4 ? 0 : i % 10 < 7 ? 1 : 2);
            StringBuilder how = new StringBuilder();
            byte[] input = mutate(base.get(target), random, how);
            Files.write(content.resolve(target), input);
            boolean whole = i % WHOLE_BUILD_EVERY == 0;
            wholeBuilds += whole ? 1 : 0;
            int iteration = i;
            Run run = () -> {
                if (whole) {
                    new SiteBuilder(config).check();
                } else {
                    fixture.run(target, content.resolve(target));
                }
            };
            Outcome outcome = guarded(run);
            if (outcome.hung()) {
                hung.add("iteration " + iteration + " (" + target + how + ")");
                // A runaway thread cannot be stopped; the inputs after it would only share its core.
                break;
            }
            if (outcome.took().compareTo(slowest) > 0) {
                slowest = outcome.took();
                slowestInput = "iteration " + iteration + " (" + target + how + ")";
            }
            if (outcome.error() instanceof UserError) {
                userErrors++;
            } else if (outcome.error() != null) {
                crashes.add(new Crash(i, target, how.toString(), outcome.error()));
            }
            Files.write(content.resolve(target), base.get(target));
        }

        Map<String, Crash> bySite = new LinkedHashMap<>();
        crashes.forEach(c -> bySite.putIfAbsent(c.site(), c));
        StringBuilder report = new StringBuilder();
        bySite.forEach((site, c) -> {
            StringWriter trace = new StringWriter();
            c.error().printStackTrace(new PrintWriter(trace));
            report.append("\n* ").append(site).append(": iteration ").append(c.iteration()).append(", ").append(c.target())
                    .append(c.mutations()).append('\n').append(trace.toString().lines().limit(12).reduce("", (a, b) -> a + "\n    " + b));
        });
        System.out.println("FuzzTest: seed " + SEED + ", " + ITERATIONS + " inputs, " + userErrors + " reported as user errors, "
                + (ITERATIONS - userErrors - crashes.size()) + " valid, " + wholeBuilds + " through the whole build; slowest "
                + slowest.toMillis() + " ms, " + slowestInput);
        assertEquals(List.of(), hung, "inputs still running after " + HANG.toSeconds() + " s, taken to hang");
        assertEquals(0, crashes.size(), crashes.size() + " inputs crashed, at " + bySite.size() + " places:" + report);
    }

    private record Outcome(Duration took, Throwable error, boolean hung) {
    }

    private interface Run {
        void run() throws Exception;
    }

    /** Runs one input, under the hang guard. */
    private static Outcome guarded(Run run) {
        try {
            return assertTimeoutPreemptively(HANG, () -> {
                long start = System.nanoTime();
                Throwable error = null;
                try {
                    run.run();
                } catch (Exception | StackOverflowError | OutOfMemoryError | AssertionError e) {
                    error = e;
                }
                return new Outcome(Duration.ofNanos(System.nanoTime() - start), error, false);
            });
        } catch (org.opentest4j.AssertionFailedError e) {
            return new Outcome(HANG, null, true);
        }
    }

    /** 1 to 4 mutations of the valid bytes; {@code how} records them for the report. */
    static byte[] mutate(byte[] valid, Random random, StringBuilder how) {
        byte[] b = valid.clone();
        int n = 1 + random.nextInt(4);
        for (int k = 0; k < n; k++) {
            int op = random.nextInt(14);
            int at = b.length == 0 ? 0 : random.nextInt(b.length);
            if (op >= 10 && op < 13) {
                // Replace the value of a random "key: value" line.
                String text = new String(b, StandardCharsets.UTF_8);
                List<int[]> values = new ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^[ \\-]*[a-z_]+: (.*)$").matcher(text);
                while (m.find()) {
                    values.add(new int[] {m.start(1), m.end(1)});
                }
                if (!values.isEmpty()) {
                    int[] v = values.get(random.nextInt(values.size()));
                    String value = VALUES[random.nextInt(VALUES.length)];
                    how.append(", value ").append(visible(value)).append(" at ").append(v[0]);
                    b = (text.substring(0, v[0]) + value + text.substring(v[1])).getBytes(StandardCharsets.UTF_8);
                }
            } else if (op == 13) {
                String block = BLOCKS[random.nextInt(BLOCKS.length)];
                how.append(", append ").append(visible(block));
                b = splice(b, b.length, 0, block.getBytes(StandardCharsets.UTF_8));
            } else if (op < 5) {
                String f = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
                how.append(", insert ").append(visible(f)).append(" at ").append(at);
                b = splice(b, at, 0, f.getBytes(StandardCharsets.UTF_8));
            } else if (op < 7 && b.length > 0) {
                int bit = 1 << random.nextInt(8);
                how.append(", flip bit ").append(bit).append(" of byte ").append(at);
                b[at] ^= (byte) bit;
            } else if (op < 8) {
                how.append(", truncate at ").append(at);
                b = java.util.Arrays.copyOf(b, at);
            } else if (op < 9) {
                int len = Math.min(b.length - at, 1 + random.nextInt(40));
                how.append(", delete ").append(len).append(" at ").append(at);
                b = splice(b, at, len, new byte[0]);
            } else {
                // Repeat a slice elsewhere: duplicated keys, list items and directives.
                int len = Math.min(b.length - at, 1 + random.nextInt(80));
                int to = b.length == 0 ? 0 : random.nextInt(b.length);
                how.append(", copy ").append(len).append(" from ").append(at).append(" to ").append(to);
                b = splice(b, to, 0, java.util.Arrays.copyOfRange(b, at, at + len));
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static String visible(String s) {
        StringBuilder sb = new StringBuilder("'");
        s.codePoints().forEach(c -> sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c)));
        return sb.append('\'').toString();
    }

    /**
     * The stages one input goes through, called directly (faster than a whole build, so that
     * thousands of inputs fit in seconds): read, then the data or the page, then rendering.
     * Chart images, the slowest stage, are drawn for every tenth valid dataset.
     */
    static final class Fixture {
        private final Path content;
        private final TemplateEngine engine;
        private final Dataset data;
        private final Map<String, ChartData> charts;
        private final PageCompiler compiler;
        private int validDatasets;

        Fixture(Path content, Path templates) throws IOException {
            this.content = content;
            this.engine = new TemplateEngine(templates);
            Diagnostics d = new Diagnostics();
            this.data = MetricsLoader.load(SourceReader.readFile(content, content.resolve("metrics.yaml"), d).orElseThrow(), d);
            d.throwIfErrors();
            this.charts = plan(data);
            this.compiler = reportsite.content.Compiling.compiler(data, charts, new TemplateEmbeds(engine, data, d), false);
        }

        void run(String target, Path file) throws IOException {
            Diagnostics d = new Diagnostics();
            Optional<SourceFile> read = SourceReader.readFile(content, file, d);
            d.throwIfErrors();
            if (target.equals("metrics.yaml")) {
                Dataset mutated = MetricsLoader.load(read.orElseThrow(), d);
                d.throwIfErrors();
                Map<String, ChartData> planned = plan(mutated);
                boolean draw = validDatasets++ % 10 == 0;
                for (ChartData c : planned.values()) {
                    ChartDescription.altText(c);
                    ChartDescription.table(c);
                    ChartDescription.csv(c);
                    if (draw) {
                        ChartRenderer.render(c);
                    }
                }
                PageCompiler pages = reportsite.content.Compiling.compiler(mutated, planned, new TemplateEmbeds(engine, mutated, d), false);
                List<Page> compiled = new ArrayList<>();
                for (String name : List.of("index.md", "notes.md")) {
                    SourceReader.readFile(content, content.resolve(name), d).flatMap(f -> reportsite.content.Compiling.compile(pages, f, d)).ifPresent(compiled::add);
                }
                d.throwIfErrors();
                render(mutated, compiled, d);
            } else {
                Optional<Page> page = reportsite.content.Compiling.compile(compiler, read.orElseThrow(), d);
                d.throwIfErrors();
                List<Page> compiled = new ArrayList<>();
                page.ifPresent(compiled::add);
                String other = target.equals("index.md") ? "notes.md" : "index.md";
                SourceReader.readFile(content, content.resolve(other), d).flatMap(f -> reportsite.content.Compiling.compile(compiler, f, d)).ifPresent(compiled::add);
                d.throwIfErrors();
                render(data, compiled, d);
            }
        }

        /** The pages and the files they link to (assets and chart images, empty here), link-checked. */
        private void render(Dataset dataset, List<Page> pages, Diagnostics d) {
            Map<String, byte[]> files = new java.util.TreeMap<>(reportsite.render.RenderAll.render(engine, dataset, pages, d));
            d.throwIfErrors();
            for (String asset : List.of("style.css", "theme.js", "favicon.svg")) {
                files.put("assets/" + asset, new byte[0]);
            }
            pages.stream().flatMap(p -> p.charts().stream()).forEach(id -> List.of(ChartFiles.png(id), ChartFiles.png2x(id),
                    ChartFiles.dark(id), ChartFiles.dark2x(id), ChartFiles.csv(id)).forEach(f -> files.put(f, new byte[0])));
            LinkChecker.check(files, "site", d);
            d.throwIfErrors();
        }

        private static Map<String, ChartData> plan(Dataset data) {
            return new ChartPlanner(data).planAll();
        }
    }
}
