package reportsite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceReader;

/** The repository's own metrics file: valid, and every figure sourced. */
class ExampleDataTest {

    static Dataset data;

    @BeforeAll
    static void load() {
        Diagnostics diagnostics = new Diagnostics();
        data = MetricsLoader.load(SourceReader.readFile(Path.of("content"), Path.of("content/metrics.yaml"), diagnostics)
                .orElseThrow(), diagnostics);
        assertEquals(List.of(), diagnostics.all().stream().map(d -> d.format()).toList());
    }

    @Test
    void everyTextHasItsChineseTranslation() {
        Diagnostics diagnostics = new Diagnostics();
        Map<Language, Dataset> editions = MetricsLoader.loadEditions(SourceReader.readFile(Path.of("content"),
                Path.of("content/metrics.yaml"), diagnostics).orElseThrow(), diagnostics);
        assertEquals(List.of(), diagnostics.all().stream().map(d -> d.format()).toList());
        assertEquals(List.of(Language.EN, Language.ZH), List.copyOf(editions.keySet()));
        Dataset zh = editions.get(Language.ZH);
        assertEquals("资本开支", zh.metric("capex").orElseThrow().label());
        assertEquals("阿里巴巴", zh.entity("alibaba").orElseThrow().shortName());
        assertEquals("Alphabet（谷歌）", zh.entity("google").orElseThrow().name());
        // Sources keep their addresses and dates; a title or publisher is the edition's where the file gives one.
        assertEquals(data.sources().stream().map(s -> s.id() + " " + s.url() + " " + s.date()).toList(),
                zh.sources().stream().map(s -> s.id() + " " + s.url() + " " + s.date()).toList());
        assertEquals("新华社（经人民网英文版转载）", zh.source(6).orElseThrow().publisher(), "a Chinese outlet under its Chinese name");
        assertEquals("Xinhua (via People's Daily)", data.source(6).orElseThrow().publisher());
        assertEquals("Seven Markets", zh.source(15).orElseThrow().publisher(), "one string is shown in every edition");
    }

    @Test
    void everyObservationCitesAnExistingSource() {
        List<String> unsourced = new ArrayList<>();
        for (Observation o : data.observations()) {
            if (o.sources().isEmpty() || !o.sources().stream().allMatch(id -> data.source(id).isPresent())) {
                unsourced.add(o.key() + " " + o.sources());
            }
        }
        assertEquals(List.of(), unsourced);
        assertTrue(data.observations().size() > 50, "observations: " + data.observations().size());
    }

    @Test
    void everyRateAndFactCheckCitesAnExistingSource() {
        for (FxRate r : data.fxRates()) {
            assertFalse(r.sources().isEmpty());
            r.sources().forEach(id -> assertTrue(data.source(id).isPresent(), "fx source " + id));
        }
        for (FactCheck fc : data.factChecks()) {
            assertFalse(fc.sources().isEmpty(), fc.id());
            fc.sources().forEach(id -> assertTrue(data.source(id).isPresent(), fc.id() + " source " + id));
        }
    }

    @Test
    void everySourceHasAnHttpAddressAndATitle() {
        for (Source s : data.sources()) {
            assertTrue(s.url().startsWith("https://") || s.url().startsWith("http://"), s.url());
            assertFalse(s.title().isBlank());
            assertFalse(s.publisher().isBlank());
        }
    }

    @Test
    void theBackCalculatedCapexIsTheReportedGrowthUndone() {
        Observation o = data.observation("alibaba", "capex", "FY2025-Q1").orElseThrow();
        assertEquals(0, new java.math.BigDecimal("12.0875").compareTo(o.value().number().orElseThrow()));
        assertTrue(o.isDerived());
    }
}
