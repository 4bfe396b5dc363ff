package reportsite.data;

/**
 * A metrics file with three companies whose fiscal years start in January, April and July, so
 * that the same calendar months carry three different labels: Apr–Jun 2025 is 2025-Q2 for
 * Globex, FY2026-Q1 for Acme and FY2025-Q4 for Initech. Line numbers are used by the tests.
 */
public final class ThreeYears {

    public static final String YAML = """
            site:
              title: "Three fiscal years"
              reporting_currency: USD
              as_of: 2025-11-28
            entities:
              - {id: acme, name: Acme Corp, short: Acme, colour: "#E8590C", currency: CNY, fiscal_year_start: 4}
              - {id: globex, name: Globex, colour: "#1A73E8", currency: USD}
              - {id: initech, name: Initech, colour: "#009E73", currency: USD, fiscal_year_start: 7}
            sources:
              - {id: 1, title: "Acme results", publisher: Acme, date: 2025-08-29, url: "https://example.com/acme"}
              - {id: 2, title: "Globex results", publisher: Globex, date: 2025-10, url: "https://example.com/globex"}
              - {id: 3, title: "Initech results", publisher: Initech, date: 2025-08, url: "https://example.com/initech"}
              - {id: 4, title: "A later keynote", publisher: Press, date: 2026-05, url: "https://example.com/later"}
            fx:
              - {base: USD, quote: CNY, rate: 7.16, as_of: 2025-06-30, sources: [1]}
              - {base: USD, quote: CNY, rate: 7.12, as_of: 2025-09-30, sources: [1]}
            metrics:
              - {id: capex, label: Capital expenditure, unit: money, scale: billion, decimals: 1}
              - {id: users, label: Users, unit: count, noun: users, scale: million}
            derived:
              - {id: capex_yoy, label: Capex growth y/y, op: yoy, metric: capex}
            observations:
              - {entity: acme, metric: capex, period: FY2025-Q1, value: {derived: {base: FY2026-Q1, growth_pct: 100}}, sources: [1], confidence: high}
              - {entity: acme, metric: capex, period: FY2026-Q1, value: 36, sources: [1], confidence: high}
              - {entity: acme, metric: capex, period: FY2026-Q2, value: 35.6, sources: [1], confidence: high}
              - {entity: globex, metric: capex, period: 2024-Q1, value: 10, sources: [2], confidence: high}
              - {entity: globex, metric: capex, period: 2024-Q2, value: 11, sources: [2], confidence: high}
              - {entity: globex, metric: capex, period: 2025-Q2, value: 22, sources: [2], confidence: high}
              - {entity: globex, metric: capex, period: 2025-Q3, value: 24, sources: [2], confidence: high}
              - {entity: initech, metric: capex, period: FY2024-Q4, value: 2, sources: [3], confidence: high}
              - {entity: initech, metric: capex, period: FY2025-Q4, value: 3, sources: [3], confidence: high}
              - {entity: globex, metric: users, period: 2025-10, value: 100, sources: [2], confidence: high}
              - {entity: globex, metric: users, period: 2026-05, value: 300, sources: [4], confidence: high}
            charts:
              - {id: capex-indexed, kind: indexed, metric: capex, currency: USD, title: "Capex, indexed"}
              - {id: capex-bars, kind: grouped_bar, metric: capex, currency: USD, from: 2024-Q2, title: "Capex"}
              - {id: capex-ranking, kind: hbar, metric: capex, currency: USD, title: "Capex, newest"}
              - {id: users-line, kind: line, metric: users, entities: [globex], title: "Users"}
            """;

    private ThreeYears() {
    }
}
