package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import reportsite.diag.UserError;

/** Figures in a CSV file that metrics.yaml names: read as the YAML ones, every mistake at its row and column. */
class CsvFiguresTest {

    private static final String HEADER = "entity,metric,period,value,sources,confidence,note,next_update\n";

    /** The mini site with its third figure (Globex users, more than 400 million) moved to a CSV file. */
    private static MiniSite withCsv(Path tmp, String csv) {
        MiniSite site = new MiniSite(tmp);
        String yaml = reportsite.data.MiniData.BASE;
        String third = """
                  - entity: globex
                    metric: users
                    period: 2025-05
                    value: {more_than: 400}
                    sources: [2]
                    confidence: medium
                """;
        assertTrue(yaml.contains(third));
        site.write("content/metrics.yaml", yaml.replace(third, "").replace("charts:\n", "observations_from: [data/figures.csv]\ncharts:\n"));
        site.write("content/data/figures.csv", csv);
        return site;
    }

    private static BuildResult check(MiniSite site) {
        return new SiteBuilder(new BuildConfig(site.content(), Path.of("templates"), site.out(), false, false, true)).check();
    }

    private static List<Diagnostic> errors(MiniSite site) {
        return assertThrows(UserError.class, () -> check(site)).diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    private static String csv(MiniSite site) {
        return site.content().resolve("data/figures.csv").normalize().toString().replace('\\', '/');
    }

    @Test
    void aCsvFigureIsTheSameFigureAsItsYamlForm(@TempDir Path tmp) {
        Map<String, byte[]> yaml = check(new MiniSite(tmp.resolve("a"))).files();
        // With a BOM, CRLF line ends and a quoted note holding a comma.
        MiniSite site = withCsv(tmp.resolve("b"), "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "globex,users,2025-05,>400,2,medium,,\r\n");
        Map<String, byte[]> csv = check(site).files();
        assertEquals(yaml.keySet(), csv.keySet());
        yaml.forEach((path, bytes) -> assertArrayEquals(bytes, csv.get(path), path));
    }

    @Test
    void quotedCellsKeepTheirCommasAndEveryValueFormIsRead(@TempDir Path tmp) {
        MiniSite site = withCsv(tmp, HEADER
                + "globex,users,2025-05,>400,2,medium,\"Monthly, as stated\",\n"
                + "globex,users,2025-06,~410,2,medium,,2026-01-31\n"
                + "globex,users,2025-07,420-430,\"1; 2\",low,,\n"
                + "globex,users,2025-08,<500,1 2,low,,\n"
                + "globex,users,2025-09,440,2,high,,\n");
        BuildResult r = check(site);
        String company = new String(r.files().get("company-globex.html"), StandardCharsets.UTF_8);
        assertTrue(Jsoup.parse(company).text().contains("Monthly, as stated"), company);
    }

    @Test
    void everyMistakeIsReportedAtItsRowAndColumnAllAtOnce(@TempDir Path tmp) {
        MiniSite site = withCsv(tmp, HEADER
                + "globex,users,2025-05,>400,2,medium,,\n"
                + "globx,users,2025-06,410,2,medium,,\n"
                + "globex,users,2025Q3,410,2,medium,,\n"
                + "globex,users,2025-08,lots,2,medium,,\n"
                + "globex,users,2025-09,410,7,medium,,\n"
                + "globex,users,2025-10,410,2,medium\n"
                + ",,,,,,,\n"
                + "globex,users,2025-11,,2,medium,,\n");
        List<Diagnostic> errors = errors(site);
        String f = csv(site);
        assertEquals(List.of(
                f + ":3:1: unknown entity 'globx'",
                f + ":4:14: malformed period '2025Q3'",
                f + ":5:22: 'value' must be a number, found text 'lots'",
                f + ":6:26: unknown source 7",
                f + ":7:1: this row has 6 cells, the header 8",
                f + ":9:22: missing required field 'value' in an observation"),
                errors.stream().map(d -> d.position() + ": " + d.message()).toList());
        errors.forEach(d -> assertTrue(!d.hint().isEmpty() || d.message().startsWith("'value'"), d.format()));
        assertEquals("fill in the 'value' cell", errors.get(5).hint());
        assertTrue(errors.get(0).format().contains("globx,users,2025-06"), errors.get(0).format());
    }

    @Test
    void aMissingColumnIsReportedAtTheHeader(@TempDir Path tmp) {
        MiniSite site = withCsv(tmp, "entity,metric,period,value,confidence,notes\nglobex,users,2025-05,>400,medium,\n");
        List<Diagnostic> errors = errors(site);
        assertEquals(List.of(csv(site) + ":1:1: missing column 'sources'", csv(site) + ":1:39: unknown column 'notes'"),
                errors.stream().map(d -> d.position() + ": " + d.message()).toList());
        assertEquals("did you mean 'note'?", errors.get(1).hint());
    }

    @Test
    void aFigureInBothFilesIsAnErrorAtBothPlaces(@TempDir Path tmp) throws Exception {
        MiniSite site = withCsv(tmp, HEADER + "globex,users,2025-05,>400,2,medium,,\nacme,capex,FY2026-Q1,38.68,1,high,,\n");
        List<Diagnostic> errors = errors(site);
        String yaml = site.content().resolve("metrics.yaml").normalize().toString().replace('\\', '/');
        assertEquals(2, errors.size(), errors.toString());
        String text = Files.readString(site.content().resolve("metrics.yaml"));
        int line = text.substring(0, text.indexOf("  - entity: acme")).split("\n", -1).length;
        assertEquals(csv(site) + ":3:1", errors.get(0).position().toString());
        assertEquals("duplicate observation acme.capex@FY2026-Q1: also at " + yaml + ":" + line + ":5", errors.get(0).message());
        assertEquals(yaml + ":" + line + ":5", errors.get(1).position().toString());
        assertEquals("duplicate observation acme.capex@FY2026-Q1: also at " + csv(site) + ":3:1", errors.get(1).message());
    }

    @Test
    void anUnreadableOrMissingCsvFileIsAnError(@TempDir Path tmp) throws Exception {
        MiniSite site = withCsv(tmp, HEADER);
        // "café" in Latin-1: the é is one byte, 0xE9, which UTF-8 does not allow there.
        Files.write(site.content().resolve("data/figures.csv"), (HEADER + "globex,users,2025-05,>400,2,medium,caf\u00e9,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        List<Diagnostic> bad = errors(site);
        assertEquals(csv(site) + ":2:39", bad.get(0).position().toString());
        assertTrue(bad.get(0).message().startsWith("invalid UTF-8 byte"), bad.get(0).message());

        site.delete("content/data/figures.csv");
        List<Diagnostic> missing = errors(site);
        assertEquals("no CSV file 'data/figures.csv' in the content folder", missing.get(0).message());
        String text = Files.readString(site.content().resolve("metrics.yaml"));
        int line = text.substring(0, text.indexOf("observations_from:")).split("\n", -1).length;
        assertTrue(missing.get(0).position().toString().endsWith("metrics.yaml:" + line + ":21"), missing.get(0).position().toString());
    }

    @Test
    void anUnclosedQuoteIsACsvSyntaxError(@TempDir Path tmp) {
        MiniSite site = withCsv(tmp, HEADER + "globex,users,2025-05,>400,2,medium,\"unclosed,\n");
        List<Diagnostic> errors = errors(site);
        assertTrue(errors.get(0).message().startsWith("CSV syntax: "), errors.toString());
        assertTrue(errors.get(0).position().toString().startsWith(csv(site)), errors.toString());
    }
}
