package reportsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;

/** Which links and anchors of a set of pages the check accepts, and what it says of the others. */
class LinkCheckerTest {

    private static List<String> check(Map<String, String> pages, LinkChecker.Scans scans) {
        Map<String, byte[]> files = new TreeMap<>();
        pages.forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        files.put("img/a.png", new byte[0]);
        Diagnostics d = new Diagnostics();
        LinkChecker.check(files, "site", d, scans);
        return d.all().stream().map(Diagnostic::message).sorted().toList();
    }

    private static List<String> check(Map<String, String> pages) {
        return check(pages, new LinkChecker.Scans());
    }

    @Test
    void linksImagesSrcsetsAndAnchorsThatResolvePass() {
        assertEquals(List.of(), check(Map.of(
                "index.html", "<a href=\"docs/b.html#part\">b</a> <img src=\"img/a.png\" srcset=\"img/a.png 1x, img/a.png 2x\">"
                        + " <a href=\"?q=1&amp;r=2\">self</a> <a href=\"#top\" id=\"top\">top</a> <a href=\"https://example.com/x\">out</a>",
                "docs/b.html", "<h2 id=\"part\">Part</h2><a href=\"../index.html\">up</a> <a href=\"./\">index of docs</a>",
                "docs/index.html", "<p data-src=\"nowhere.png\" data-id=\"x\">not links</p>")));
    }

    @Test
    void brokenLinksAnchorsAndAbsolutePathsAreReported() {
        assertEquals(List.of(
                "broken anchor 'b.html#gone': b.html has no id 'gone'",
                "broken link 'img/missing.png': no file img/missing.png in the output",
                "broken link 'missing.html': no file missing.html in the output",
                "link '/b.html' is not relative"), check(Map.of(
                "index.html", "<a href=\"missing.html\">x</a> <a href=\"b.html#gone\">y</a> <img src=\"img/a.png\""
                        + " srcset=\"img/a.png 1x, img/missing.png 2x\"> <a href=\"/b.html\">z</a>",
                "b.html", "<p id=\"\">an empty id is no anchor</p>")));
    }

    @Test
    void aPageWhoseBytesAreReusedIsCheckedAgainstTheNewFiles() {
        LinkChecker.Scans scans = new LinkChecker.Scans();
        Map<String, byte[]> files = new TreeMap<>();
        files.put("index.html", "<a href=\"b.html\">b</a>".getBytes(StandardCharsets.UTF_8));
        files.put("b.html", new byte[0]);
        Diagnostics first = new Diagnostics();
        LinkChecker.check(files, "site", first, scans);
        assertEquals(List.of(), first.all());
        // The same bytes (whose scan is kept), now without their target: the link is checked again.
        files.remove("b.html");
        Diagnostics second = new Diagnostics();
        LinkChecker.check(files, "site", second, scans);
        assertEquals(List.of("broken link 'b.html': no file b.html in the output"), second.all().stream().map(Diagnostic::message).toList());
    }
}
