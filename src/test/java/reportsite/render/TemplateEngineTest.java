package reportsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.source.SourceReader;

class TemplateEngineTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<String> render(String name, String template, Map<String, Object> model) throws IOException {
        Files.writeString(dir.resolve(name), template);
        return new TemplateEngine(dir).render(name, model, diagnostics);
    }

    private Diagnostic onlyError() {
        List<Diagnostic> errors = diagnostics.errors();
        assertEquals(1, errors.size(), errors::toString);
        return errors.get(0);
    }

    private String file(String name) {
        return SourceReader.display(dir.resolve(name));
    }

    @Test
    void rendersAndEscapesHtml() throws IOException {
        assertEquals(Optional.of("<p>a &lt;b&gt; &amp; 3</p>"),
                render("ok.ftlh", "<p>${text} ${n}</p>", Map.of("text", "a <b> &", "n", 3)));
        assertTrue(diagnostics.all().isEmpty());
    }

    @Test
    void reportsASyntaxErrorWithFileLineAndColumn() throws IOException {
        assertEquals(Optional.empty(), render("broken.ftlh", "<html>\n<p>\n  ${title\n</p>\n", Map.of("title", "x")));
        Diagnostic d = onlyError();
        assertTrue(d.message().startsWith("template syntax: "), d.message());
        // FreeMarker notices the unclosed ${ at the next token, the '/' of </p>.
        assertEquals(new Position(file("broken.ftlh"), 4, 2), d.position(), d.format());
        assertEquals("</p>", d.sourceLine());
    }

    @Test
    void reportsAnUnclosedDirectiveAtTheEnd() throws IOException {
        render("unclosed.ftlh", "line one\n  <#if x>\n  yes\n", Map.of("x", true));
        Diagnostic d = onlyError();
        assertTrue(d.message().startsWith("template syntax: Unexpected end of file reached. You have an unclosed #if."), d.message());
        assertEquals(new Position(file("unclosed.ftlh"), 3, 6), d.position(), d.format());
    }

    @Test
    void reportsAnUndefinedVariableAtItsPlace() throws IOException {
        render("undefined.ftlh", "<p>\n  Hello ${nobody}</p>\n", Map.of());
        Diagnostic d = onlyError();
        assertTrue(d.message().startsWith("template error: "), d.message());
        assertEquals(new Position(file("undefined.ftlh"), 2, 11), d.position(), d.format());
        assertTrue(d.hint().contains("nobody"), d.hint());
    }

    @Test
    void reportsAMissingTemplate() throws IOException {
        assertEquals(Optional.empty(), new TemplateEngine(dir).render("nope.ftlh", Map.of(), diagnostics));
        Diagnostic d = onlyError();
        assertEquals("template not found", d.message());
        assertEquals(Position.ofFile(file("nope.ftlh")), d.position());
    }

    @Test
    void refusesNew() throws IOException {
        Optional<String> out = render("new.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", Map.of());
        assertEquals(Optional.empty(), out);
        Diagnostic d = onlyError();
        assertTrue(d.message().contains("Instantiating freemarker.template.utility.Execute is not allowed"), d.message());
        assertEquals(new Position(file("new.ftlh"), 1, 1), d.position(), d.format());
    }

    @Test
    void refusesApi() throws IOException {
        Optional<String> out = render("api.ftlh", "${text?api.getClass().getName()}", Map.of("text", "x"));
        assertEquals(Optional.empty(), out);
        Diagnostic d = onlyError();
        assertEquals(file("api.ftlh"), d.position().file());
        assertEquals(1, d.position().line(), d.format());
        assertTrue(d.message().contains("api"), d.message());
    }
}
