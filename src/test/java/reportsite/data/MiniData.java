package reportsite.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import reportsite.diag.Diagnostics;
import reportsite.source.SourceFile;

/**
 * A small, valid metrics file shared by the tests (two entities with different currencies and
 * fiscal years, two sources, an FX rate, two metrics, three observations, one chart), and a way
 * to load YAML text the way the build does: written to a file, then read through
 * {@link MetricsLoader#load}.
 */
public final class MiniData {

    /** Line numbers are referred to by the error tests: keep them stable when editing. */
    public static final String BASE = """
            site:
              title: "Mini report"
              reporting_currency: USD
            entities:
              - id: acme
                name: Acme Corp
                colour: "#E8590C"
                currency: CNY
                fiscal_year_start: 4
              - id: globex
                name: Globex
                colour: "#1A73E8"
                currency: USD
            sources:
              - id: 1
                title: "Acme results"
                publisher: Acme
                date: 2025-08-29
                url: https://example.com/acme
              - id: 2
                title: "Globex results"
                publisher: Globex
                date: 2025-07
                url: https://example.com/globex
            fx:
              - base: USD
                quote: CNY
                rate: 7.16
                as_of: 2025-06-30
                sources: [1]
            metrics:
              - id: capex
                label: Capital expenditure
                unit: money
                scale: billion
                decimals: 1
              - id: users
                label: Users
                unit: count
                noun: users
                scale: million
            observations:
              - entity: acme
                metric: capex
                period: FY2026-Q1
                value: 38.68
                sources: [1]
                confidence: high
              - entity: globex
                metric: capex
                period: 2025-Q2
                value: 22.4
                sources: [2]
                confidence: medium
              - entity: globex
                metric: users
                period: 2025-05
                value: {more_than: 400}
                sources: [2]
                confidence: medium
            charts:
              - id: capex-chart
                kind: grouped_bar
                metric: capex
                currency: USD
                title: "Capex"
            """;

    private MiniData() {
    }

    /** Writes {@code yaml} to {@code dir/metrics.yaml} and loads it. */
    public static Dataset load(Path dir, String yaml, Diagnostics diagnostics) {
        try {
            Path file = dir.resolve("metrics.yaml");
            Files.writeString(file, yaml);
            return MetricsLoader.load(new SourceFile("metrics.yaml", "content/metrics.yaml", file, yaml), diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads YAML that must be valid; fails with every diagnostic otherwise. */
    public static Dataset loadValid(Path dir, String yaml) {
        Diagnostics d = new Diagnostics();
        Dataset data = load(dir, yaml, d);
        if (!d.all().isEmpty()) {
            throw new AssertionError("expected no problems, got:\n"
                    + String.join("\n", d.all().stream().map(x -> x.format()).toList()));
        }
        return data;
    }
}
