package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.config.BuildConfig;
import reportsite.data.MiniData;

/**
 * Every page must be valid HTML by the Nu Html Checker: the repository's example, and a small
 * site with a base URL (preview-image meta tags, the absolute 404 page). Warnings are allowed.
 */
class HtmlValidityTest {

    static HtmlChecker checker;

    @BeforeAll
    static void startChecker() {
        checker = new HtmlChecker();
    }

    private static void assertValid(Map<String, byte[]> files) {
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (e.getKey().endsWith(".html")) {
                pages++;
                errors.addAll(checker.errors(e.getKey(), e.getValue()));
            }
        }
        assertTrue(pages > 0, "no pages");
        assertTrue(errors.isEmpty(), () -> errors.size() + " HTML errors:\n" + String.join("\n", errors));
    }

    @Test
    void theExampleIsValidHtml() {
        BuildResult r = new SiteBuilder(new BuildConfig(Path.of("content"), Path.of("templates"), Path.of("target/unused"),
                false, false, false)).check();
        assertValid(r.files());
    }

    @Test
    void aSiteWithABaseUrlIsValidHtml(@TempDir Path root) {
        MiniSite site = new MiniSite(root).write("content/metrics.yaml", MiniData.BASE.replace("  reporting_currency: USD\n",
                "  reporting_currency: USD\n  base_url: https://example.org/report/\n"));
        assertValid(new SiteBuilder(site.config(false, false)).check().files());
    }

    @Test
    void theCheckerReportsPageLineAndMessage() {
        String bad = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>x</title></head>\n<body>\n<p><span aria-label=\"x\">y</span>\n"
                + "<img src=\"a.png\">\n</body>\n</html>\n";
        List<String> errors = checker.errors("bad.html", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("bad.html:5:"), errors.get(0));
        assertTrue(errors.get(0).contains("“aria-label” attribute must not be specified on any “span” element"), errors.get(0));
        assertTrue(errors.get(1).startsWith("bad.html:6:") && errors.get(1).contains("alt"), errors.get(1));
    }
}
