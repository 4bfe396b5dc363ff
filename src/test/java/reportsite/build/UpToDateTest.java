package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;

/** A build is skipped only when its inputs and its output folder are as the last build left them. */
class UpToDateTest {

    @TempDir
    Path root;

    private BuildResult build(MiniSite site) {
        return new SiteBuilder(new BuildConfig(site.content(), Path.of("templates"), site.out(), false, false, false)).build();
    }

    @Test
    void aSecondBuildIsSkippedAndGivesTheWarningsAgain() {
        MiniSite site = new MiniSite(root).write("content/other.md", "---\ntitle: Other\n---\nNo chart here.\n");
        BuildResult first = build(site);
        BuildResult second = build(site);
        assertFalse(first.upToDate());
        assertTrue(second.upToDate());
        assertEquals(first.warnings(), second.warnings());
        assertEquals(first.pages(), second.pages());
        assertEquals(first.files().keySet(), second.files().keySet());
    }

    @Test
    void anOutputFileChangedByHandIsPutBack() throws IOException {
        MiniSite site = new MiniSite(root);
        build(site);
        Path index = site.out().resolve("index.html");
        String good = Files.readString(index);
        Files.writeString(index, "edited by hand");
        assertFalse(build(site).upToDate());
        assertEquals(good, Files.readString(index));
    }

    @Test
    void anExtraOutputFileMakesTheBuildRun() throws IOException {
        MiniSite site = new MiniSite(root);
        build(site);
        Files.writeString(site.out().resolve("stray.html"), "<p>stray</p>");
        assertFalse(build(site).upToDate());
        assertFalse(Files.exists(site.out().resolve("stray.html")));
    }
}
