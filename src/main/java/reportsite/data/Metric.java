package reportsite.data;

/**
 * What is measured and how it is shown.
 *
 * @param noun what a count counts ("tokens"), or ""
 * @param decimals preferred decimals for computed values
 * @param derivation for derived metrics, how they are computed ("year-on-year change of capex"), else ""
 */
public record Metric(String id, String label, Unit unit, String noun, Scale scale, int decimals, Kind kind,
                     String description, String derivation) {

    public enum Unit { MONEY, PERCENT, COUNT }

    public enum Kind {
        ACTUAL("reported"), GUIDANCE("guidance"), PLAN("plan"), DERIVED("derived");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isDerived() {
        return kind == Kind.DERIVED;
    }
}
