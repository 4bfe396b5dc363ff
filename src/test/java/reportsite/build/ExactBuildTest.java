package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;
import reportsite.publish.SitePublisher;
import reportsite.data.MiniData;
import reportsite.diag.Diagnostic;
import reportsite.diag.UserError;
import reportsite.updates.UpdateHistory;

/**
 * The defects of c783d8b that made a build inexact, each as it was found: a failed render kept
 * in the cache, a failed build that had already written the history file, a Markdown page
 * silently replaced by a generated one, and builds racing into one output folder.
 */
class ExactBuildTest {

    @TempDir
    Path root;

    private MiniSite site(String metrics) throws IOException {
        MiniSite site = new MiniSite(root).write("content/metrics.yaml", metrics);
        PathUtils.copyDirectory(Path.of("templates"), root.resolve("templates"));
        return site;
    }

    private BuildConfig config(MiniSite site) {
        return new BuildConfig(site.content(), root.resolve("templates"), site.out(), false, false, false);
    }

    /** D1: a partial's error made pages without figures, which the cache kept; the rerun succeeded without them. */
    @Test
    void aRerunOfABuildThatFailedInAPartialFailsAgainWithTheSameError() throws IOException {
        MiniSite site = site(MiniData.BASE);
        new SiteBuilder(config(site)).build();
        Path figure = root.resolve("templates/partials/figure.ftlh");
        Files.writeString(figure, "${titel}\n" + Files.readString(figure));
        for (BuildCache cache : List.of(new DiskCache(config(site).cacheDir()), new MemoryCache(new DiskCache(config(site).cacheDir())))) {
            Diagnostic first = assertThrows(UserError.class, () -> new SiteBuilder(config(site), cache).build()).diagnostics().get(0);
            Diagnostic again = assertThrows(UserError.class, () -> new SiteBuilder(config(site), cache).build()).diagnostics().get(0);
            assertEquals(first.toString(), again.toString());
            assertTrue(first.toString().contains("partials/figure.ftlh:1:"), first.toString());
        }
    }

    /** D3: the history was written before the pages were made, so a failed build changed content/. */
    @Test
    void aFailedBuildLeavesTheHistoryFileAsItWas() throws IOException {
        MiniSite site = site(DataUpdatesTest.DATED);
        new SiteBuilder(config(site)).build();
        java.util.Optional<reportsite.updates.FigureSnapshot> published = java.util.Optional.of(DataUpdatesTest.published(site.out()));
        Path history = site.content().resolve(UpdateHistory.FILE);
        assertFalse(Files.exists(history));
        // A figure changed and a page broken in the same edit, built to publish.
        site.write("content/metrics.yaml", DataUpdatesTest.REVISED);
        site.write("content/broken.md", "---\ntitle: Broken\n---\n{{ nobody.capex@2025-Q2 }}\n");
        assertThrows(UserError.class, () -> new SiteBuilder(config(site)).build(SitePublisher::publish, published));
        assertFalse(Files.exists(history), "nothing was written, in content/ either");
        // --strict failures too: the page now builds, with a warning that --strict makes an error.
        site.write("content/broken.md", "---\ntitle: Broken\n---\nGlobex spends far more than Acme: {{ globex.capex@2025-Q2 }} [2].\n");
        BuildConfig strict = new BuildConfig(site.content(), root.resolve("templates"), site.out(), false, false, false,
                java.util.Optional.empty(), true);
        assertThrows(UserError.class, () -> new SiteBuilder(strict).build(SitePublisher::publish, published));
        assertFalse(Files.exists(history));
        site.delete("content/broken.md");
        BuildResult r = new SiteBuilder(config(site)).build(SitePublisher::publish, published);
        assertTrue(r.history().orElseThrow().contains("globex.capex@2025-Q2"), "recorded in memory once everything succeeded");
        assertFalse(Files.exists(history), "the builder never writes it: publish does, after the push");
    }

    /** D5: a Markdown page with a generated page's path was overwritten by it, with exit 0. */
    @Test
    void aPageMayNotTakeTheNameOfAGeneratedPageInAnyEdition() throws IOException {
        MiniSite site = site(MiniData.BASE);
        site.write("content/company-acme.md", "---\ntitle: Mine\n---\nWords.\n");
        UserError e = assertThrows(UserError.class, () -> new SiteBuilder(config(site)).build());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("company-acme.md:1:1", d.position().toString().replaceAll(".*content/", ""), d.toString());
        assertTrue(d.message().contains("'company-acme.html'"), d.message());
        assertTrue(d.hint().contains("slug"), d.hint());

        // The same in the other edition, at the page's slug.
        Path content = root.resolve("editions");
        PathUtils.copyDirectory(GoldenSiteTest.FIXTURE, content);
        Files.writeString(content.resolve("zh/index.md"), Files.readString(content.resolve("zh/index.md"))
                .replaceFirst("---\n", "---\nslug: company-globex\n"));
        UserError zh = assertThrows(UserError.class, () -> new SiteBuilder(new BuildConfig(content, Path.of("templates"),
                root.resolve("out"), false, false, true)).check());
        Diagnostic z = zh.diagnostics().stream().filter(x -> x.message().contains("company-globex.html")).findFirst()
                .orElseThrow(() -> new AssertionError(zh.diagnostics().toString()));
        assertEquals("zh/index.md:2:7", z.position().toString().replaceAll(".*editions/", ""), z.toString());
    }

    /** One writer at a time: three builds started at once into one folder all succeed, one after another. */
    @Test
    void buildsStartedAtOnceInSeparateProcessesTakeTurns() throws Exception {
        MiniSite site = site(MiniData.BASE);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> running = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path log = root.resolve("log" + i);
            logs.add(log);
            running.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "reportsite.cli.Main", "build", "--clean",
                    "--content", site.content().toString(), "--templates", root.resolve("templates").toString(), "--out", site.out().toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        for (int i = 0; i < running.size(); i++) {
            Process p = running.get(i);
            // A hang guard only: three small builds take seconds.
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "build " + i + " finished");
            assertEquals(0, p.exitValue(), Files.readString(logs.get(i)));
        }
        assertTrue(Files.isRegularFile(site.out().resolve("index.html")));
        try (var siblings = Files.list(root)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList(),
                    "no staging folder is left behind");
        }
    }
}
