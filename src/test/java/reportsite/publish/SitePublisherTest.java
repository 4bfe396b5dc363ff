package reportsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.MiniSite;
import reportsite.diag.UserError;

class SitePublisherTest {

    @TempDir
    Path root;

    private Path content() throws IOException {
        return Files.createDirectories(root.resolve("content"));
    }

    private Path templates() throws IOException {
        return Files.createDirectories(root.resolve("templates"));
    }

    private String refusal(Path out) throws IOException {
        Path c = content();
        Path t = templates();
        UserError e = assertThrows(UserError.class, () -> SitePublisher.checkOutput(out, c, t));
        return e.diagnostics().get(0).message();
    }

    @Test
    void refusesTheRoot() throws IOException {
        assertTrue(refusal(Path.of("/")).startsWith("refusing to use the file-system root"));
    }

    @Test
    void refusesTheHomeFolder() throws IOException {
        assertTrue(refusal(Path.of(System.getProperty("user.home"))).startsWith("refusing to use the home folder"));
    }

    @Test
    void refusesAFolderOverlappingTheInputs() throws IOException {
        assertTrue(refusal(root).contains("overlaps the input folder"), "a parent of content/");
        assertTrue(refusal(root.resolve("content")).contains("overlaps the input folder"), "content/ itself");
        assertTrue(refusal(root.resolve("content/site")).contains("overlaps the input folder"), "inside content/");
        assertTrue(refusal(root.resolve("templates/out")).contains("overlaps the input folder"), "inside templates/");
    }

    @Test
    void refusesANonEmptyFolderItDidNotMake() throws IOException {
        Path out = Files.createDirectories(root.resolve("docs"));
        Files.writeString(out.resolve("thesis.tex"), "precious");
        assertTrue(refusal(out).contains("is not empty and was not made by report-site"));
        assertEquals("precious", Files.readString(out.resolve("thesis.tex")));
    }

    @Test
    void refusesAFile() throws IOException {
        Path out = root.resolve("site");
        Files.writeString(out, "x");
        assertTrue(refusal(out).contains("is a file"));
    }

    @Test
    void acceptsANewAnEmptyOrItsOwnFolder() throws IOException {
        Path c = content();
        Path t = templates();
        SitePublisher.checkOutput(root.resolve("new"), c, t);
        SitePublisher.checkOutput(Files.createDirectories(root.resolve("empty")), c, t);
        Path own = Files.createDirectories(root.resolve("own"));
        Files.writeString(own.resolve(SitePublisher.MARKER), "");
        Files.writeString(own.resolve("index.html"), "old");
        SitePublisher.checkOutput(own, c, t);
    }

    @Test
    void publishReplacesTheWholeFolder() throws IOException {
        Path out = root.resolve("site");
        SitePublisher.publish(out, Map.of("a.html", bytes("A"), "sub/b.html", bytes("B")));
        assertEquals(Map.of(".report-site", "", "a.html", "A", "sub/b.html", "B"), texts(out));
        SitePublisher.publish(out, Map.of("c.html", bytes("C")));
        assertEquals(Map.of(".report-site", "", "c.html", "C"), texts(out), "files of the old site are gone");
        assertFalse(Files.exists(root.resolve(".site.old")));
        assertFalse(Files.exists(root.resolve(".site.staging")));
    }

    @Test
    void refusesAPathEscapingTheOutput() {
        assertThrows(IllegalStateException.class,
                () -> SitePublisher.publish(root.resolve("site"), Map.of("../evil.html", bytes("x"))));
        assertFalse(Files.exists(root.resolve("evil.html")));
    }

    @Test
    void recoverRestoresAHalfSwappedState() throws IOException {
        // Killed between the two renames: the old site sits in .site.old, site/ is missing.
        Path old = Files.createDirectories(root.resolve(".site.old"));
        Files.writeString(old.resolve("index.html"), "previous");
        Files.writeString(old.resolve(SitePublisher.MARKER), "");
        Path staging = Files.createDirectories(root.resolve(".site.staging/charts"));
        Files.writeString(staging.resolve("half.png"), "partial");

        SitePublisher.recover(root.resolve("site"));

        assertEquals(Map.of(".report-site", "", "index.html", "previous"), texts(root.resolve("site")));
        assertFalse(Files.exists(root.resolve(".site.old")));
        assertFalse(Files.exists(root.resolve(".site.staging")));
    }

    @Test
    void recoverAfterTheSwapKeepsTheNewSite() throws IOException {
        // Killed after both renames, before the old site was deleted.
        Path out = Files.createDirectories(root.resolve("site"));
        Files.writeString(out.resolve("index.html"), "new");
        Path old = Files.createDirectories(root.resolve(".site.old"));
        Files.writeString(old.resolve("index.html"), "previous");

        SitePublisher.recover(out);

        assertEquals(Map.of("index.html", "new"), texts(out));
        assertFalse(Files.exists(old));
    }

    // ------------------------------------------------------------ through a whole build

    @Test
    void aFailedBuildLeavesThePreviousOutputByteIdentical() {
        MiniSite site = new MiniSite(root);
        site.build();
        Map<String, String> before = MiniSite.digest(MiniSite.tree(site.out()));
        assertTrue(before.containsKey("index.html") && before.containsKey("charts/capex-chart.png"), before::toString);

        site.write("content/index.md", MiniSite.INDEX + "\nBroken {{ acme.nothing@2025 }}\n");
        UserError e = assertThrows(UserError.class, site::build);
        assertEquals("unknown metric 'nothing'", e.diagnostics().get(0).message());

        assertEquals(before, MiniSite.digest(MiniSite.tree(site.out())));
        assertFalse(Files.exists(root.resolve(".site.staging")));
    }

    @Test
    void filesOfDeletedPagesAreGoneAfterARebuild() {
        MiniSite site = new MiniSite(root);
        site.write("content/extra.md", "---\ntitle: Extra\n---\nMore.\n");
        site.build();
        assertTrue(Files.exists(site.out().resolve("extra.html")));
        site.delete("content/extra.md");
        site.build();
        assertFalse(Files.exists(site.out().resolve("extra.html")));
        assertTrue(Files.exists(site.out().resolve("index.html")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUpdateInPlaceWritesWhatChangedAndDeletesWhatWent() throws IOException {
        Path out = root.resolve("site");
        byte[] same = "same".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> before = Map.of("index.html", same, "old.html", new byte[] {1}, "a/b.css", new byte[] {2});
        SitePublisher.publish(out, before);
        assertTrue(SitePublisher.holds(out, before));
        long untouched = Files.getLastModifiedTime(out.resolve("index.html")).toMillis();
        Files.setLastModifiedTime(out.resolve("index.html"), java.nio.file.attribute.FileTime.fromMillis(untouched - 60_000));

        Map<String, byte[]> after = Map.of("index.html", "same".getBytes(StandardCharsets.UTF_8), "a/b.css", new byte[] {3},
                "new/page.html", new byte[] {4});
        assertEquals(3, SitePublisher.update(out, before, after), "one file changed, one added, one deleted");
        assertEquals(Map.of("index.html", "same", "a/b.css", "\u0003", "new/page.html", "\u0004", SitePublisher.MARKER, ""), texts(out));
        assertEquals(untouched - 60_000, Files.getLastModifiedTime(out.resolve("index.html")).toMillis(), "equal bytes are not written");
        assertTrue(SitePublisher.holds(out, after));
        assertFalse(SitePublisher.holds(out, before), "old.html is gone");
        Files.writeString(out.resolve("index.html"), "edited by hand");
        assertFalse(SitePublisher.holds(out, after), "a file of another size");
    }

    private static Map<String, String> texts(Path dir) {
        Map<String, String> out = new java.util.TreeMap<>();
        MiniSite.tree(dir).forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }
}
