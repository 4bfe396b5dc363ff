package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;
import reportsite.diag.Diagnostic;
import reportsite.source.Theme;

/** A report without a templates folder uses the theme in the jar; a folder overrides it file by file. */
class BuiltInThemeTest {

    private static BuildResult check(MiniSite site, Path templates) {
        return new SiteBuilder(new BuildConfig(site.content(), templates, site.out(), false, false, true)).check();
    }

    @Test
    void aReportWithoutTemplatesIsTheSameAsWithTheRepositorysTemplates(@TempDir Path tmp) {
        MiniSite site = new MiniSite(tmp);
        Map<String, byte[]> withFolder = check(site, Path.of("templates")).files();
        Map<String, byte[]> builtIn = check(site, tmp.resolve("no-templates")).files();
        assertEquals(withFolder.keySet(), builtIn.keySet());
        withFolder.forEach((path, bytes) -> assertArrayEquals(bytes, builtIn.get(path), path));
        assertTrue(builtIn.containsKey("assets/style.css"));
    }

    @Test
    void oneFileOfTheFolderWinsTheRestComeFromTheJar(@TempDir Path tmp) throws Exception {
        MiniSite site = new MiniSite(tmp);
        site.write("templates/assets/style.css", "body { color: red }\n");
        String page = Theme.builtInFile("page.ftlh").orElseThrow().text().replace("<h1>${page.title}</h1>", "<h1 class=\"mine\">${page.title}</h1>");
        site.write("templates/page.ftlh", page);
        BuildResult r = check(site, tmp.resolve("templates"));
        assertEquals("body { color: red }\n", new String(r.files().get("assets/style.css"), StandardCharsets.UTF_8));
        assertTrue(r.files().containsKey("assets/search.js"), "the other assets come from the jar");
        assertEquals(1, Jsoup.parse(new String(r.files().get("index.html"), StandardCharsets.UTF_8)).select("h1.mine").size());
        Theme.Overrides o = new Theme(tmp.resolve("templates")).overrides();
        assertEquals(List.of("assets/style.css", "page.ftlh"), o.replaced());
        assertTrue(r.warnings().isEmpty(), () -> r.warnings().toString());
    }

    @Test
    void anOverrideThatNoLongerUsesAVariableOfTheThemeIsAWarningAtItsFile(@TempDir Path tmp) {
        MiniSite site = new MiniSite(tmp);
        String page = Theme.builtInFile("page.ftlh").orElseThrow().text();
        // The copy writes its labels in English instead of reading them from 'ui': only a name the
        // theme reads that the copy never reads is reported.
        site.write("templates/page.ftlh", page.replace("${ui.references.title}", "References")
                .replace("${ui.nav.on_this_page}", "On this page").replace("${ui.sources.end}", "")
                .replace("?replace(\"{n}\", \"\" + (b?index + 1))?replace(\"{id}\", \"\" + r.id)", "")
                .replace("ui.references.back", "\"back\"").replace("ui.sources.entry", "\"{publisher}: {title}, {date}.\""));
        BuildResult r = check(site, tmp.resolve("templates"));
        List<Diagnostic> w = r.warnings().stream().filter(d -> d.message().contains("never uses")).toList();
        assertEquals(1, w.size(), () -> r.warnings().toString());
        assertEquals("this template never uses 'ui', which the built-in page.ftlh uses", w.get(0).message());
        assertEquals(tmp.resolve("templates/page.ftlh").normalize().toString().replace('\\', '/') + ":1:1",
                w.get(0).position().toString());
        assertFalse(w.get(0).hint().isEmpty());
    }

    @Test
    void anEnglishStringsFileOlderThanTheThemeIsAWarningAtItsSection(@TempDir Path tmp) throws Exception {
        MiniSite site = new MiniSite(tmp);
        String en = Theme.builtInFile("i18n/en.yaml").orElseThrow().text();
        site.write("templates/i18n/en.yaml", en.replaceFirst("(?m)^  on_this_page: .*\\n", ""));
        BuildResult r = check(site, tmp.resolve("templates"));
        assertTrue(r.warnings().stream().anyMatch(d -> d.message().equals("interface string 'nav.on_this_page' of the built-in theme is missing")),
                () -> r.warnings().toString());
    }

    @Test
    void aStringAnOlderFileLacksIsTheBuiltInOneSoThatTheChartsStillHaveTheirWords(@TempDir Path tmp) throws Exception {
        MiniSite site = new MiniSite(tmp);
        String en = Theme.builtInFile("i18n/en.yaml").orElseThrow().text();
        String older = en.replaceFirst("(?m)^    clause: .*\\n", "").replaceFirst("(?m)^  on_this_page: .*\\n", "");
        assertTrue(older.length() < en.length() - 20, "two strings taken out");
        site.write("templates/i18n/en.yaml", older);
        BuildResult r = new SiteBuilder(new BuildConfig(site.content(), tmp.resolve("templates"), site.out(), false, false, true)).build();
        assertTrue(r.warnings().stream().anyMatch(d -> d.message().equals("interface string 'nav.on_this_page' of the built-in theme is missing")),
                () -> r.warnings().toString());
        assertTrue(r.charts() > 0 && r.files().keySet().stream().anyMatch(p -> p.endsWith(".png")), "the charts are drawn");
    }

    @Test
    void theBuiltInThemeIsTheRepositorysTemplatesFolder() throws Exception {
        try (var walk = Files.walk(Path.of("templates"))) {
            long files = walk.filter(Files::isRegularFile).count();
            assertEquals(files, Theme.builtIn().size());
        }
        assertTrue(new Theme(Path.of("templates")).overrides().none());
    }
}
