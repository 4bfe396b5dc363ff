package reportsite.claims;

import reportsite.data.MiniData;

/**
 * The mini dataset with quarterly series for three entities whose fiscal years start in
 * January (globex), April (acme) and July (initech), so that claims must line them up by
 * calendar months. globex has one quarter more than the others (Oct–Dec 2025).
 */
final class ClaimData {

    static final String YAML = MiniData.BASE
            .replace("\nsources:\n", """

              - id: initech
                name: Initech
                colour: "#2B8A3E"
                currency: USD
                fiscal_year_start: 7
            sources:
            """)
            .replace("\nobservations:\n", """

              - id: growth
                label: Cloud growth
                unit: percent
                scale: none
                decimals: 0
            observations:
            """)
            .replace("\ncharts:\n", """

              - {entity: acme, metric: capex, period: FY2025-Q1, value: 10, sources: [1], confidence: high}
              - {entity: acme, metric: capex, period: FY2025-Q2, value: 12, sources: [1], confidence: high}
              - {entity: acme, metric: capex, period: FY2026-Q2, value: 30, sources: [1], confidence: high}
              - {entity: globex, metric: capex, period: 2024-Q2, value: 10, sources: [2], confidence: high}
              - {entity: globex, metric: capex, period: 2024-Q3, value: 11, sources: [2], confidence: high}
              - {entity: globex, metric: capex, period: 2025-Q3, value: 25, sources: [2], confidence: high}
              - {entity: globex, metric: capex, period: 2025-Q4, value: 26, sources: [2], confidence: high}
              - {entity: initech, metric: capex, period: FY2025-Q1, value: 2, sources: [2], confidence: high}
              - {entity: initech, metric: capex, period: FY2026-Q1, value: 3, sources: [2], confidence: high}
              - {entity: acme, metric: growth, period: FY2025-Q1, value: 6, sources: [1], confidence: high}
              - {entity: acme, metric: growth, period: FY2025-Q2, value: 7, sources: [1], confidence: high}
              - {entity: acme, metric: growth, period: FY2025-Q3, value: 13, sources: [1], confidence: high}
              - {entity: acme, metric: growth, period: FY2025-Q4, value: 18, sources: [1], confidence: high}
              - {entity: acme, metric: growth, period: FY2026-Q1, value: 26, sources: [1], confidence: high}
              - {entity: acme, metric: growth, period: FY2026-Q2, value: 34, sources: [1], confidence: high}
              - {entity: globex, metric: growth, period: 2024-Q2, value: 29, sources: [2], confidence: high}
              - {entity: globex, metric: growth, period: 2024-Q3, value: 35, sources: [2], confidence: high}
              - {entity: globex, metric: growth, period: 2024-Q4, value: 30, sources: [2], confidence: high}
              - {entity: globex, metric: growth, period: 2025-Q1, value: 28, sources: [2], confidence: high}
              - {entity: globex, metric: growth, period: 2025-Q2, value: 32, sources: [2], confidence: high}
              - {entity: globex, metric: growth, period: 2025-Q3, value: 34, sources: [2], confidence: high}
            charts:
            """);

    private ClaimData() {
    }
}
