package reportsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report-site new} writes a report that builds with the jar alone, without a warning. */
class NewCommandTest {

    private static MainTest.Run buildNew(Path report) {
        // No templates folder in the report: the theme in the jar is the whole theme. An empty
        // folder beside it stands for "no overrides", since ./templates (this repository's) would be found.
        assertFalse(Files.exists(report.resolve("templates")));
        Path none = report.resolveSibling("no-overrides");
        try {
            Files.createDirectories(none);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return MainTest.run("build", "--content", report.resolve("content").toString(), "--templates",
                none.toString(), "--out", report.resolve("site").toString());
    }

    @Test
    void aNewReportBuildsWithNoWarning(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("capex");
        MainTest.Run made = MainTest.run("new", report.toString(), "--entities", "microsoft,amazon", "--title", "Cloud capex \"2025\"");
        assertEquals(0, made.exit(), made.err());
        assertTrue(made.out().contains("samples"), made.out());
        for (String f : List.of("content/metrics.yaml", "content/data/observations.csv", "content/index.md", ".gitignore",
                ".github/workflows/pages.yml")) {
            assertTrue(Files.isRegularFile(report.resolve(f)), f);
        }
        assertTrue(Files.readString(report.resolve(".gitignore")).contains("/.cache/"));
        assertTrue(Files.readString(report.resolve("content/metrics.yaml")).contains("observations_from: [data/observations.csv]"));
        assertTrue(Files.readString(report.resolve("content/data/observations.csv")).contains("Sample figure"));

        MainTest.Run built = buildNew(report);
        assertEquals(0, built.exit(), built.err());
        assertEquals("", built.err(), "no warning");
        Document home = Jsoup.parse(Files.readString(report.resolve("site/index.html"), StandardCharsets.UTF_8));
        assertEquals("Cloud capex \"2025\"", home.select("h1").text());
        assertEquals(1, home.select("figure img[src*=capex-quarterly]").size(), home.select("figure").outerHtml());
        assertTrue(home.select("main, article").text().contains("US$24"), home.text());
        assertTrue(Files.isRegularFile(report.resolve("site/company-microsoft.html")));
    }

    @Test
    void aNewReportInTwoLanguagesBuildsWithNoWarning(@TempDir Path tmp) {
        Path report = tmp.resolve("r");
        assertEquals(0, MainTest.run("new", report.toString(), "--languages", "en,zh").exit());
        MainTest.Run built = buildNew(report);
        assertEquals(0, built.exit(), built.err());
        assertEquals("", built.err(), "no warning");
        assertTrue(Files.isRegularFile(report.resolve("site/zh/index.html")));
    }

    @Test
    void aNonEmptyFolderIsRefusedAndLeftAlone(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        MainTest.Run r = MainTest.run("new", tmp.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("the folder " + tmp + " is not empty"), r.err());
        assertTrue(r.err().contains("hint: "), r.err());
        assertEquals(List.of(tmp.resolve("notes.txt")), Files.list(tmp).toList());
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path tmp) {
        assertEquals(2, MainTest.run("new", tmp.resolve("a").toString(), "--languages", "fr").exit());
        assertEquals(2, MainTest.run("new", tmp.resolve("b").toString(), "--entities", "Micro Soft").exit());
        assertFalse(Files.exists(tmp.resolve("a")));
    }
}
