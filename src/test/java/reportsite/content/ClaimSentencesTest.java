package reportsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reportsite.chart.ChartPlanner;
import reportsite.data.Dataset;
import reportsite.data.MiniData;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.Severity;
import reportsite.render.TemplateEmbeds;
import reportsite.render.TemplateEngine;
import reportsite.source.SourceFile;

/**
 * Claims judged in their sentences, and the warning for a comparative word without one, each at
 * its line and column. Data: {@link PageCompilerTest#YAML} (acme capex Apr–Jun 2025 CN¥38.68 bn
 * = US$5.40 bn; globex US$17.2 bn then US$22.4 bn).
 */
class ClaimSentencesTest {

    @TempDir
    Path dir;

    private Dataset data;
    private Diagnostics diagnostics;
    private Page page;

    @BeforeEach
    void load() {
        data = MiniData.loadValid(dir, PageCompilerTest.YAML);
        diagnostics = new Diagnostics();
    }

    /** The body starts on line 4 of the file. */
    private List<Diagnostic> compile(String body) {
        try {
            String text = "---\ntitle: T\n---\n" + body;
            Files.writeString(dir.resolve("page.md"), text);
            PageCompiler compiler = Compiling.compiler(data, new ChartPlanner(data).planAll(),
                    new TemplateEmbeds(new TemplateEngine(Path.of("templates")), data, diagnostics), false);
            page = Compiling.compile(compiler, new SourceFile("page.md", "content/page.md", dir.resolve("page.md"), text), diagnostics)
                    .orElseThrow();
            return diagnostics.all();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("A false claim fails at its sentence, with the values that decide it",
                        "Intro. Globex spent {{ globex.capex@2025-Q2 }},\nfive times Acme{{ claim globex.capex@2025-Q2 > 5 * acme.capex@FY2026-Q1 }}.\n",
                        Severity.ERROR, 4, 8,
                        "the data no longer bears out this sentence's claim 'globex.capex@2025-Q2 > 5 * acme.capex@FY2026-Q1':"
                                + " globex.capex@2025-Q2 (Apr–Jun 2025) = US$22.4 bn; acme.capex@FY2026-Q1 (Apr–Jun 2025) = US$5.4 bn;"
                                + " so US$22.4 bn is not > US$27.01 bn"),
                Arguments.of("A malformed claim fails at the directive",
                        "Globex grew {{ globex.capex@2025-Q2 }}.\nIt leads{{ claim globex.capex@latest is ahead }}.\n",
                        Severity.ERROR, 5, 9,
                        "expected 'a record', 'the largest' or 'rising over N' after 'is', found 'ahead'"),
                Arguments.of("A claim about a figure the data lacks fails at the directive",
                        "- item\n- It is a record {{ globex.capex@2025-Q2 }}{{ claim globex.capex@2024-Q2 is a record }}.\n",
                        Severity.ERROR, 5, 44,
                        "no figure for globex.capex@2024-Q2 in the claim"),
                Arguments.of("A comparative word in a sentence with a figure and no claim is a warning at the word",
                        "Acme spent {{ acme.capex@FY2026-Q1 }}. Globex spent {{ globex.capex@2025-Q2 }},\nfar more than Acme.\n",
                        Severity.WARNING, 5, 5,
                        "'more than' compares or ranks, but its sentence has no claim to check it against the data"),
                Arguments.of("Words of a trend that a data update can falsify need a claim too",
                        "Acme grew {{ acme.capex@FY2026-Q1 }} and the two briefly converged.\n",
                        Severity.WARNING, 4, 58,
                        "'converged' compares or ranks, but its sentence has no claim to check it against the data"),
                Arguments.of("A reference to a figure shows data too",
                        "{{ chart capex-chart }}\n\n| a | b |\n|---|---|\n| x | {{ ref capex-chart }} shows the lines *crossing* |\n",
                        Severity.WARNING, 8, 46,
                        "'crossing' compares or ranks, but its sentence has no claim to check it against the data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void problemsAtTheirLineAndColumn(String name, String body, Severity severity, int line, int column, String message) {
        List<Diagnostic> all = compile(body);
        assertEquals(1, all.size(), () -> all.stream().map(Diagnostic::format).toList().toString());
        Diagnostic d = all.get(0);
        assertEquals(severity, d.severity());
        assertEquals(message, d.message());
        assertEquals(new Position("content/page.md", line, column), d.position());
        assertTrue(!d.hint().isEmpty());
    }

    @Test
    void aClaimThatHoldsShowsNothingAndSilencesItsSentence() {
        List<Diagnostic> all = compile("Globex spent a record {{ globex.capex@latest }}{{ claim globex.capex@latest is a record }},"
                + " more than four times Acme{{ claim globex.capex@latest > 4 * acme.capex@latest }}.\n");
        assertEquals(List.of(), all);
        assertEquals("Globex spent a record US$22.4 bn, more than four times Acme.",
                Jsoup.parseBodyFragment(page.html()).selectFirst("p").text());
    }

    @Test
    void noWarningWithoutAFigureOrInCode() {
        assertEquals(List.of(), compile("""
                Globex is larger. It spent {{ globex.capex@2025-Q2 }}.

                Acme is `faster` than {{ acme.capex@FY2026-Q1 }} in code.

                    {{ globex.capex@2025-Q2 }} is the largest

                - **Lower bounds**{{ claim none }} such as {{ globex.users@2025-05 }} are marked.
                """));
    }
}
