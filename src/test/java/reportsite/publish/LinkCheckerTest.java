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

    private static List<Diagnostic> diagnostics(Map<String, String> pages) {
        Map<String, byte[]> files = new TreeMap<>();
        pages.forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        files.put("img/a.png", new byte[0]);
        Diagnostics d = new Diagnostics();
        LinkChecker.check(files, "site", d);
        return d.all();
    }

    private static List<String> check(Map<String, String> pages) {
        return diagnostics(pages).stream().map(Diagnostic::message).sorted().toList();
    }

    /** The messages for one page named index.html, with b.html (id "part") beside it. */
    private static List<String> checkIndex(String html) {
        return check(Map.of("index.html", html, "b.html", "<h2 id=\"part\">Part</h2>"));
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
    void singleQuotedUnquotedAndUpperCaseAttributesAreChecked() {
        assertEquals(List.of(
                "broken link 'gone-1.html': no file gone-1.html in the output",
                "broken link 'gone-2.html': no file gone-2.html in the output",
                "broken link 'gone-3.html': no file gone-3.html in the output",
                "broken link 'gone-4.png': no file gone-4.png in the output"),
                checkIndex("<a href='gone-1.html'>x</a> <a href=gone-2.html>y</a> <A HREF=\"gone-3.html\">z</A>"
                        + " <IMG Src='gone-4.png' alt=''> <a href='b.html#part'>fine</a> <a HrEf=b.html>fine</a>"));
    }

    @Test
    void idsAreReadHoweverTheyAreQuoted() {
        assertEquals(List.of("broken anchor 'b.html#nope': b.html has no id 'nope'"), check(Map.of(
                "index.html", "<a href='b.html#one'>1</a> <a href=b.html#two>2</a> <a href=\"b.html#three\">3</a>"
                        + " <a href='b.html#nope'>4</a>",
                "b.html", "<h2 id='one'>1</h2> <h2 id=two>2</h2> <h2 ID=\"three\">3</h2>")));
    }

    @Test
    void entitiesInUrlsAreDecodedAsTheBrowserDecodesThem() {
        assertEquals(List.of("broken link 'gone&x.html': no file gone&x.html in the output"), check(Map.of(
                "index.html", "<a href=\"a&amp;b.html\">1</a> <a href='a&#38;b.html'>2</a> <a href=a&#x26;b.html>3</a>"
                        + " <a href=\"b&period;html#p&#97;rt\">4</a> <a href=\"gone&amp;x.html\">5</a>",
                "a&b.html", "",
                "b.html", "<h2 id=\"part\">Part</h2>")));
    }

    @Test
    void everySrcsetCandidateIsChecked() {
        assertEquals(List.of(
                "broken link 'img/gone.png': no file img/gone.png in the output",
                "broken link 'img/lost.png': no file img/lost.png in the output"),
                checkIndex("<img src=img/a.png srcset='img/a.png 1x,img/gone.png 2x'>"
                        + "<picture><source SRCSET=\"img/a.png 100w, data:image/png;base64,AA,BB 200w, img/lost.png 300w\"></picture>"));
        assertEquals(List.of("a.png", "b.png", "data:image/png;base64,AA,BB", "c.png"),
                PageLinks.srcset(" a.png 1x,b.png, data:image/png;base64,AA,BB 2x ,c.png"));
    }

    @Test
    void scriptSchemesStopTheBuildHoweverTheyAreWritten() {
        List<String> messages = checkIndex("<a href='JavaScript:alert(1)'>1</a> <a href=\"jav&#x61;script:alert(2)\">2</a>"
                + " <a href=\" javascript:alert(3)\">3</a> <a href=\"java&#9;script:alert(4)\">4</a>"
                + " <a href=javascript&colon;alert(5)>5</a> <iframe SRC='VBScript:x'></iframe> <form action='javascript:f()'></form>");
        assertEquals(7, messages.size(), messages.toString());
        messages.forEach(m -> assertEquals(true, m.endsWith("uses the scheme 'javascript:'") || m.endsWith("uses the scheme 'vbscript:'"), m));
    }

    @Test
    void allowedSchemesPassInAnyCase() {
        assertEquals(List.of(), checkIndex("<a href='HTTPS://example.com'>1</a> <a href=Mailto:a@example.com>2</a>"
                + " <img src=\"data:image/png;base64,AA\" alt=\"\"> <a href=\"http://example.com/a:b\">3</a>"
                + " <a href=\"b.html?at=10:30\">4</a> <a href=\"\">self</a>"));
    }

    @Test
    void linksThatLeaveThePageFolderTreeOrAreMalformedAreReported() {
        assertEquals(List.of(
                "broken link '../up.html': it leads out of the site",
                "link '%zz.html' has a malformed %-escape",
                "link '//example.com/x' is not relative",
                "link '\\\\example.com\\x' is not relative"),
                checkIndex("<a href='../up.html'>1</a> <a href='//example.com/x'>2</a> <a href='\\\\example.com\\x'>3</a>"
                        + " <a href='%zz.html'>4</a>"));
    }

    @Test
    void anErrorIsPlacedAtItsAttributeWithTheLineShown() {
        List<Diagnostic> found = diagnostics(Map.of("index.html", "<!doctype html>\n<p>\n  <a class=x href='gone.html'>x</a>\n"));
        assertEquals(1, found.size());
        assertEquals("site/index.html:3:14", found.get(0).position().toString());
        assertEquals("  <a class=x href='gone.html'>x</a>", found.get(0).sourceLine());
    }
}
