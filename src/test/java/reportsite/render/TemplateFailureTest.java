package reportsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.MiniSite;
import reportsite.build.SiteBuilder;
import reportsite.config.BuildConfig;
import reportsite.diag.Diagnostic;
import reportsite.diag.UserError;
import reportsite.source.SourceReader;

/**
 * A broken page template, used by every Markdown page: one error at the template's position,
 * never a crash. Found by the bad-input corpus: {@code SiteRenderer.render} put the missing HTML
 * of a failed page into a map entry (NullPointerException), and the second page using a template
 * that did not parse got FreeMarker's cached failure as "cannot read template".
 */
class TemplateFailureTest {

    @TempDir
    Path root;

    private List<Diagnostic> errorsWith(String pageTemplate) throws IOException {
        MiniSite site = new MiniSite(root).write("content/notes.md", "---\ntitle: Notes\n---\nMore.\n");
        Path templates = root.resolve("templates");
        try (Stream<Path> walk = Files.walk(Path.of("templates"))) {
            for (Path p : walk.toList()) {
                Path target = templates.resolve(Path.of("templates").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(templates.resolve("page.ftlh"), pageTemplate);
        BuildConfig config = new BuildConfig(site.content(), templates, site.out(), false, false, true);
        // A page template this small also gets warnings for the theme's variables it leaves out (see BuiltInThemeTest).
        return assertThrows(UserError.class, () -> new SiteBuilder(config).check()).diagnostics().stream()
                .filter(Diagnostic::isError).toList();
    }

    @Test
    void anErrorInThePageTemplateIsReportedOnceNotAsACrash() throws IOException {
        List<Diagnostic> errors = errorsWith("<h1>${page.titel}</h1>\n");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(SourceReader.display(root.resolve("templates/page.ftlh")) + ":1:7", errors.get(0).position().toString());
        assertEquals(true, errors.get(0).message().startsWith("template error: "), errors.get(0).message());
    }

    @Test
    void aSyntaxErrorInThePageTemplateIsReportedOnceAtItsPosition() throws IOException {
        List<Diagnostic> errors = errorsWith("<p>ok</p>\n<h1>${page.title</h1>\n");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(SourceReader.display(root.resolve("templates/page.ftlh")) + ":2:18", errors.get(0).position().toString());
        assertEquals(true, errors.get(0).message().startsWith("template syntax: "), errors.get(0).message());
    }
}
