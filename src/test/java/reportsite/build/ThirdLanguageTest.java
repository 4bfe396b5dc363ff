package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;
import reportsite.data.Language;
import reportsite.diag.UserError;

/**
 * A language the tool does not ship, added the way docs/i18n.md says: a rules file
 * ({@code languages/ja.yaml}, here on the test class path) and the site's
 * {@code templates/i18n/ja.yaml}, with no code. The golden fixture is built with a Japanese
 * edition in place of its Chinese one, and the Japanese pages write numbers, periods and dates
 * by the Japanese rules: 億 where Chinese writes 亿, 年度 for a fiscal year. Its charts need a font
 * with Japanese glyphs, which the tool does not ship: the build refuses them at the chart.
 */
class ThirdLanguageTest {

    @TempDir
    Path dir;

    @Test
    void aLanguageIsARulesFileAndATranslationWithoutCode() throws IOException {
        assertFalse(Files.exists(Path.of("src/main/resources/languages/ja.yaml")), "Japanese is not shipped: the fixture adds it");
        Path content = dir.resolve("content");
        Path templates = dir.resolve("templates");
        copy(GoldenSiteTest.FIXTURE, content);
        copy(Path.of("templates"), templates);
        // The site builds English and Japanese; its texts' Chinese entries stand in for Japanese ones.
        Path metrics = content.resolve("metrics.yaml");
        Files.writeString(metrics, Files.readString(metrics).replace("languages: [en, zh]", "languages: [en, ja]")
                .replace(" zh: ", " ja: "));
        Files.move(content.resolve("zh"), content.resolve("ja"));
        Files.writeString(templates.resolve("i18n/ja.yaml"), Files.readString(templates.resolve("i18n/zh.yaml"))
                .replace("  name: 中文\n  html: zh-CN\n", "  name: 日本語\n  html: ja\n"));

        BuildConfig config = new BuildConfig(content, templates, dir.resolve("out"), false, false, true, Optional.empty(), false);
        // The charts' CJK font is a subset cut for the Chinese example: Japanese chart texts (億ドル)
        // would be boxes, and the build says so at each chart instead of drawing them.
        UserError tofu = assertThrows(UserError.class, () -> new SiteBuilder(config).check());
        assertTrue(tofu.diagnostics().stream().filter(d -> d.isError())
                        .allMatch(d -> d.message().startsWith("chart '") && d.hint().contains("cjk-font.sh")),
                tofu.diagnostics()::toString);
        assertTrue(tofu.diagnostics().stream().anyMatch(d -> d.message().contains("'億' (U+5104)")), tofu.diagnostics()::toString);
        // Without charts the rest of the Japanese edition needs no font of the tool's: it builds.
        Files.writeString(metrics, Files.readString(metrics).replaceAll("(?s)charts:\n.*?(?=derived:)", ""));
        for (Path page : List.of(content.resolve("index.md"), content.resolve("ja/index.md"))) {
            Files.writeString(page, Files.readString(page).replaceAll("\\{\\{ (chart|ref) (capex-chart|users-line) }}", ""));
        }
        BuildResult r = new SiteBuilder(config).check();

        assertEquals("Japanese", Language.ofCode("ja").orElseThrow().englishName());
        Document ja = page(r, "ja/index.html");
        assertEquals("ja", ja.selectFirst("html").attr("lang"));
        String text = ja.selectFirst("main").text();
        assertTrue(text.contains("386.8億人民元"), "myriads with the language's unit and currency names: " + text);
        assertTrue(text.contains("2025年4月～6月"), "calendar months by the language's patterns: " + text);
        List<String> figures = ja.select(".fig").eachText();
        assertTrue(figures.stream().noneMatch(f -> f.contains("亿")) && figures.stream().anyMatch(f -> f.contains("億")),
                "every figure in Japanese units: " + figures);
        String table = page(r, "ja/company-acme.html").selectFirst("main").text();
        assertTrue(table.contains("2026年度第1四半期"), "a fiscal quarter in Japanese: " + table);
        assertTrue(page(r, "ja/sources.html").selectFirst("main").text().contains("2025年8月29日"), "a source's date in Japanese");
        assertEquals("en", page(r, "index.html").selectFirst("html").attr("lang"), "the default edition is unchanged");
    }

    private static Document page(BuildResult r, String path) {
        byte[] html = r.files().get(path);
        assertTrue(html != null, path + " is built");
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
