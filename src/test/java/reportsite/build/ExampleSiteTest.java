package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.cli.Main;
import reportsite.config.BuildConfig;
import reportsite.data.Dataset;
import reportsite.data.FactCheck;
import reportsite.data.MetricsLoader;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceReader;

/**
 * End to end: the repository's example (content/ and templates/, relative to the project root,
 * which is the working directory under Maven) built into a temporary folder and checked file by
 * file. Named *Test so that surefire runs it with the unit tests; it takes a few seconds.
 */
class ExampleSiteTest {

    @TempDir
    static Path tmp;

    static Path out;
    static BuildResult result;
    static Map<String, byte[]> tree;
    static Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void buildExample() {
        out = tmp.resolve("site");
        result = new SiteBuilder(new BuildConfig(Path.of("content"), Path.of("templates"), out, false, false, true)).build();
        tree = MiniSite.tree(out);
        tree.forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                pages.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
            }
        });
    }

    /** The example ships two complete editions: every page in both, every text translated, every claim checked in both. */
    @Test
    void bothEditionsBuildWithNoWarnings() {
        assertEquals(List.of(), result.warnings());
        List<String> english = pages.keySet().stream().filter(p -> !p.contains("/")).toList();
        assertEquals(english.stream().map(p -> "zh/" + p).toList(), pages.keySet().stream().filter(p -> p.startsWith("zh/")).toList());
    }

    /** A citation or directive the compiler did not recognise would stay in the text as written. */
    @Test
    void noCitationOrDirectiveIsLeftAsLiteralText() {
        pages.forEach((path, page) -> {
            Document copy = page.clone();
            copy.select("sup.cite, a, code, pre, script").remove();
            String text = copy.body().text();
            assertFalse(text.matches("(?s).*\\[\\d{1,5}\\].*"), () -> path + " has a literal citation: " + text);
            assertFalse(text.contains("{{"), () -> path + " has a literal directive");
        });
    }

    @Test
    void hasEnoughPagesAndCharts() {
        assertTrue(pages.size() >= 6, pages.keySet()::toString);
        long charts = tree.keySet().stream().filter(p -> p.startsWith("charts/") && p.endsWith(".png")).count();
        assertTrue(charts >= 4, "chart images: " + charts);
        assertTrue(pages.keySet().containsAll(List.of("index.html", "fact-check.html", "sources.html", "compare.html", "404.html")));
    }

    @Test
    void everyPageHasTitleLanguageMainAndDescription() {
        pages.forEach((path, doc) -> {
            assertFalse(doc.title().isBlank(), path + ": <title>");
            assertEquals(path.startsWith("zh/") ? "zh-CN" : "en", doc.selectFirst("html").attr("lang"), path);
            assertEquals(1, doc.select("main").size(), path + ": one <main>");
            Element description = doc.selectFirst("meta[name=description]");
            assertTrue(description != null && !description.attr("content").isBlank(), path + ": meta description");
            assertEquals(1, doc.select("h1").size(), path + ": one <h1>");
        });
    }

    /** Every internal href, src and srcset resolves to a file of the output, and #anchors to an id. */
    @Test
    void everyInternalLinkResolves() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            String page = e.getKey();
            for (String link : links(e.getValue())) {
                if (link.matches("^(https?:|mailto:|data:).*")) {
                    continue;
                }
                checked++;
                String path = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                String fragment = link.contains("#") ? link.substring(link.indexOf('#') + 1) : "";
                String target = path.isEmpty() ? page : out.relativize(out.resolve(page).resolveSibling(path).normalize())
                        .toString().replace('\\', '/');
                if (!tree.containsKey(target)) {
                    broken.add(page + ": " + link + " (no file " + target + ")");
                } else if (!fragment.isEmpty() && (!pages.containsKey(target) || pages.get(target).getElementById(fragment) == null)) {
                    broken.add(page + ": " + link + " (no id " + fragment + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 500, "links checked: " + checked);
    }

    private static List<String> links(Document doc) {
        List<String> out = new ArrayList<>();
        doc.select("[href]").forEach(el -> out.add(el.attr("href")));
        doc.select("[src]").forEach(el -> out.add(el.attr("src")));
        doc.select("[srcset]").forEach(el -> {
            for (String part : el.attr("srcset").split(",")) {
                out.add(part.trim().split("\\s+")[0]);
            }
        });
        return out;
    }

    /** The width and height the pages give an image, from the element whose srcset names it. */
    private int[] stated(String png) {
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            String folder = page.getKey().substring(0, page.getKey().lastIndexOf('/') + 1);
            for (org.jsoup.nodes.Element el : page.getValue().select("picture [srcset]")) {
                for (String part : el.attr("srcset").split(",")) {
                    if ((folder + part.trim().split("\\s+")[0]).equals(png)) {
                        org.jsoup.nodes.Element sized = el.hasAttr("width") ? el : el.parent().selectFirst("img");
                        return new int[] {Integer.parseInt(sized.attr("width")), Integer.parseInt(sized.attr("height"))};
                    }
                }
            }
        }
        throw new AssertionError(png + " is named by no srcset");
    }

    @Test
    void everyChartImageDecodesAndIsUsed() throws IOException {
        Set<String> used = new HashSet<>();
        // Links are relative to the page's folder: zh/ pages link their charts as charts/…
        pages.forEach((path, doc) -> links(doc).forEach(l -> used.add(path.substring(0, path.lastIndexOf('/') + 1) + l)));
        for (Map.Entry<String, byte[]> e : tree.entrySet()) {
            if (!e.getKey().endsWith(".png")) {
                continue;
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(e.getValue()));
            assertTrue(image != null, e.getKey() + " decodes");
            int scale = e.getKey().endsWith("@2x.png") ? 2 : 1;
            if (e.getKey().endsWith("-share.png")) {
                assertEquals(1200, image.getWidth(), e.getKey() + ": the image for sharing");
            } else {
                // The size the page states for the image (<img> or its phone's <source>), at the image's density.
                int[] stated = stated(e.getKey());
                assertEquals(stated[0] * scale, image.getWidth(), e.getKey());
                assertEquals(stated[1] * scale, image.getHeight(), e.getKey());
            }
            assertTrue(used.contains(e.getKey()), e.getKey() + " is used by a page");
        }
    }

    @Test
    void everyChartFigureStatesItsNumbers() {
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            for (Element figure : e.getValue().select("figure.chart")) {
                String alt = figure.selectFirst("img").attr("alt");
                assertTrue(alt.length() > 40 && alt.matches(".*\\d.*"), e.getKey() + ": alt text " + alt);
                assertFalse(figure.select("table.data tbody tr").isEmpty(), e.getKey() + ": data table");
                String csv = figure.selectFirst("a[download]").attr("href");
                assertTrue(tree.containsKey(csv), csv);
            }
        }
    }

    /** A clean build, a build that fills the chart cache and one that reads it give the same bytes. */
    @Test
    void buildsGiveIdenticalTreesWithAndWithoutTheChartCache() {
        Path second = tmp.resolve("again");
        BuildConfig cached = new BuildConfig(Path.of("content"), Path.of("templates"), second, false, false, false);
        new SiteBuilder(cached).build();
        assertEquals(MiniSite.digest(tree), MiniSite.digest(MiniSite.tree(second)), "a build filling the cache");
        assertTrue(Files.isDirectory(cached.cacheDir()), "the cache was written");
        new SiteBuilder(cached).build();
        assertEquals(MiniSite.digest(tree), MiniSite.digest(MiniSite.tree(second)), "a build reading the cache");
    }

    @Test
    void aSyntaxErrorStopsTheBuildAndKeepsThePreviousSite() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("broken"));
        Path content = copy(Path.of("content"), work.resolve("content"));
        Path site = work.resolve("site");
        String[] args = {"build", "--content", content.toString(), "--out", site.toString()};
        assertEquals(0, Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).execute(args));
        Map<String, String> before = MiniSite.digest(MiniSite.tree(site));

        Path metrics = content.resolve("metrics.yaml");
        String yaml = Files.readString(metrics);
        Files.writeString(metrics, yaml.replace("    en: \"Full-stack AI: Alibaba and Google compared\"",
                "    en: Full-stack AI: Alibaba and Google compared"));
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err)).execute(args);

        assertEquals(1, exit);
        String file = SourceReader.display(metrics);
        assertTrue(err.toString().startsWith(file + ":6:22: error: YAML syntax: mapping values are not allowed here"), err.toString());
        Matcher m = Pattern.compile("^(.+):(\\d+):(\\d+): error: ", Pattern.MULTILINE).matcher(err.toString());
        assertTrue(m.find());
        assertFalse(err.toString().contains("at reportsite"));
        assertEquals(before, MiniSite.digest(MiniSite.tree(site)), "the previous site is untouched");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    // ------------------------------------------------------------ fact checks

    @Test
    void factChecksRenderNextToTheirClaims() {
        Diagnostics diagnostics = new Diagnostics();
        Dataset data = MetricsLoader.load(SourceReader.readFile(Path.of("content"), Path.of("content/metrics.yaml"), diagnostics)
                .orElseThrow(), diagnostics);
        Document doc = pages.get("fact-check.html");
        List<Element> asides = doc.select("aside.factcheck");
        assertEquals(data.factChecks().size(), asides.size(), "every fact check is on the page");
        for (Element aside : asides) {
            Element claim = aside.selectFirst("p.claim");
            Element finding = aside.selectFirst("p.finding");
            assertTrue(claim != null && finding != null, aside.id());
            assertFalse(finding.text().isBlank(), aside.id());
            assertFalse(aside.text().contains("{{"), aside.id() + ": directives are resolved");
            assertFalse(aside.selectFirst("p.verdict").text().isBlank(), aside.id());
        }
        for (FactCheck fc : data.factChecks()) {
            Element aside = doc.getElementById("check-" + fc.id());
            assertTrue(aside != null, fc.id());
            assertTrue(aside.selectFirst("p.claim").text().contains(fc.claim()), fc.id());
            assertEquals(reportsite.i18n.UiStrings.shipped().get("verdict." + fc.verdict().key()), aside.selectFirst(".verdict-label").text());
            assertEquals(fc.sources().stream().map(id -> "sources.html#source-" + id).toList(),
                    aside.select("p.finding > a.src").eachAttr("href"), fc.id() + ": its sources, in order");
        }
        Element capex = doc.getElementById("check-alibaba-record-capex");
        assertEquals(List.of("CN¥38.68 bn", "US$5.4 bn", "+220%"),
                capex.select("p.finding .fig").eachText().stream().filter(t -> !t.isBlank()).toList());
    }
}
