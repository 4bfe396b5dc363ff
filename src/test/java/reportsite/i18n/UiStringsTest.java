package reportsite.i18n;

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
import reportsite.data.Language;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;
import reportsite.render.TemplateEngine;
import reportsite.source.Theme;

class UiStringsTest {

    private static final SourceText EN = new SourceText("templates/i18n/en.yaml", """
            nav:
              sources: Sources
              overview: Overview
            figure:
              data_as_of: "Data as of {date}."
            """);

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<UiStrings> zh(String text) {
        return UiStrings.parse(EN, new SourceText("templates/i18n/zh.yaml", text), Language.ZH, diagnostics);
    }

    private Diagnostic onlyError() {
        List<Diagnostic> errors = diagnostics.errors();
        assertEquals(1, errors.size(), errors::toString);
        return errors.get(0);
    }

    @Test
    void theProjectsFilesHaveTheSameKeysAndPlaceholders() {
        for (Language lang : List.of(Language.EN, Language.ZH)) {
            Optional<UiStrings> ui = UiStrings.load(Path.of("templates"), lang, diagnostics);
            assertTrue(ui.isPresent(), diagnostics.all().toString());
            assertEquals(lang.htmlLang(), ui.get().get("language.html"), "the file's lang attribute is its language's");
        }
        assertEquals(List.of(), diagnostics.all());
        UiStrings zh = UiStrings.load(Path.of("templates"), Language.ZH, diagnostics).orElseThrow();
        assertEquals("资料来源", zh.get("nav.sources"));
        assertEquals("数据截至2025年9月30日。", zh.format("figure.data_as_of", Map.of("date", "2025年9月30日")));
        assertEquals("zh-CN", zh.get("language.html"));
    }

    @Test
    void templatesReadThemAsUiDotKey() throws IOException {
        UiStrings en = UiStrings.parse(EN, EN, Language.EN, diagnostics).orElseThrow();
        assertEquals("Sources", ((Map<?, ?>) en.model().get("nav")).get("sources"));
        assertEquals(List.of("nav", "figure"), List.copyOf(en.model().keySet()), "file order");
    }

    @Test
    void rendersInATemplate(@TempDir Path dir) throws IOException {
        UiStrings en = UiStrings.parse(EN, EN, Language.EN, diagnostics).orElseThrow();
        Files.writeString(dir.resolve("t.ftlh"), "<a>${ui.nav.sources}</a> ${ui.figure.data_as_of?replace(\"{date}\", d)}");
        assertEquals(Optional.of("<a>Sources</a> Data as of 30 Sep 2025."),
                new TemplateEngine(dir).render("t.ftlh", Map.of("ui", en.model(), "d", "30 Sep 2025"), diagnostics));
        Files.writeString(dir.resolve("bad.ftlh"), "<a>\n  ${ui.nav.sorces}</a>");
        assertEquals(Optional.empty(), new TemplateEngine(dir).render("bad.ftlh", Map.of("ui", en.model()), diagnostics));
        Diagnostic d = onlyError();
        assertEquals(2, d.position().line(), "a template asking for a missing string fails at its own line: " + d.format());
    }

    @Test
    void aMissingKeyIsReportedAtItsSection() {
        assertEquals(Optional.empty(), zh("""
                nav:
                  sources: 资料来源
                figure:
                  data_as_of: "数据截至{date}。"
                """));
        Diagnostic d = onlyError();
        assertEquals(new Position("templates/i18n/zh.yaml", 1, 1), d.position(), d.format());
        assertEquals("missing interface string 'nav.overview'", d.message());
        assertEquals("add it, translated from \"Overview\" (templates/i18n/en.yaml:3:3)", d.hint());
        assertEquals("nav:", d.sourceLine());
    }

    @Test
    void aMissingSectionIsReportedAtTheTop() {
        zh("""
                nav:
                  sources: 资料来源
                  overview: 概览
                """);
        Diagnostic d = onlyError();
        assertEquals(new Position("templates/i18n/zh.yaml", 1, 1), d.position());
        assertEquals("missing interface string 'figure.data_as_of'", d.message());
    }

    @Test
    void anUnknownKeyIsReportedWhereItIsWithASuggestion() {
        zh("""
                nav:
                  sources: 资料来源
                  overview: 概览
                  overveiw: 概览
                figure:
                  data_as_of: "数据截至{date}。"
                """);
        Diagnostic d = onlyError();
        assertEquals(new Position("templates/i18n/zh.yaml", 4, 3), d.position(), d.format());
        assertEquals("unknown interface string 'nav.overveiw'", d.message());
        assertTrue(d.hint().startsWith("did you mean 'nav.overview'?"), d.hint());
    }

    @Test
    void aTranslatedPlaceholderIsAnError() {
        zh("""
                nav:
                  sources: 资料来源
                  overview: 概览
                figure:
                  data_as_of: "数据截至{日期}。"
                """);
        Diagnostic d = onlyError();
        assertEquals(new Position("templates/i18n/zh.yaml", 5, 3), d.position(), d.format());
        assertEquals("interface string 'figure.data_as_of' has placeholders [], the English one [date]", d.message());
    }

    @Test
    void anEmptyOrDuplicateStringIsAnError() {
        zh("""
                nav:
                  sources:
                  overview: 概览
                  overview: 概览
                figure:
                  data_as_of: "数据截至{date}。"
                """);
        List<Diagnostic> errors = diagnostics.errors();
        assertEquals(2, errors.size(), errors::toString);
        assertEquals("interface string 'nav.sources' has no text", errors.get(0).message());
        assertEquals(new Position("templates/i18n/zh.yaml", 2, 11), errors.get(0).position());
        assertEquals("duplicate interface string 'nav.overview'", errors.get(1).message());
        assertEquals(new Position("templates/i18n/zh.yaml", 4, 3), errors.get(1).position());
    }

    @Test
    void badYamlIsPositioned() {
        zh("nav:\n  sources: [资料来源\n");
        Diagnostic d = diagnostics.errors().get(0);
        assertTrue(d.message().startsWith("YAML syntax"), d.message());
        assertEquals("templates/i18n/zh.yaml", d.position().file());
        assertTrue(d.position().line() >= 2, d.format());
    }

    @Test
    void aMissingFileSaysHowToStartOne(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("i18n"));
        Files.writeString(dir.resolve("i18n/en.yaml"), EN.text() + "extra:\n  word: Word\n");
        assertEquals(Optional.empty(), UiStrings.load(dir, Language.ZH, diagnostics));
        Diagnostic d = onlyError();
        assertTrue(d.message().startsWith("cannot read the interface strings of 'zh': the built-in ones do not match"), d.message());
        assertTrue(d.position().file().endsWith("i18n/zh.yaml"), d.format());
        assertTrue(d.hint().startsWith("copy "), d.hint());
    }

    @Test
    void withoutAFileTheBuiltInTranslationServes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("i18n"));
        Files.writeString(dir.resolve("i18n/en.yaml"), Theme.builtInFile("i18n/en.yaml").orElseThrow().text());
        assertTrue(UiStrings.load(dir, Language.ZH, diagnostics).isPresent());
        assertTrue(UiStrings.load(dir.resolve("none"), Language.ZH, diagnostics).isPresent());
        assertEquals(List.of(), diagnostics.all());
    }
}
