package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;

/** The server's rehearsals do the work of a build and leave no trace of it. */
class RehearsalTest {

    @TempDir
    Path root;

    @Test
    void stepsRunRoundAndRoundAndWriteNothing() {
        MiniSite site = new MiniSite(root);
        site.build();
        BuildConfig config = new BuildConfig(site.content(), Path.of("templates"), site.out(), false, false, false);
        var before = MiniSite.digest(MiniSite.tree(root));
        Rehearsal r = Rehearsal.of(config).orElseThrow();
        // Twice one step per page, one to load the data and one for the generated pages and links; one per chart image.
        long charts = MiniSite.tree(site.out()).keySet().stream().filter(p -> p.endsWith("@2x.png") && !p.contains("-dark")).count();
        assertEquals(2 * (1 + 1 + 1) + 4 * charts, r.size(), "steps of the mini site (one page)");
        for (int i = 0; i < 2 * r.size(); i++) {
            r.step();
        }
        assertEquals(before, MiniSite.digest(MiniSite.tree(root)), "nothing written, in the output, the content or the cache");
    }

    @Test
    void aLargeSiteRehearsesAFewOfItsPages() {
        MiniSite site = new MiniSite(root);
        for (int i = 0; i < Rehearsal.PAGES + 10; i++) {
            site.write("content/p" + i + ".md", "---\ntitle: Page " + i + "\n---\nText " + i + ".\n");
        }
        site.build();
        BuildConfig config = new BuildConfig(site.content(), Path.of("templates"), site.out(), false, false, false);
        long charts = MiniSite.tree(site.out()).keySet().stream().filter(p -> p.endsWith("@2x.png") && !p.contains("-dark")).count();
        assertEquals(2 * (1 + Rehearsal.PAGES + 1) + 4 * charts, Rehearsal.of(config).orElseThrow().size());
    }

    @Test
    void aSiteThatDoesNotBuildHasNoRehearsal() {
        MiniSite site = new MiniSite(root).write("content/metrics.yaml", "entities: [");
        BuildConfig config = new BuildConfig(site.content(), Path.of("templates"), site.out(), false, false, false);
        assertEquals(Optional.empty(), Rehearsal.of(config));
    }
}
