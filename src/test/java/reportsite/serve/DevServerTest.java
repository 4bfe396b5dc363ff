package reportsite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.BuildResult;
import reportsite.build.MiniSite;
import reportsite.config.BuildConfig;
import reportsite.diag.Diagnostic;

/**
 * The editing loop on an inline mini-site with its own copy of the templates: a real server on
 * a free port, real file changes seen by the watcher, a bare socket as the browser.
 */
class DevServerTest {

    @TempDir
    Path root;

    MiniSite site;
    Path templates;
    DevServer server;
    URI uri;
    final BlockingQueue<String> log = new LinkedBlockingQueue<>();
    final List<List<Diagnostic>> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        site = new MiniSite(root);
        templates = root.resolve("templates");
        PathUtils.copyDirectory(Path.of("templates"), templates);
        BuildConfig config = new BuildConfig(site.content(), templates, site.out(), false, false, false);
        server = new DevServer(config, "127.0.0.1", 0, new DevServer.Listener() {
            @Override
            public void built(BuildResult result, Set<Path> changed) {
                log.add("built " + changed.stream().map(p -> p.getFileName().toString()).sorted().toList());
            }

            @Override
            public void drew(BuildResult result) {
                log.add("drew " + result.charts());
            }

            @Override
            public void failed(List<Diagnostic> diagnostics) {
                failures.add(diagnostics);
                log.add("failed");
            }

            @Override
            public void crashed(RuntimeException e) {
                log.add("crashed " + e);
            }
        });
        uri = server.start();
        assertEquals("built []", log.poll(), "the first build");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String nextLog() throws InterruptedException {
        String line = log.poll(Http.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        assertTrue(line != null, "no build within " + Http.TIMEOUT_MILLIS + " ms");
        return line;
    }

    private Http.EventStream listen() throws Exception {
        Http.EventStream events = new Http.EventStream(uri);
        long deadline = System.currentTimeMillis() + Http.TIMEOUT_MILLIS;
        while (server.listeners() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(1, server.listeners());
        return events;
    }

    @Test
    void theWatcherSeesAFileChangeAndRebuilds() throws Exception {
        site.write("content/index.md", MiniSite.INDEX.replace("Acme spent", "Acme invested"));
        assertEquals("built [index.md]", nextLog());
        String html = Files.readString(site.out().resolve("index.html"));
        assertTrue(html.contains("Acme invested"), "the new page is on disk");
    }

    @Test
    void aPageInANewSubFolderIsWatchedToo() throws Exception {
        site.write("content/posts/first.md", "---\ntitle: First\n---\nOne.\n");
        assertTrue(nextLog().startsWith("built "));
        assertTrue(Files.isRegularFile(site.out().resolve("posts-first.html")));
        site.write("content/posts/first.md", "---\ntitle: First\n---\nTwo.\n");
        assertEquals("built [first.md]", nextLog());
        assertTrue(Files.readString(site.out().resolve("posts-first.html")).contains("Two."));
    }

    @Test
    void anOpenTabReceivesReloadAfterAPageEdit() throws Exception {
        try (Http.EventStream events = listen()) {
            site.write("content/index.md", MiniSite.INDEX.replace("Acme spent", "Acme invested"));
            Http.Event reload = events.next("reload");
            assertTrue(reload.data().endsWith(" files"), reload.data());
            Document page = Jsoup.parse(Http.get(uri, "/index.html").text());
            assertTrue(page.text().contains("Acme invested"), "the tab reloads into the new page");
        }
    }

    @Test
    void aFigureEditRewritesChartsAndPagesAndIsADraftNotADataUpdate() throws Exception {
        byte[] chart = Files.readAllBytes(site.out().resolve("charts/capex-chart.png"));
        try (Http.EventStream events = listen()) {
            site.write("content/metrics.yaml", Files.readString(site.content().resolve("metrics.yaml")).replace("value: 22.4", "value: 23.1"));
            // The pages first, with the chart's data; a request for an image being redrawn waits for it,
            // so that the reloaded tab never shows the image the edit replaced.
            events.next("reload");
            byte[] fetched = Http.get(uri, "/charts/capex-chart.png").body();
            assertFalse(java.util.Arrays.equals(chart, fetched), "the tab gets the redrawn image");
            assertArrayEquals(fetched, Files.readAllBytes(site.out().resolve("charts/capex-chart.png")));
            assertEquals("built [metrics.yaml]", nextLog());
            assertEquals("drew 1", nextLog());
            assertFalse(java.util.Arrays.equals(chart, Files.readAllBytes(site.out().resolve("charts/capex-chart.png"))), "chart redrawn");
            assertTrue(Files.readString(site.out().resolve("charts/capex-chart.csv")).contains(",23.1,"));
            assertTrue(Files.readString(site.out().resolve("figures.json")).contains("\"value\": \"23.1\""), "the figures file follows");
            // Drafting is not publishing: no history file, no Data updates page.
            assertFalse(Files.exists(site.content().resolve("data-updates.yaml")));
            assertEquals(404, Http.get(uri, "/data-updates.html").status());
            assertEquals(2, server.builds());
        }
    }

    @Test
    void aTemplateEditRebuildsToo() throws Exception {
        try (Http.EventStream events = listen()) {
            Path strings = templates.resolve("i18n/en.yaml");
            Files.writeString(strings, Files.readString(strings).replace("Built with report-site.", "Made with care."));
            events.next("reload");
            assertTrue(Jsoup.parse(Http.get(uri, "/").text()).selectFirst("footer").text().contains("Made with care."));
        }
    }

    @Test
    void aFailedRebuildKeepsTheLastGoodSiteAndShowsItsMessages() throws Exception {
        String before = Http.get(uri, "/index.html").text();
        try (Http.EventStream events = listen()) {
            site.write("content/index.md", MiniSite.INDEX.replace("{{ acme.capex@FY2026-Q1 }}", "{{ acme.capx@FY2026-Q1 }}"));
            Http.Event error = events.next("error");
            assertTrue(error.data().contains("index.md:6:12: error: unknown metric 'capx'"), error.data());
            assertTrue(error.data().contains("did you mean 'capex'?"), error.data());
            assertTrue(error.data().endsWith("1 error; the last good build is still served"), error.data());
            assertEquals("failed", nextLog());
            assertEquals(before, Http.get(uri, "/index.html").text(), "the last good page is still served");

            // A tab opened now sees the error at once.
            try (Http.EventStream late = new Http.EventStream(uri)) {
                assertEquals(error.data(), late.next("error").data());
            }

            site.write("content/index.md", MiniSite.INDEX);
            events.next("reload");
            assertEquals("built [index.md]", nextLog());
        }
    }

    @Test
    void htmlResponsesCarryTheReloadScriptAndFilesOnDiskDoNot() throws Exception {
        Http.Response r = Http.get(uri, "/index.html");
        assertEquals(200, r.status());
        assertEquals("text/html; charset=utf-8", r.header("Content-Type"));
        Document page = Jsoup.parse(r.text());
        assertEquals(1, page.select("body > script:containsData(/__reload)").size(), "the script is the body's last child");
        assertEquals(r.body().length, Integer.parseInt(r.header("Content-Length")));
        for (var e : MiniSite.tree(site.out()).entrySet()) {
            assertFalse(new String(e.getValue(), StandardCharsets.ISO_8859_1).contains("__reload"), e.getKey());
        }
        String css = Http.get(uri, "/assets/style.css").text();
        assertEquals(Files.readString(site.out().resolve("assets/style.css")), css, "other files are served as they are");
    }

    @Test
    void everyKindOfFileHasItsContentType() throws Exception {
        Files.writeString(site.out().resolve("sitemap.xml"), "<urlset/>");
        Files.writeString(site.out().resolve("data.bin"), "?");
        String[][] expected = {
                {"/", "text/html; charset=utf-8"},
                {"/assets/style.css", "text/css; charset=utf-8"},
                {"/assets/theme.js", "text/javascript; charset=utf-8"},
                {"/assets/favicon.svg", "image/svg+xml"},
                {"/charts/capex-chart.png", "image/png"},
                {"/charts/capex-chart.csv", "text/csv; charset=utf-8"},
                {"/robots.txt", "text/plain; charset=utf-8"},
                {"/sitemap.xml", "application/xml; charset=utf-8"},
                {"/data.bin", "application/octet-stream"},
        };
        for (String[] e : expected) {
            Http.Response r = Http.get(uri, e[0]);
            assertEquals(200, r.status(), e[0]);
            assertEquals(e[1], r.header("Content-Type"), e[0]);
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
        }
        byte[] png = Http.get(uri, "/charts/capex-chart.png").body();
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(site.out().resolve("charts/capex-chart.png")), png));
    }

    @Test
    void aMissingPageGetsTheSites404PageAndOtherMethodsAreRefused() throws Exception {
        Http.Response missing = Http.get(uri, "/nothing-here.html");
        assertEquals(404, missing.status());
        assertEquals("Page not found", Jsoup.parse(missing.text()).selectFirst("h1").text());
        // An edition's folder has a 404 page of its own, whose links work from there.
        Files.createDirectories(site.out().resolve("zh"));
        Files.writeString(site.out().resolve("zh/404.html"), "<!DOCTYPE html><title>x</title><h1>页面不存在</h1>");
        assertEquals("页面不存在", Jsoup.parse(Http.get(uri, "/zh/a/missing.html").text()).selectFirst("h1").text());
        assertEquals("Page not found", Jsoup.parse(Http.get(uri, "/other/missing.html").text()).selectFirst("h1").text());
        assertEquals(405, Http.request(uri, "POST", "/index.html").status());
        Http.Response head = Http.request(uri, "HEAD", "/index.html");
        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
    }

    @Test
    void traversalAttemptsGet400Or404AndNeverAFileOutside() throws Exception {
        String secret = "top secret " + System.nanoTime();
        Files.writeString(root.resolve("secret.txt"), secret);
        Files.writeString(root.resolve("content/extra.txt"), secret);
        String abs = root.resolve("secret.txt").toAbsolutePath().toString();
        List<String> attempts = List.of("/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
                "/.%2e/secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt",
                "/..\\secret.txt", "/charts/../../secret.txt", "/../content/extra.txt", "/%2e%2e/content/extra.txt",
                "/%252e%252e/secret.txt", "/%c0%ae%c0%ae/secret.txt", "/..%00/secret.txt", "/secret.txt%00.html",
                "//" + abs.substring(1), abs.replace("/", "%2f"), "/" + abs.substring(1).replace("/", "%2F"),
                "http://127.0.0.1/../secret.txt", "../secret.txt", "/./../secret.txt", "/charts/%2e%2e/%2e%2e/secret.txt");
        for (String attempt : attempts) {
            Http.Response r = Http.get(uri, attempt);
            assertTrue(r.status() == 400 || r.status() == 404, attempt + " got " + r.status());
            assertFalse(r.text().contains(secret), attempt + " leaked the file");
            assertFalse(new String(r.body(), StandardCharsets.ISO_8859_1).contains("root:"), attempt);
        }
    }
}
