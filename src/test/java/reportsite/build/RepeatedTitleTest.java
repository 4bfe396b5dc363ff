package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.diag.Diagnostic;

/** A page whose body starts with a heading equal to its title gets a warning at that heading. */
class RepeatedTitleTest {

    private static List<Diagnostic> warnings(Path tmp, String body) {
        MiniSite site = new MiniSite(tmp);
        site.write("content/about.md", "---\ntitle: About *this* report\norder: 2\n---\n\n" + body);
        return new SiteBuilder(site.config(false, false)).check().warnings().stream()
                .filter(w -> w.message().contains("repeats the page's title")).toList();
    }

    @Test
    void aHeadingEqualToTheTitleIsAWarningAtItsLine(@TempDir Path tmp) {
        List<Diagnostic> w = warnings(tmp, "<!-- intro -->\n# About this  report\n\nText.\n");
        assertEquals(1, w.size());
        assertEquals(tmp.resolve("content/about.md").normalize().toString().replace('\\', '/') + ":7:1", w.get(0).position().toString());
        assertEquals("# About this  report", w.get(0).sourceLine());
    }

    @Test
    void anotherHeadingOrALaterOneIsNot(@TempDir Path tmp) {
        assertEquals(List.of(), warnings(tmp.resolve("a"), "# Background\n\nText.\n"));
        assertEquals(List.of(), warnings(tmp.resolve("b"), "Text first.\n\n# About this report\n"));
    }
}
