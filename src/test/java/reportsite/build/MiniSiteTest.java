package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.diag.Diagnostic;
import reportsite.diag.UserError;

/** Whole builds of small inline sites, checked in memory ({@link SiteBuilder#check()}). */
class MiniSiteTest {

    @TempDir
    Path root;

    private static Document html(BuildResult r, String path) {
        byte[] bytes = r.files().get(path);
        assertTrue(bytes != null, () -> path + " not in " + r.files().keySet());
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    private static List<Diagnostic> errorsOf(SiteBuilder builder) {
        return assertThrows(UserError.class, builder::check).diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void buildsPagesAndTheGeneratedOnes() {
        BuildResult r = new SiteBuilder(new MiniSite(root).config(false, false)).check();
        assertTrue(r.files().keySet().containsAll(List.of("index.html", "compare.html", "company-acme.html",
                "company-globex.html", "sources.html", "404.html", "charts/capex-chart.png", "charts/capex-chart.csv",
                "assets/style.css", ".nojekyll", "robots.txt")), r.files().keySet()::toString);
        Document index = html(r, "index.html");
        assertEquals("Mini report", index.title());
        Element a = index.selectFirst("main a.fig");
        assertEquals("CN¥38.68 bn", a.text());
        assertEquals("sources.html#source-1", a.attr("href"));
        assertEquals(1, html(r, "sources.html").select("#source-1").size());
    }

    @Test
    void referencesLinkBackToEachCitation() {
        MiniSite site = new MiniSite(root).write("content/index.md", "---\ntitle: Home\n---\nOne [1], two [1][2].\n");
        Document doc = html(new SiteBuilder(site.config(false, false)).check(), "index.html");
        Element ref1 = doc.selectFirst("section.references li#ref-1");
        assertEquals(List.of("#cite-1-1", "#cite-1-2"), ref1.select(".backlinks a").eachAttr("href"));
        assertEquals(List.of("#cite-2-1"), doc.select("section.references li#ref-2 .backlinks a").eachAttr("href"));
        assertEquals("https://example.com/acme", ref1.selectFirst("a[rel=noopener]").attr("href"));
        for (Element cite : doc.select("sup.cite a")) {
            assertEquals(1, doc.select("[id=" + cite.attr("href").substring(1) + "]").size());
            assertEquals(1, doc.select("[id=" + cite.id() + "]").size());
        }
    }

    @Test
    void duplicateSlugsAreRefused() {
        MiniSite site = new MiniSite(root)
                .write("content/a.md", "---\ntitle: A\nslug: same\n---\nA\n")
                .write("content/b.md", "---\ntitle: B\nslug: same\n---\nB\n");
        List<Diagnostic> errors = errorsOf(new SiteBuilder(site.config(false, false)));
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).message().matches("duplicate slug 'same': .*content/a\\.md has it too"), errors.get(0).message());
        assertTrue(errors.get(0).position().file().endsWith("b.md"), errors.get(0).position()::toString);
    }

    @Test
    void duplicateSlugPointsAtTheSecondSlug() {
        MiniSite site = new MiniSite(root)
                .write("content/a.md", "---\ntitle: A\nslug: same\n---\nA\n")
                .write("content/b.md", "---\ntitle: B\nslug: same\n---\nB\n");
        Diagnostic d = errorsOf(new SiteBuilder(site.config(false, false))).get(0);
        assertEquals(new reportsite.diag.Position(reportsite.source.SourceReader.display(site.content().resolve("b.md")), 3, 7),
                d.position());
    }

    @Test
    void aSiteWithoutHomePageGetsAListOfItsPages() {
        MiniSite site = new MiniSite(root).delete("content/index.md").write("content/a.md", "---\ntitle: A\n---\nA\n");
        BuildResult r = new SiteBuilder(site.config(false, false)).check();
        assertEquals(List.of("A"), html(r, "index.html").select("ul.page-list a[href=a.html]").eachText());
    }

    @Test
    void draftsAreBuiltOnlyWhenAskedFor() {
        MiniSite site = new MiniSite(root).write("content/wip.md", "---\ntitle: WIP\ndraft: true\n---\nNot yet.\n");
        assertFalse(new SiteBuilder(site.config(false, false)).check().files().containsKey("wip.html"));
        BuildResult withDrafts = new SiteBuilder(site.config(true, false)).check();
        assertEquals("Not yet.", html(withDrafts, "wip.html").selectFirst("main .prose p").text());
        assertFalse(html(new SiteBuilder(site.config(false, false)).check(), "index.html")
                .select("nav a[href=wip.html]").size() > 0, "a draft is not in the navigation");
    }

    @Test
    void safeDropsScriptsWrittenInMarkdown() {
        MiniSite site = new MiniSite(root).write("content/index.md",
                "---\ntitle: Home\n---\nHi\n\n<script>steal()</script>\n\n<img src=\"assets/favicon.svg\" onerror=\"steal()\">\n");
        Document unsafe = html(new SiteBuilder(site.config(false, false)).check(), "index.html");
        assertEquals(1, unsafe.select("main script").size());
        Document safe = html(new SiteBuilder(site.config(false, true)).check(), "index.html");
        assertTrue(safe.select("main script").isEmpty());
        assertTrue(safe.select("main [onerror]").isEmpty());
        assertEquals(1, safe.select("head script[src=assets/theme.js]").size(), "the site's own script stays");
    }

    @Test
    void brokenLinksInPagesStopTheBuild() {
        MiniSite site = new MiniSite(root).write("content/index.md",
                "---\ntitle: Home\n---\nSee [missing](missing.html) and [anchor](sources.html#source-99).\n");
        List<Diagnostic> errors = errorsOf(new SiteBuilder(site.config(false, false)));
        assertEquals(List.of("broken anchor 'sources.html#source-99': sources.html has no id 'source-99'",
                "broken link 'missing.html': no file missing.html in the output"),
                errors.stream().map(Diagnostic::message).sorted().toList());
    }

    @Test
    void allProblemsOfAllPagesAreReportedTogether() {
        MiniSite site = new MiniSite(root)
                .write("content/a.md", "---\ntitle: A\n---\nText {{ acme.nope@2025 }}\n")
                .write("content/b.md", "---\ntitle: B\nbogus: 1\n---\nCite [42]\n");
        List<Diagnostic> errors = errorsOf(new SiteBuilder(site.config(false, false)));
        assertEquals(List.of(
                        site.content().resolve("a.md").normalize().toString() + ":4:6",
                        site.content().resolve("b.md").normalize().toString() + ":3:1",
                        site.content().resolve("b.md").normalize().toString() + ":5:6"),
                errors.stream().map(d -> d.position().toString()).toList());
    }

    @Test
    void anUnusedChartIsAWarning() {
        MiniSite site = new MiniSite(root).write("content/index.md", "---\ntitle: Home\n---\nNo chart.\n");
        BuildResult r = new SiteBuilder(site.config(false, false)).check();
        assertEquals(List.of("chart 'capex-chart' is declared but no page shows it"),
                r.warnings().stream().map(Diagnostic::message).toList());
        assertFalse(r.files().containsKey("charts/capex-chart.png"));
    }

    @Test
    void previewImagesAreMadeAndAnnouncedOnlyWithABaseUrl() throws java.io.IOException {
        BuildResult without = new SiteBuilder(new MiniSite(root.resolve("a")).config(false, false)).check();
        MiniSite site = new MiniSite(root.resolve("b"));
        site.write("content/metrics.yaml", reportsite.data.MiniData.BASE.replace("  reporting_currency: USD\n",
                "  reporting_currency: USD\n  base_url: https://example.org/report\n"));
        BuildResult with = new SiteBuilder(site.config(false, false)).check();

        for (String page : List.of("index.html", "compare.html", "company-acme.html", "sources.html")) {
            String image = "social/" + page.replace(".html", ".png");
            java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(with.files().get(image)));
            assertEquals(List.of(1200, 630), List.of(png.getWidth(), png.getHeight()), image);
            Document plain = html(without, page);
            assertTrue(plain.select("meta[property=og:image], meta[name=twitter:image]").isEmpty(), page);
            assertEquals("summary", plain.selectFirst("meta[name=twitter:card]").attr("content"), page);
            Document shared = html(with, page);
            assertEquals("https://example.org/report/" + image, shared.selectFirst("meta[property=og:image]").attr("content"));
            assertEquals("https://example.org/report/" + image, shared.selectFirst("meta[name=twitter:image]").attr("content"));
            assertEquals("summary_large_image", shared.selectFirst("meta[name=twitter:card]").attr("content"), page);
            assertEquals("1200", shared.selectFirst("meta[property=og:image:width]").attr("content"));
        }
        assertTrue(html(with, "404.html").select("meta[property=og:image]").isEmpty());
        assertFalse(with.files().containsKey("social/404.png"));
        assertTrue(without.files().keySet().stream().noneMatch(p -> p.startsWith("social/")), "no image nobody links to");
        BuildResult again = new SiteBuilder(site.config(false, false)).check();
        with.files().forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, again.files().get(path)), path));
    }

    @Test
    void theNotFoundPageLinksAbsolutelyWithABaseUrlAndACnameFileIsWritten() {
        BuildResult plain = new SiteBuilder(new MiniSite(root.resolve("a")).config(false, false)).check();
        MiniSite site = new MiniSite(root.resolve("b"));
        site.write("content/metrics.yaml", reportsite.data.MiniData.BASE.replace("  reporting_currency: USD\n",
                "  reporting_currency: USD\n  base_url: https://example.org/report/\n  cname: Report.Example.org\n"));
        BuildResult based = new SiteBuilder(site.config(false, false)).check();

        Document relative = html(plain, "404.html");
        assertEquals("assets/style.css", relative.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("index.html", relative.selectFirst("main a").attr("href"));
        Document absolute = html(based, "404.html");
        assertEquals("https://example.org/report/assets/style.css", absolute.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("https://example.org/report/assets/theme.js", absolute.selectFirst("script").attr("src"));
        assertEquals("https://example.org/report/index.html", absolute.selectFirst("main a").attr("href"));
        assertEquals("https://example.org/report/index.html", absolute.selectFirst("a.brand").attr("href"));
        for (Element a : absolute.select("a[href]")) {
            String href = a.attr("href");
            assertTrue(href.startsWith("https://example.org/report/") || href.equals("#main"), href);
        }
        assertEquals("#main", absolute.selectFirst("a.skip").attr("href"), "the skip link stays on the page");
        assertEquals("assets/style.css", html(based, "index.html").selectFirst("link[rel=stylesheet]").attr("href"),
                "other pages stay relative");

        assertEquals("report.example.org\n", new String(based.files().get("CNAME"), StandardCharsets.UTF_8));
        assertFalse(plain.files().containsKey("CNAME"));
    }
}
