package reportsite.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import reportsite.data.Dataset;
import reportsite.data.MiniData;
import reportsite.diag.Diagnostics;
import reportsite.diag.SourceText;

/** figures.json: what it holds, that its bytes depend on the data alone, and that it reads back as the figures it lists. */
class FiguresFileTest {

    static final String RANGE = MiniData.BASE.replace("  title: \"Mini report\"\n", "  title: \"Mini report\"\n  as_of: 2025-11-28\n")
            .replace("    value: 38.68\n", "    value: {from: 38, to: 39.5}\n");

    @TempDir
    Path dir;

    private Dataset data(String yaml) {
        return MiniData.loadValid(dir, yaml);
    }

    @Test
    void everyFigureWithItsValueNumbersUnitAndSources() {
        String json = FiguresFile.of(data(RANGE));
        Map<?, ?> file = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(json);
        assertEquals(List.of("as_of", "figures", "format", "language", "title"), List.copyOf(file.keySet()), "keys sorted");
        assertEquals("2025-11-28", file.get("as_of"));
        List<?> figures = (List<?>) file.get("figures");
        assertEquals(List.of("acme.capex@FY2026-Q1", "globex.capex@2025-Q2", "globex.users@2025-05"),
                figures.stream().map(f -> ((Map<?, ?>) f).get("key")).toList(), "by key");
        Map<?, ?> range = (Map<?, ?>) figures.get(0);
        assertEquals("38 to 39.5", range.get("value"));
        assertEquals(38, range.get("low"));
        assertEquals(39.5, range.get("high"));
        assertEquals("money", range.get("unit"));
        assertEquals("CNY", range.get("currency"));
        assertEquals("billion", range.get("scale"));
        assertEquals("FY2026 Q1", range.get("period_label"));
        assertEquals("2025-04-01", range.get("period_start"));
        assertEquals(List.of(Map.of("id", 1, "publisher", "Acme", "title", "Acme results", "url", "https://example.com/acme",
                "date", "2025-08-29")), range.get("sources"));
        Map<?, ?> exact = (Map<?, ?>) figures.get(1);
        assertEquals("22.4", exact.get("value"));
        assertEquals(22.4, exact.get("number"));
        assertEquals("US$22.4 bn", exact.get("shown"));
        assertEquals("medium", exact.get("confidence"));
        Map<?, ?> bound = (Map<?, ?>) figures.get(2);
        assertEquals("more than 400", bound.get("value"));
        assertEquals(400, bound.get("low"));
        assertTrue(!bound.containsKey("high") && !bound.containsKey("number"), bound::toString);
        assertEquals("users", bound.get("noun"));
        assertTrue(json.contains("\n    {\"confidence\": \"medium\", \"currency\": \"USD\", "), "one figure a line:\n" + json);
    }

    @Test
    void theSameDataGivesTheSameBytesAndReadsBackAsItsFigures() {
        Dataset data = data(RANGE);
        String json = FiguresFile.of(data);
        assertEquals(json, FiguresFile.of(data(RANGE)));
        Diagnostics d = new Diagnostics();
        FigureSnapshot read = FiguresFile.read(new SourceText("figures.json", json), d).orElseThrow();
        assertEquals(List.of(), d.all());
        assertEquals(FigureSnapshot.of(dir, data, Map.of()).figures(), read.figures());
    }

    private static List<String> errors(String json) {
        Diagnostics d = new Diagnostics();
        Optional<FigureSnapshot> read = FiguresFile.read(new SourceText("figures.json", json), d);
        assertTrue(read.isEmpty());
        return d.all().stream().map(x -> x.position().line() + ":" + x.position().column() + " " + x.message()).toList();
    }

    @Test
    void whatIsNotSuchAFileIsReportedAtItsPlace() {
        assertEquals(List.of("1:1 a figures file must be a mapping (key: value), found a list"), errors("[1, 2]\n"));
        assertEquals(List.of("1:12 not a figures file written by report-site"), errors("{\"format\": \"something else\", \"figures\": []}\n"));
        assertEquals(List.of("3:5 missing required field 'value' in a figure"), errors("""
                {"format": "report-site figures 1", "figures": [
                  {"key": "a.b@2025", "entity_name": "A", "metric_label": "B", "period_label": "2025", "value": "1", "shown": "1"},
                    {"key": "a.b@2026", "entity_name": "A", "metric_label": "B", "period_label": "2026", "shown": "2"}
                ]}
                """));
        assertEquals(List.of("2:97 'twelve' is not a value report-site writes"), errors("""
                {"format": "report-site figures 1", "figures": [
                  {"key": "a.b@2025", "entity_name": "A", "metric_label": "B", "period_label": "2025", "value": "twelve", "shown": "1"}
                ]}
                """));
    }
}
