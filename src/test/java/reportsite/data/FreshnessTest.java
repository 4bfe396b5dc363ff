package reportsite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.build.MiniSite;
import reportsite.cli.Main;
import reportsite.diag.Diagnostic;
import reportsite.diag.Diagnostics;
import reportsite.diag.Severity;

/** A figure whose next_update is before the data's as_of is stale: a warning at its next_update. */
class FreshnessTest {

    @TempDir
    Path tmp;

    /** The metrics file with {@code as_of} and next_update lines added to two figures. */
    private static String yaml(String asOf, String acmeNext, String globexNext) {
        String y = MiniData.BASE.replace("  title: \"Mini report\"\n", "  title: \"Mini report\"\n" + asOf)
                .replace("    value: 38.68\n    sources: [1]\n    confidence: high\n",
                        "    value: 38.68\n    sources: [1]\n    confidence: high\n" + acmeNext)
                .replace("    value: {more_than: 400}\n    sources: [2]\n    confidence: medium\n",
                        "    value: {more_than: 400}\n    sources: [2]\n    confidence: medium\n" + globexNext);
        return y;
    }

    private List<Diagnostic> load(String yaml) {
        Diagnostics d = new Diagnostics();
        MiniData.load(tmp, yaml, d);
        return d.all();
    }

    @Test
    void warnsAboutEachFigureDueBeforeAsOfAtItsNextUpdate() {
        String y = yaml("  as_of: 2025-11-28\n", "    next_update: 2025-11-27\n", "    next_update: 2025-08-01\n");
        List<Diagnostic> found = load(y);
        assertEquals(2, found.size(), found::toString);
        Diagnostic first = found.get(0);
        assertEquals(Severity.WARNING, first.severity());
        assertEquals("content/metrics.yaml:" + lineOf(y, "next_update: 2025-11-27") + ":18", first.position().toString());
        assertEquals("    next_update: 2025-11-27", first.sourceLine());
        assertEquals("stale figure: a newer one was expected on 2025-11-27, before the data's as_of 2025-11-28", first.message());
        assertEquals("content/metrics.yaml:" + lineOf(y, "next_update: 2025-08-01") + ":18", found.get(1).position().toString());
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }

    @Test
    void aFigureDueOnOrAfterAsOfOrWithoutAsOfIsFresh() {
        assertEquals(List.of(), load(yaml("  as_of: 2025-11-28\n", "    next_update: 2025-11-28\n", "    next_update: 2026-02-20\n")));
        assertEquals(List.of(), load(yaml("", "    next_update: 2020-01-01\n", "")));
    }

    @Test
    void checkPrintsTheWarningAndStillSucceeds() {
        String y = yaml("  as_of: 2025-11-28\n", "    next_update: 2025-11-27\n", "");
        MiniSite site = new MiniSite(tmp).write("content/metrics.yaml", y);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("check", "--content", site.content().toString());
        assertEquals(0, exit, err.toString());
        String metrics = reportsite.source.SourceReader.display(site.content().resolve("metrics.yaml"));
        assertTrue(err.toString().startsWith(metrics + ":" + lineOf(y, "next_update: 2025-11-27") + ":18: warning: stale figure: a newer one was expected on 2025-11-27"
                + ", before the data's as_of 2025-11-28\n        next_update: 2025-11-27\n                     ^\n    hint: "), err.toString());
        assertTrue(out.toString().startsWith("ok: 1 page, 1 chart, 1 warning"), out.toString());
        assertTrue(Files.notExists(site.out()));
    }
}
