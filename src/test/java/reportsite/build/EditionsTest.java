package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;
import reportsite.diag.Diagnostic;
import reportsite.diag.UserError;

/**
 * Two editions from one content folder: the golden fixture has English pages at the root and
 * Chinese ones under {@code content/zh/}, where {@code notes.md} has no translation.
 */
class EditionsTest {

    private static final Path FIXTURE = GoldenSiteTest.FIXTURE;

    private static BuildResult build(Optional<String> baseUrl, boolean strict) {
        return new SiteBuilder(new BuildConfig(FIXTURE, Path.of("templates"), Path.of("target/editions-unused"), false, false, true,
                baseUrl, strict)).check();
    }

    private static Document page(BuildResult r, String path) {
        byte[] html = r.files().get(path);
        assertTrue(html != null, path + " is built");
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void eachEditionHasItsPagesInItsLanguage() {
        BuildResult r = build(Optional.empty(), false);
        for (String path : List.of("index.html", "compare.html", "sources.html", "company-acme.html")) {
            assertEquals("en", page(r, path).selectFirst("html").attr("lang"), path);
            assertEquals("zh-CN", page(r, "zh/" + path).selectFirst("html").attr("lang"), "zh/" + path);
        }
        assertFalse(r.files().containsKey("zh/notes.html"), "an untranslated page has no Chinese page");
        assertEquals("页面不存在", page(r, "zh/404.html").selectFirst("h1").text());
        assertEquals("zh/index.html", switchLink(page(r, "404.html")).attr("href"), "the root's 404 page leads to every home");
        Document zh = page(r, "zh/index.html");
        assertEquals("金样首页", zh.selectFirst("h1").text());
        // Figures, periods and interface words in Chinese; assets shared one folder up.
        assertTrue(zh.selectFirst("main").text().contains("2025年4–6月"), zh.selectFirst("main").text());
        assertEquals("../assets/style.css", zh.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("图1", zh.selectFirst("a.xref").text());
        assertEquals(List.of("概览", "并列对比", "资料来源"), zh.select("nav.site-nav a").eachText());
        assertTrue(r.files().containsKey("zh/charts/capex-chart.png"), "the Chinese edition draws its own charts");
        assertTrue(new String(r.files().get("zh/charts/capex-chart.csv"), StandardCharsets.UTF_8).startsWith("\uFEFF系列,"), "a BOM, then the Chinese header");
    }

    @Test
    void theLanguageSwitchLeadsToTheSamePageOrTheOtherHome() {
        BuildResult r = build(Optional.empty(), false);
        assertEquals("zh/index.html", switchLink(page(r, "index.html")).attr("href"));
        assertEquals("zh-CN", switchLink(page(r, "index.html")).attr("hreflang"));
        assertEquals("../index.html", switchLink(page(r, "zh/index.html")).attr("href"));
        assertEquals("English", switchLink(page(r, "zh/index.html")).text());
        assertEquals("../compare.html", switchLink(page(r, "zh/compare.html")).attr("href"));
        assertEquals("zh/index.html", switchLink(page(r, "notes.html")).attr("href"), "no translation: the other edition's home");
        // Without an address, no hreflang links (they must be absolute).
        assertTrue(page(r, "index.html").select("link[hreflang]").isEmpty());
    }

    private static Element switchLink(Document doc) {
        List<Element> links = doc.select(".language-switch a");
        assertEquals(1, links.size(), doc.location());
        return links.get(0);
    }

    @Test
    void withAnAddressPagesAndSitemapNameEveryEdition() {
        BuildResult r = build(Optional.of("https://example.org/r/"), false);
        Document en = page(r, "compare.html");
        assertEquals("https://example.org/r/compare.html", en.selectFirst("link[hreflang=en]").attr("href"));
        assertEquals("https://example.org/r/zh/compare.html", en.selectFirst("link[hreflang=zh-CN]").attr("href"));
        assertEquals("https://example.org/r/compare.html", en.selectFirst("link[hreflang=x-default]").attr("href"));
        assertEquals("https://example.org/r/zh/compare.html", page(r, "zh/compare.html").selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(page(r, "notes.html").select("link[hreflang=zh-CN]").isEmpty(), "no Chinese page to announce");
        Document sitemap = Jsoup.parse(new String(r.files().get("sitemap.xml"), StandardCharsets.UTF_8), "", org.jsoup.parser.Parser.xmlParser());
        Element home = sitemap.select("url").stream().filter(u -> u.selectFirst("loc").text().equals("https://example.org/r/zh/"))
                .findFirst().orElseThrow();
        assertEquals(List.of("https://example.org/r/", "https://example.org/r/zh/"), home.select("xhtml|link").eachAttr("href"));
        assertEquals(List.of("en", "zh-CN"), home.select("xhtml|link").eachAttr("hreflang"));
    }

    @Test
    void eachEditionSearchesItsOwnPages() {
        BuildResult r = build(Optional.empty(), false);
        String zh = new String(r.files().get("zh/search-index.js"), StandardCharsets.UTF_8);
        assertTrue(zh.contains("[\"zh/index.html\",\"金样首页\""), zh);
        assertFalse(zh.contains("\"notes.html\""), zh);
        assertEquals("zh/search-index.js", page(r, "zh/index.html").selectFirst("form.site-search").attr("data-index"));
        assertFalse(new String(r.files().get("search-index.js"), StandardCharsets.UTF_8).contains("zh/"));
    }

    @Test
    void aPageWithoutItsTranslationIsAWarningAndWithStrictAnError() {
        List<Diagnostic> warnings = build(Optional.empty(), false).warnings();
        Diagnostic w = warnings.stream().filter(x -> x.message().contains("no Chinese page")).findFirst().orElseThrow(() -> new AssertionError(warnings.toString()));
        assertTrue(w.position().toString().replace('\\', '/').endsWith("content/notes.md:1:1"), w.position()::toString);
        assertTrue(w.hint().contains("content/zh/notes.md"), w.hint());
        UserError e = assertThrows(UserError.class, () -> build(Optional.empty(), true));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.isError() && d.message().contains("no Chinese page 'content/zh/notes.md'")),
                e.diagnostics()::toString);
    }

    @Test
    void anOldTemplatesFolderWithoutInterfaceStringsStillBuildsInEnglish(@TempDir Path dir) throws Exception {
        Path templates = dir.resolve("templates");
        org.apache.commons.io.FileUtils.copyDirectory(Path.of("templates").toFile(), templates.toFile());
        org.apache.commons.io.FileUtils.deleteDirectory(templates.resolve("i18n").toFile());
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("index.md"), "---\ntitle: Home\n---\nHello.\n");
        BuildResult r = new SiteBuilder(new BuildConfig(content, templates, dir.resolve("site"), false, false, true)).check();
        assertEquals("Sections", page(r, "index.html").selectFirst("nav.site-nav").attr("aria-label"));
    }
}
