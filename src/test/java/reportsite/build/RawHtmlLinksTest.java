package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.cli.ExitCodes;
import reportsite.cli.Main;
import reportsite.diag.Diagnostic;
import reportsite.diag.UserError;

/**
 * Links written as raw HTML in the Markdown, end to end: without {@code --safe} a script link
 * (however it is quoted or spelled) and a broken link stop the build at their place in the page;
 * with {@code --safe} the script link is gone and the site builds.
 */
class RawHtmlLinksTest {

    private static final String NOTES = """
            ---
            title: Notes
            ---
            Some text.

            <p>A <a href='JavaScript:alert(1)'>script link</a> and a <a href='nowhere.html'>broken one</a>.</p>

            Inline: <a HREF=jav&#x61;script:alert(2)>two</a>, <a href=" javascript:alert(3)">three</a>.
            """;

    @TempDir
    Path root;

    private MiniSite site() {
        return new MiniSite(root).write("content/notes.md", NOTES);
    }

    @Test
    void scriptAndBrokenLinksInRawHtmlStopTheBuildAtTheirPlace() {
        List<Diagnostic> errors = assertThrows(UserError.class, () -> new SiteBuilder(site().config(false, false)).check())
                .diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of("broken link 'nowhere.html': no file nowhere.html in the output",
                "link ' javascript:alert(3)' uses the scheme 'javascript:'",
                "link 'JavaScript:alert(1)' uses the scheme 'javascript:'",
                "link 'javascript:alert(2)' uses the scheme 'javascript:'"),
                errors.stream().map(Diagnostic::message).sorted().toList());
        for (Diagnostic d : errors) {
            assertTrue(d.position().file().endsWith("site/notes.html"), d.format());
            assertTrue(d.position().line() > 0 && d.position().column() > 0, d.format());
            String attribute = d.sourceLine().substring(d.position().column() - 1).toLowerCase(java.util.Locale.ROOT);
            assertTrue(attribute.startsWith("href="), "the column points at the attribute:\n" + d.format());
        }
    }

    @Test
    void theCommandLineReportsTheErrorWithItsPositionAndWritesNothing() {
        MiniSite site = site();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("build",
                "--content", site.content().toString(), "--templates", "templates", "--out", site.out().toString());
        assertEquals(ExitCodes.BAD_INPUT, exit, err.toString());
        assertTrue(err.toString().lines().anyMatch(l -> l.matches(".*site/notes\\.html:\\d+:\\d+: error: link 'JavaScript:alert\\(1\\)'.*")),
                err.toString());
        assertTrue(err.toString().lines().anyMatch(l -> l.matches(".*site/notes\\.html:\\d+:\\d+: error: broken link 'nowhere\\.html'.*")),
                err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertFalse(site.out().resolve("notes.html").toFile().exists());
    }

    @Test
    void safeModeDropsTheScriptLinksAndBuilds() {
        MiniSite site = new MiniSite(root).write("content/notes.md", NOTES.replace("<a href='nowhere.html'>broken one</a>", "fine"));
        BuildResult r = new SiteBuilder(site.config(false, true)).check();
        Document notes = Jsoup.parse(new String(r.files().get("notes.html"), StandardCharsets.UTF_8));
        assertEquals(List.of(), ScriptInjectionTest.unsafe(java.util.Map.of("notes.html", notes)));
        assertEquals(List.of(), notes.select("main a:contains(script link), main a:contains(two), main a:contains(three)").eachAttr("href"));
    }
}
