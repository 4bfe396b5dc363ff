package reportsite.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {

    @TempDir
    Path dir;

    private static FxRate rate(String rate, LocalDate asOf) {
        return new FxRate("USD", "CNY", new BigDecimal(rate), asOf, List.of(1), "");
    }

    private static Dataset withRates(FxRate... rates) {
        return new Dataset(SiteInfo.empty(), List.of(), List.of(), List.of(), List.of(rates), List.of(), List.of(), List.of());
    }

    @Test
    void convertPicksTheRateNearestInTime() {
        Dataset data = withRates(rate("7.17", LocalDate.of(2025, 2, 24)), rate("7.1636", LocalDate.of(2025, 6, 30)),
                rate("7.119", LocalDate.of(2025, 9, 30)));
        BigDecimal hundred = new BigDecimal("100");
        assertEquals(new BigDecimal("7.119"), data.convert(hundred, "USD", "CNY", LocalDate.of(2025, 8, 20))
                .orElseThrow().rate().orElseThrow().rate(), "41 days from Sep 30 beats 51 days from Jun 30");
        assertEquals(new BigDecimal("7.1636"), data.convert(hundred, "USD", "CNY", LocalDate.of(2025, 6, 1))
                .orElseThrow().rate().orElseThrow().rate());
        assertEquals(new BigDecimal("7.17"), data.convert(hundred, "USD", "CNY", LocalDate.of(2020, 1, 1))
                .orElseThrow().rate().orElseThrow().rate());
        assertEquals(new BigDecimal("7.119"), data.convert(hundred, "USD", "CNY", LocalDate.of(2030, 1, 1))
                .orElseThrow().rate().orElseThrow().rate());
    }

    @Test
    void convertUsesTheInverseRateAndNothingForTheSameCurrency() {
        Dataset data = withRates(rate("8", LocalDate.of(2025, 6, 30)));
        assertEquals(0, new BigDecimal("800").compareTo(data.convert(new BigDecimal("100"), "USD", "CNY", LocalDate.of(2025, 6, 30))
                .orElseThrow().amount()));
        assertEquals(0, new BigDecimal("12.5").compareTo(data.convert(new BigDecimal("100"), "CNY", "USD", LocalDate.of(2025, 6, 30))
                .orElseThrow().amount()));
        Dataset.Conversion same = data.convert(new BigDecimal("3"), "EUR", "EUR", LocalDate.of(2025, 6, 30)).orElseThrow();
        assertEquals(Optional.empty(), same.rate());
        assertEquals(Optional.empty(), data.convert(BigDecimal.ONE, "EUR", "USD", LocalDate.of(2025, 6, 30)), "no rate, no conversion");
    }

    /** Property: converting there and back returns the amount, whichever rate and date. */
    @Test
    void conversionRoundTripsWithinTolerance() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            BigDecimal r = BigDecimal.valueOf(1 + random.nextInt(2_000_000), 4); // 0.0001 .. 200
            LocalDate asOf = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(10_000));
            Dataset data = withRates(new FxRate("USD", "JPY", r, asOf, List.of(1), ""));
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L, random.nextInt(6));
            LocalDate when = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(10_000));
            BigDecimal there = data.convert(amount, "USD", "JPY", when).orElseThrow().amount();
            BigDecimal back = data.convert(there, "JPY", "USD", when).orElseThrow().amount();
            BigDecimal error = back.subtract(amount).abs();
            BigDecimal allowed = amount.abs().multiply(new BigDecimal("1e-12")).max(new BigDecimal("1e-12"));
            assertTrue(error.compareTo(allowed) <= 0, () -> amount + " at " + r + " came back as " + back);
        }
    }

    private static final String DERIVED = MiniData.BASE.replace("charts:\n", """
              - entity: acme
                metric: capex
                period: FY2025-Q1
                value: {derived: {base: FY2026-Q1, growth_pct: 220}}
                sources: [2]
                confidence: medium
              - {entity: globex, metric: capex, period: 2025-Q1, value: 17.2, sources: [1], confidence: high}
              - {entity: globex, metric: capex, period: 2024-Q2, value: 13.2, sources: [1], confidence: high}
            charts:
            """) + """
            derived:
              - {id: capex_yoy, label: Capex growth, op: yoy, metric: capex}
              - {id: capex_qoq, label: Capex growth q/q, op: qoq, metric: capex}
            """;

    @Test
    void derivedFromAStatedGrowthRate() {
        Dataset data = MiniData.loadValid(dir, DERIVED);
        Observation o = data.observation("acme", "capex", "FY2025-Q1").orElseThrow();
        assertEquals(0, new BigDecimal("12.0875").compareTo(o.value().number().orElseThrow()), "38.68 / 3.20");
        assertTrue(o.isDerived());
        assertEquals("computed from FY2026 Q1 (CN¥38.68 bn) and a stated change of +220%", o.derivation(), "the base as pages show it");
        assertEquals(List.of(2), o.sources(), "the sources of the stated growth");
        assertEquals(LocalDate.of(2024, 4, 1), o.period().start(), "acme's fiscal year starts in April");
    }

    @Test
    void yearOnYearAndQuarterOnQuarter() {
        Dataset data = MiniData.loadValid(dir, DERIVED);
        Observation yoyAcme = data.observation("acme", "capex_yoy", "FY2026-Q1").orElseThrow();
        assertEquals(0, new BigDecimal("220").compareTo(yoyAcme.value().number().orElseThrow().round(new MathContext(10))));
        assertEquals(List.of(1, 2), yoyAcme.sources(), "sources of both inputs");

        Observation yoyGlobex = data.observation("globex", "capex_yoy", "2025-Q2").orElseThrow();
        BigDecimal expected = new BigDecimal("22.4").divide(new BigDecimal("13.2"), MathContext.DECIMAL64)
                .subtract(BigDecimal.ONE).movePointRight(2);
        assertEquals(0, expected.compareTo(yoyGlobex.value().number().orElseThrow()));
        assertEquals("Capital expenditure Q2 2025 (US$22.4 bn) against Q2 2024 (US$13.2 bn)", yoyGlobex.derivation());

        Observation qoq = data.observation("globex", "capex_qoq", "2025-Q2").orElseThrow();
        BigDecimal q = new BigDecimal("22.4").divide(new BigDecimal("17.2"), MathContext.DECIMAL64)
                .subtract(BigDecimal.ONE).movePointRight(2);
        assertEquals(0, q.compareTo(qoq.value().number().orElseThrow()));
        assertEquals("30%", ValueFormatter.format(data.metric("capex_qoq").orElseThrow(), qoq.value(), "USD", true,
                ValueFormatter.Style.PROSE).replace("+", ""));
        assertEquals(Metric.Kind.DERIVED, data.metric("capex_qoq").orElseThrow().kind());
        assertEquals(Optional.empty(), data.observation("globex", "capex_qoq", "2024-Q2"), "no quarter before it");
    }

    @Test
    void latestSeriesAndValueIn() {
        Dataset data = MiniData.loadValid(dir, DERIVED);
        assertEquals("2025-Q2", data.observation("globex", "capex", "latest").orElseThrow().period().label());
        assertEquals(List.of("2024-Q2", "2025-Q1", "2025-Q2"),
                data.series("globex", "capex").stream().map(o -> o.period().label()).toList(), "oldest first");
        Observation acme = data.observation("acme", "capex", "FY2026-Q1").orElseThrow();
        Dataset.Converted usd = data.valueIn(acme, Optional.of("USD")).orElseThrow();
        assertEquals("USD", usd.currency());
        BigDecimal expected = new BigDecimal("38.68").divide(new BigDecimal("7.16"), MathContext.DECIMAL64);
        assertTrue(expected.subtract(usd.value().number().orElseThrow()).abs().compareTo(new BigDecimal("1e-12")) < 0,
                () -> "38.68 / 7.16 = " + expected + ", got " + usd.value());
        assertEquals(new BigDecimal("7.16"), usd.rate().orElseThrow().rate());
        assertEquals(Optional.empty(), data.valueIn(acme, Optional.of("EUR")), "no rate to EUR");
        Observation users = data.observation("globex", "users", "2025-05").orElseThrow();
        assertEquals(users.value(), data.valueIn(users, Optional.of("EUR")).orElseThrow().value(), "counts are not money");
    }
}
